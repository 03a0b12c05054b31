namespace PartyBuilding.Framework.Domain.Entities.Auditing;

// The interceptor fills these from TimeProvider and the current user; entities never set them.

public interface IHasCreationTime
{
    DateTime CreationTime { get; }
}

public interface ICreationAudited : IHasCreationTime
{
    Guid? CreatorId { get; }
}

public interface IModificationAudited
{
    DateTime? LastModificationTime { get; }

    Guid? LastModifierId { get; }
}

public interface IDeletionAudited : Data.ISoftDelete
{
    DateTime? DeletionTime { get; }

    Guid? DeleterId { get; }
}
