using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Auditing;

public static class AuditingModelBuilderExtensions
{
    public static void ConfigureAuditing(this ModelBuilder builder)
    {
        builder.Entity<AuditLog>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "AuditLogs");
            b.Property(a => a.UserName).HasMaxLength(256);
            b.Property(a => a.ClientIp).HasMaxLength(AuditConsts.MaxClientIpLength);
            b.Property(a => a.HttpMethod).HasMaxLength(16).IsRequired();
            b.Property(a => a.Url).HasMaxLength(AuditConsts.MaxUrlLength).IsRequired();
            b.Property(a => a.Action).HasMaxLength(AuditConsts.MaxActionLength).IsRequired();
            b.Property(a => a.EntityType).HasMaxLength(AuditConsts.MaxEntityTypeLength);
            b.Property(a => a.EntityId).HasMaxLength(AuditConsts.MaxEntityIdLength);
            b.Property(a => a.ErrorCode).HasMaxLength(AuditConsts.MaxErrorCodeLength);
            b.HasIndex(a => new { a.TenantId, a.ExecutionTime });
            b.HasIndex(a => new { a.TenantId, a.EntityType, a.EntityId });
            b.HasMany(a => a.EntityChanges).WithOne().HasForeignKey(c => c.AuditLogId).OnDelete(DeleteBehavior.Restrict);
            b.Navigation(a => a.EntityChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<AuditLogEntityChange>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "AuditLogEntityChanges");
            b.Property(c => c.EntityType).HasMaxLength(AuditConsts.MaxEntityTypeLength).IsRequired();
            b.Property(c => c.EntityId).HasMaxLength(AuditConsts.MaxEntityIdLength).IsRequired();
            b.HasIndex(c => new { c.TenantId, c.EntityType, c.EntityId });
        });
    }
}
