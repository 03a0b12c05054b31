using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Settings;

public static class SettingsModelBuilderExtensions
{
    public static void ConfigureSettings(this ModelBuilder builder)
    {
        builder.Entity<SettingValue>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "SettingValues");
            b.Property(s => s.Name).HasMaxLength(128).IsRequired();
            b.Property(s => s.Value).HasMaxLength(256).IsRequired();
            b.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
        });
    }
}
