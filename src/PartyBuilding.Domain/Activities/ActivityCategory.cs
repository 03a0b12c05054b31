using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Activities;

/// <summary>A category of the committee's own activity list (党建+中心工作, 特色X, 党建+志愿服务 …).</summary>
[Audited]
public sealed class ActivityCategory : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ActivityCategory()
    {
    }

    public ActivityCategory(Guid id, string name, ActivityCategoryGroup group, int sortOrder) : base(id)
    {
        Name = name;
        Group = group;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public Guid? TenantId { get; private set; }

    public string Name { get; set; } = null!;

    public ActivityCategoryGroup Group { get; set; }

    public int SortOrder { get; set; }

    /// <summary>An inactive category stays on past activities but is not offered for new ones.</summary>
    public bool IsActive { get; set; }
}
