using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Meetings;

public interface IMeetingsDbContext : Data.IUnitOfWork
{
    DbSet<MeetingRule> MeetingRules { get; }

    DbSet<MeetingExemption> MeetingExemptions { get; }

    DbSet<Meeting> Meetings { get; }

    DbSet<MeetingTypeEntry> MeetingTypes { get; }

    DbSet<MeetingRevision> MeetingRevisions { get; }

    DbSet<MeetingPlanSlot> MeetingPlanSlots { get; }
}
