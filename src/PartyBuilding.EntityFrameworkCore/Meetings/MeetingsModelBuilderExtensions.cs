using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>
/// The meetings tables. Organisations and member records belong to other modules: their ids are stored without
/// foreign keys into those modules' tables, as ABP modules keep their schemas apart; the module checks them on write.
/// </summary>
public static class MeetingsModelBuilderExtensions
{
    public static void ConfigureMeetings(this ModelBuilder builder)
    {
        builder.Entity<MeetingRule>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MeetingRules");
            b.Property(r => r.Citation).HasMaxLength(MeetingConsts.MaxCitationLength).IsRequired();
            // Names, not numbers, so a reader of the table sees "Branch,JointBranch".
            b.Property(r => r.AppliesTo)
                .HasConversion(
                    types => string.Join(',', types),
                    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<OrganizationType>).ToList(),
                    new ValueComparer<List<OrganizationType>>(
                        (a, b) => a!.SequenceEqual(b!), types => types.Aggregate(0, (hash, t) => HashCode.Combine(hash, t)), types => types.ToList()))
                .HasMaxLength(MeetingConsts.MaxAppliesToLength)
                .IsRequired();
        });

        builder.Entity<MeetingExemption>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MeetingExemptions");
            b.Property(e => e.PeriodKey).HasMaxLength(10).IsRequired();
            b.Property(e => e.Reason).HasMaxLength(MeetingConsts.MaxReasonLength).IsRequired();
            b.HasIndex(e => new { e.TenantId, e.OrganizationId, e.StartsOn });
        });

        builder.Entity<Meeting>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "Meetings");
            b.Property(m => m.Place).HasMaxLength(MeetingConsts.MaxPlaceLength);
            b.Property(m => m.HostName).HasMaxLength(MeetingConsts.MaxPersonNameLength);
            b.Property(m => m.Topic).HasMaxLength(MeetingConsts.MaxTopicLength);
            b.Property(m => m.SpeakerName).HasMaxLength(MeetingConsts.MaxPersonNameLength);
            b.Property(m => m.Agenda).HasMaxLength(MeetingConsts.MaxTextLength);
            b.Property(m => m.Minutes).HasMaxLength(MeetingConsts.MaxTextLength);
            b.Property(m => m.Resolutions).HasMaxLength(MeetingConsts.MaxTextLength);
            b.Property(m => m.SubmittedByName).HasMaxLength(MeetingConsts.MaxPersonNameLength);
            b.Ignore(m => m.IsLocked);
            b.HasIndex(m => new { m.TenantId, m.OrganizationId, m.HeldOn });
            b.HasIndex(m => new { m.TenantId, m.Status, m.HeldOn });
            b.HasMany(m => m.Types).WithOne().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(m => m.Venues).WithOne().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(m => m.Types).HasField("_types");
            b.Navigation(m => m.Venues).HasField("_venues");
            b.Navigation(m => m.Attendees).HasField("_attendees");
        });

        builder.Entity<MeetingTypeEntry>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MeetingTypes");
            b.HasKey(t => new { t.MeetingId, t.Type });
            b.HasIndex(t => new { t.TenantId, t.Type });
        });

        builder.Entity<MeetingVenue>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MeetingVenues");
            b.Property(v => v.Name).HasMaxLength(MeetingConsts.MaxPlaceLength).IsRequired();
        });

        builder.Entity<MeetingAttendee>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MeetingAttendees");
            b.Property(a => a.AbsenceReason).HasMaxLength(MeetingConsts.MaxReasonLength);
            b.HasIndex(a => new { a.TenantId, a.MemberId });
        });

        builder.Entity<MeetingRevision>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MeetingRevisions");
            b.Property(r => r.Reason).HasMaxLength(MeetingConsts.MaxReasonLength).IsRequired();
            b.Property(r => r.Before).IsRequired();
            b.Property(r => r.After).IsRequired();
            b.Property(r => r.UserName).HasMaxLength(256);
            b.HasIndex(r => new { r.TenantId, r.MeetingId, r.CreationTime });
            b.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MeetingPlanSlot>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MeetingPlanSlots");
            b.Property(s => s.PeriodKey).HasMaxLength(10).IsRequired();
            b.Property(s => s.Citation).HasMaxLength(MeetingConsts.MaxCitationLength).IsRequired();
            // One row per slot: a rerun of the job cannot freeze a period twice.
            // Named: the conventional name is longer than PostgreSQL's 63-character identifiers.
            b.HasIndex(s => new { s.TenantId, s.OrganizationId, s.PeriodKey, s.RuleId, s.Sequence }).IsUnique()
                .HasDatabaseName("IX_PbMeetingPlanSlots_Slot");
            b.HasIndex(s => new { s.TenantId, s.DueOn });
        });
    }
}
