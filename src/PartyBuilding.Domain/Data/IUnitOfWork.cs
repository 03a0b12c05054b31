using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartyBuilding.Framework.Data;

namespace PartyBuilding.Data;

/// <summary>
/// What every module's DbContext view shares: saving and the database facade (for transactions). Modules see
/// the one DbContext only through their own interface, so a module cannot query another module's tables.
/// </summary>
public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    EntityEntry Entry(object entity);
}

public static class UnitOfWorkExtensions
{
    /// <summary>
    /// Makes the save fail with a concurrency conflict unless the row still carries the stamp the client read,
    /// so two officers editing the same record cannot silently overwrite each other.
    /// </summary>
    public static void SetOriginalConcurrencyStamp(this IUnitOfWork unitOfWork, IHasConcurrencyStamp entity, string stamp) =>
        unitOfWork.Entry(entity).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = stamp;
}
