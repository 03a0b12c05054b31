using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>The requirements of DOMAIN.md §2.2 every committee starts with, each citing its source.</summary>
public static class MeetingRuleDefaults
{
    private static readonly OrganizationType[] Branches =
        [OrganizationType.Branch, OrganizationType.JointBranch, OrganizationType.TemporaryBranch];

    public static IEnumerable<MeetingRule> Create()
    {
        yield return Rule(MeetingType.PartyMemberAssembly, PeriodKind.Quarter, MeetingCitations.PartyMemberAssembly, Branches);
        yield return Rule(MeetingType.BranchCommittee, PeriodKind.Month, MeetingCitations.BranchCommittee, Branches, requiresCommittee: true);
        yield return Rule(MeetingType.PartyGroup, PeriodKind.Month, MeetingCitations.PartyGroup, [OrganizationType.PartyGroup]);
        yield return Rule(MeetingType.PartyLesson, PeriodKind.Quarter, MeetingCitations.BranchPartyLesson, Branches);
        yield return Rule(MeetingType.PartyLesson, PeriodKind.Year, MeetingCitations.SecretaryPartyLesson,
            [OrganizationType.PartyCommittee], requiresSecretarySpeaker: true);
        yield return Rule(MeetingType.ThemedPartyDay, PeriodKind.Month, MeetingCitations.ThemedPartyDay, Branches);
        yield return Rule(MeetingType.OrganizationalLife, PeriodKind.Year, MeetingCitations.OrganizationalLife, Branches);
        yield return Rule(MeetingType.DemocraticAppraisal, PeriodKind.Year, MeetingCitations.DemocraticAppraisal, Branches);
    }

    private static MeetingRule Rule(
        MeetingType type, PeriodKind kind, string citation, OrganizationType[] appliesTo,
        bool requiresCommittee = false, bool requiresSecretarySpeaker = false) =>
        new(Guid.CreateVersion7(), type, kind, 1, citation)
        {
            AppliesTo = [.. appliesTo],
            RequiresCommittee = requiresCommittee,
            RequiresSecretarySpeaker = requiresSecretarySpeaker,
        };
}

/// <summary>
/// Seeds the default rules once per committee: seeding runs on every migration, so a committee that ever had
/// rules (even deleted ones) keeps its own.
/// </summary>
public sealed class MeetingRuleDataSeedContributor(IMeetingsDbContext db) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null
            || await db.MeetingRules.IgnoreQueryFilters([DataFilters.SoftDelete]).AnyAsync(cancellationToken))
        {
            return;
        }

        db.MeetingRules.AddRange(MeetingRuleDefaults.Create());
        await db.SaveChangesAsync(cancellationToken);
    }
}
