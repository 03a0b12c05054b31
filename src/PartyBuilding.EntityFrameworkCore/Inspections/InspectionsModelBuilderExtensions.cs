using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Meetings;

namespace PartyBuilding.Inspections;

public static class InspectionsModelBuilderExtensions
{
    public static void ConfigureInspections(this ModelBuilder builder) =>
        builder.Entity<InspectionFinding>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "InspectionFindings");
            b.Property(f => f.ItemKey).HasMaxLength(InspectionConsts.MaxItemKeyLength).IsRequired();
            b.Property(f => f.PeriodKey).HasMaxLength(InspectionConsts.MaxPeriodKeyLength);
            b.Property(f => f.Citation).HasMaxLength(MeetingConsts.MaxCitationLength);
            // One finding per item and day, whatever reruns or other nodes do (issue 4).
            b.HasIndex(f => new { f.TenantId, f.FoundOn, f.Kind, f.ItemKey }).IsUnique();
            b.HasIndex(f => new { f.TenantId, f.OrganizationId, f.FoundOn });
        });
}
