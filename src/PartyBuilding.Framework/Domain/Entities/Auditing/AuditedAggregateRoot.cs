namespace PartyBuilding.Framework.Domain.Entities.Auditing;

public abstract class CreationAuditedAggregateRoot<TKey> : AggregateRoot<TKey>, ICreationAudited
{
    public DateTime CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    protected CreationAuditedAggregateRoot()
    {
    }

    protected CreationAuditedAggregateRoot(TKey id) : base(id)
    {
    }
}

public abstract class AuditedAggregateRoot<TKey> : CreationAuditedAggregateRoot<TKey>, IModificationAudited
{
    public DateTime? LastModificationTime { get; private set; }

    public Guid? LastModifierId { get; private set; }

    protected AuditedAggregateRoot()
    {
    }

    protected AuditedAggregateRoot(TKey id) : base(id)
    {
    }
}

public abstract class FullAuditedAggregateRoot<TKey> : AuditedAggregateRoot<TKey>, IDeletionAudited
{
    public bool IsDeleted { get; private set; }

    public DateTime? DeletionTime { get; private set; }

    public Guid? DeleterId { get; private set; }

    protected FullAuditedAggregateRoot()
    {
    }

    protected FullAuditedAggregateRoot(TKey id) : base(id)
    {
    }
}
