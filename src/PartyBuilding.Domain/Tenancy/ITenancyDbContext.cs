using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Tenancy;

public interface ITenancyDbContext : Data.IUnitOfWork
{
    DbSet<Tenant> Tenants { get; }
}
