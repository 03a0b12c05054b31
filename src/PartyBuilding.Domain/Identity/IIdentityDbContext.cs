using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Identity;

public interface IIdentityDbContext : Data.IUnitOfWork
{
    DbSet<AppUser> Users { get; }

    DbSet<AppRole> Roles { get; }

    DbSet<AppUserRole> UserRoles { get; }

    DbSet<PermissionGrant> PermissionGrants { get; }
}
