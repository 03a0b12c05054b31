using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PartyBuilding.Data;

/// <summary>
/// What every module's DbContext view shares: saving and the database facade (for transactions). Modules see
/// the one DbContext only through their own interface, so a module cannot query another module's tables.
/// </summary>
public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    DatabaseFacade Database { get; }
}
