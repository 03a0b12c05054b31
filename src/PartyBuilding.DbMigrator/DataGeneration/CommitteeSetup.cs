using PartyBuilding.Meetings;
using PartyBuilding.Organizations;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// A committee as the platform's services created it, with what its generated content refers to: its admin (who
/// "entered" the bulk rows), its seeded catalogues and meeting rules, and its values of the set-up rules.
/// </summary>
internal sealed record CommitteeSetup(
    int Index,
    string Code,
    Guid TenantId,
    County County,
    Guid AdminId,
    string AdminUserName,
    string AdminName,
    IReadOnlyDictionary<UnitKind, Guid> OrganizationCategories,
    IReadOnlyDictionary<string, Guid> ActivityCategories,
    IReadOnlyList<PlanRule> MeetingRules,
    CommitteeRuleValues RuleValues);

/// <summary>The committee's settings the generated organisations follow (DOMAIN.md §2.1, committee settings).</summary>
internal sealed record CommitteeRuleValues(int CommitteeRequiredFromFullMembers, int MaxMembersPerBranch, int TermYears, int VillageTermYears);

/// <summary>One committee's generated rows, and where its secretary account goes.</summary>
internal sealed record CommitteeContent(CommitteeBatch Batch, SecretaryPlacement Secretary);

/// <summary>The branch a committee's secretary account is bound to, and the secretary's own member record.</summary>
internal sealed record SecretaryPlacement(int CommitteeIndex, Guid BranchId, Guid MemberId, string Name);
