namespace PartyBuilding.Framework.Data;

/// <summary>
/// Deleting such an entity only marks it; the save interceptor rewrites the delete into an update and the
/// <see cref="DataFilters.SoftDelete"/> query filter hides it from ordinary reads.
/// </summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
}

/// <summary>
/// An optimistic concurrency token that works on every provider (SQL Server's rowversion does not exist on
/// SQLite or PostgreSQL). The save interceptor issues a new value on every update.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}

/// <summary>
/// Names of the EF Core query filters. Named filters can be lifted one at a time with
/// <c>IgnoreQueryFilters([DataFilters.SoftDelete])</c>, so a recycle bin keeps tenant isolation in force.
/// Lifting <see cref="MultiTenant"/> is reserved to host-side code behind a host permission.
/// </summary>
public static class DataFilters
{
    public const string MultiTenant = nameof(MultiTenant);
    public const string SoftDelete = nameof(SoftDelete);
}
