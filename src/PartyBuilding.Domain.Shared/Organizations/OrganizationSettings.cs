using PartyBuilding.Framework.Settings;

namespace PartyBuilding.Organizations;

/// <summary>
/// Branch set-up and term rules of 《中国共产党支部工作条例（试行）》(2018) ch. 2. DOMAIN.md §2.1 has them only from a
/// secondary quotation (◐) and the 2022 change of terms to five years is unconfirmed (§2.7), so each is a
/// committee setting with the common reading as its default.
/// </summary>
public static class OrganizationSettings
{
    private const string Prefix = "Organizations.";
    private const string BranchRegulations = "《中国共产党支部工作条例（试行）》第二章";

    /// <summary>A branch needs at least this many full members; below it, units should form a joint branch.</summary>
    public const string MinFullMembersPerBranch = Prefix + "MinFullMembersPerBranch";

    /// <summary>From this many full members a branch must elect a branch committee (支部委员会).</summary>
    public const string CommitteeRequiredFromFullMembers = Prefix + "CommitteeRequiredFromFullMembers";

    /// <summary>A branch should generally not exceed this many members; above it, it should split.</summary>
    public const string MaxMembersPerBranch = Prefix + "MaxMembersPerBranch";

    /// <summary>Term of a branch committee, in years.</summary>
    public const string TermYears = Prefix + "TermYears";

    /// <summary>Term of a village or community organisation's committee, in years.</summary>
    public const string VillageTermYears = Prefix + "VillageTermYears";

    /// <summary>A term ending within this many days shows as a warning, so the election is prepared in time.</summary>
    public const string TermEndingWarningDays = Prefix + "TermEndingWarningDays";

    public sealed class DefinitionProvider : SettingDefinitionProvider
    {
        public override IEnumerable<SettingDefinition> Define() =>
        [
            new(MinFullMembersPerBranch, 3, 1, 50, BranchRegulations + "：正式党员3人以上的，应当成立党支部"),
            new(CommitteeRequiredFromFullMembers, 7, 3, 50, BranchRegulations + "：正式党员7人以上的党支部，应当设立党支部委员会"),
            new(MaxMembersPerBranch, 50, 10, 500, BranchRegulations + "：党员人数一般不超过50人"),
            new(TermYears, 3, 1, 5, BranchRegulations + "：党支部委员会每届任期一般为3年（2022年党章修改为5年未经确认）"),
            new(VillageTermYears, 5, 1, 5, BranchRegulations + "：村、社区党支部委员会每届任期5年"),
            new(TermEndingWarningDays, 90, 0, 365, "平台规则：任期届满前提示换届准备"),
        ];
    }
}
