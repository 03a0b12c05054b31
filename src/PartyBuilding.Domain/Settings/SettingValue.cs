using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Settings;

/// <summary>A committee's own value of a setting; without a row the definition's default applies.</summary>
[Audited]
public sealed class SettingValue : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private SettingValue()
    {
    }

    public SettingValue(Guid id, string name, string value) : base(id)
    {
        Name = name;
        Value = value;
    }

    public Guid? TenantId { get; private set; }

    public string Name { get; private set; } = null!;

    public string Value { get; set; } = null!;
}
