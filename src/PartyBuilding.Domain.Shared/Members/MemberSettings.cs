using PartyBuilding.Framework.Settings;

namespace PartyBuilding.Members;

/// <summary>
/// Timers of the development pipeline and of transfers that DOMAIN.md §2.3 and §2.5 give only as local
/// practice or from one secondary source (◐): committee settings, defaulting to the common reading. The timers the
/// 党章 itself fixes are constants in <see cref="MemberConsts"/>.
/// </summary>
public static class MemberSettings
{
    private const string Prefix = "Members.";

    /// <summary>Minimum months from the application to being fixed as an activist (local practice, often 6).</summary>
    public const string ApplicationToActivistMinMonths = Prefix + "ApplicationToActivistMinMonths";

    /// <summary>Validity of a transfer letter within the province, in months.</summary>
    public const string TransferDeadlineMonths = Prefix + "TransferDeadlineMonths";

    /// <summary>Validity of a transfer letter across provinces, in months.</summary>
    public const string CrossProvinceTransferDeadlineMonths = Prefix + "CrossProvinceTransferDeadlineMonths";

    public sealed class DefinitionProvider : SettingDefinitionProvider
    {
        public override IEnumerable<SettingDefinition> Define() =>
        [
            new(ApplicationToActivistMinMonths, 6, 0, 24, "各地发展党员工作实施细则（地方惯例，一般不少于半年）"),
            new(TransferDeadlineMonths, 3, 1, 6, "组织关系介绍信有效期一般不超过3个月（组通字〔2006〕45号等）"),
            new(CrossProvinceTransferDeadlineMonths, 6, 1, 12, "跨省转接组织关系介绍信有效期一般不超过6个月"),
        ];
    }
}
