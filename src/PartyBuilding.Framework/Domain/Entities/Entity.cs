namespace PartyBuilding.Framework.Domain.Entities;

public abstract class Entity<TKey>
{
    public TKey Id { get; protected set; } = default!;

    protected Entity()
    {
    }

    protected Entity(TKey id) => Id = id;
}

/// <summary>The root of a consistency boundary; carries the concurrency stamp that guards lost updates.</summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, Data.IHasConcurrencyStamp
{
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    protected AggregateRoot()
    {
    }

    protected AggregateRoot(TKey id) : base(id)
    {
    }
}
