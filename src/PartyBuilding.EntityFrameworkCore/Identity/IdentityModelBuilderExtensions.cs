using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Identity;

public static class IdentityModelBuilderExtensions
{
    private const string Prefix = PartyBuildingDbProperties.DbTablePrefix;

    public static void ConfigureIdentity(this ModelBuilder builder)
    {
        builder.Entity<AppUser>(b =>
        {
            b.ToTable(Prefix + "Users");
            b.Property(u => u.Name).HasMaxLength(IdentityConsts.MaxNameLength).IsRequired();
            b.Property(u => u.PasswordHash).NotAudited();
            b.Property(u => u.SecurityStamp).NotAudited();
            b.Property(u => u.ConcurrencyStamp).NotAudited();
            b.Property(u => u.PhoneNumber).MaskedInAudit();
            b.Property(u => u.Email).MaskedInAudit();
            b.Property(u => u.NormalizedEmail).NotAudited();
            b.Property(u => u.NormalizedUserName).NotAudited();
            // Identity makes user names unique for the whole database; here they are unique per committee.
            RemoveIndex(b.Metadata, "UserNameIndex");
            b.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique().HasDatabaseName("UserNameIndex");
        });

        builder.Entity<AppRole>(b =>
        {
            b.ToTable(Prefix + "Roles");
            b.Property(r => r.DisplayName).HasMaxLength(IdentityConsts.MaxRoleNameLength).IsRequired();
            b.Property(r => r.ConcurrencyStamp).NotAudited();
            b.Property(r => r.NormalizedName).NotAudited();
            RemoveIndex(b.Metadata, "RoleNameIndex");
            b.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique().HasDatabaseName("RoleNameIndex");
        });

        builder.Entity<AppUserRole>(b => b.ToTable(Prefix + "UserRoles"));
        builder.Entity<AppUserClaim>(b => b.ToTable(Prefix + "UserClaims"));
        builder.Entity<AppUserLogin>(b => b.ToTable(Prefix + "UserLogins"));
        builder.Entity<AppUserToken>(b => b.ToTable(Prefix + "UserTokens"));
        builder.Entity<AppRoleClaim>(b => b.ToTable(Prefix + "RoleClaims"));

        builder.Entity<PermissionGrant>(b =>
        {
            b.ToTable(Prefix + "PermissionGrants");
            b.Property(g => g.PermissionName).HasMaxLength(IdentityConsts.MaxPermissionNameLength).IsRequired();
            b.HasIndex(g => new { g.TenantId, g.RoleId, g.PermissionName }).IsUnique();
            b.HasOne<AppRole>().WithMany().HasForeignKey(g => g.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void RemoveIndex(Microsoft.EntityFrameworkCore.Metadata.IMutableEntityType entityType, string databaseName)
    {
        var index = entityType.GetIndexes().Single(i => i.GetDatabaseName() == databaseName);
        entityType.RemoveIndex(index);
    }
}
