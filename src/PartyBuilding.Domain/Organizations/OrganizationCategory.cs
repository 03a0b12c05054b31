using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Organizations;

/// <summary>A category of unit in the committee's own list (政务部门, 国有企业, 乡镇街道, 村社区 …).</summary>
[Audited]
public sealed class OrganizationCategory : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private OrganizationCategory()
    {
    }

    public OrganizationCategory(Guid id, string name, UnitKind kind, int sortOrder) : base(id)
    {
        Name = name;
        Kind = kind;
        SortOrder = sortOrder;
    }

    public Guid? TenantId { get; private set; }

    public string Name { get; set; } = null!;

    /// <summary>What kind of unit the category is, whatever the committee calls it; rules such as term length depend on it.</summary>
    public UnitKind Kind { get; set; }

    public int SortOrder { get; set; }
}
