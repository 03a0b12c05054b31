using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Tenancy;

public static class TenancyModelBuilderExtensions
{
    public static void ConfigureTenancy(this ModelBuilder builder)
    {
        builder.Entity<Tenant>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "Tenants");
            b.Property(t => t.Code).HasMaxLength(TenantConsts.MaxCodeLength).IsRequired();
            b.Property(t => t.Name).HasMaxLength(TenantConsts.MaxNameLength).IsRequired();
            b.Property(t => t.Region).HasMaxLength(TenantConsts.MaxRegionLength);
            b.Property(t => t.TimeZone).HasMaxLength(TenantConsts.MaxTimeZoneLength).IsRequired();
            // Unique across deleted committees too: a code once used keeps pointing at the same committee's history.
            b.HasIndex(t => t.Code).IsUnique();
        });
    }
}
