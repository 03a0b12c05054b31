using System.Globalization;
using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Organizations;

/// <summary>
/// A member party organisation (成员党组织) of the committee, or an organisation under one (a branch, a party
/// group). Its place in the tree is a materialised <see cref="Path"/>, so "everything under X" is one prefix
/// match however deep the tree, and moving a subtree rewrites one prefix.
/// </summary>
[Audited]
public sealed class Organization : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Organization()
    {
    }

    public Organization(Guid id, Guid? parentId, string path, OrganizationType type, string name) : base(id)
    {
        ParentId = parentId;
        Path = path;
        Type = type;
        Name = name;
    }

    public Guid? TenantId { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>"00001.00004.": one segment of <see cref="OrganizationConsts.PathSegmentDigits"/> digits per level.</summary>
    public string Path { get; private set; } = null!;

    public OrganizationType Type { get; set; }

    /// <summary>The category of the unit (政务部门, 国有企业 …) from the committee's own list.</summary>
    public Guid? CategoryId { get; set; }

    public string Name { get; set; } = null!;

    public string? ShortName { get; set; }

    /// <summary>The organisation's code in the national member information system, when it has one.</summary>
    public string? Code { get; set; }

    /// <summary>The work unit (单位) the organisation is set up in.</summary>
    public string? UnitName { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    /// <summary>When it joined the joint committee; jobs ask who was a member organisation in a period.</summary>
    public DateOnly? JoinedOn { get; set; }

    /// <summary>When it left the joint committee; null while it is still a member.</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>The planned end of a temporary branch (临时党支部), whose project ends.</summary>
    public DateOnly? EndsOn { get; set; }

    public int SortOrder { get; set; }

    /// <summary>一支部一品牌: the branch's brand name.</summary>
    public string? BrandName { get; set; }

    public string? BrandSlogan { get; set; }

    public string? BrandDescription { get; set; }

    public bool HasBrandLogo { get; set; }

    public int Depth => Path.Length / OrganizationConsts.PathSegmentLength;

    public void MoveTo(Guid? parentId, string path)
    {
        ParentId = parentId;
        Path = path;
    }

    /// <summary>Whether the organisation belonged to the committee at any time in [start, end].</summary>
    public bool IsMemberDuring(DateOnly start, DateOnly end) =>
        (JoinedOn is null || JoinedOn <= end) && (LeftOn is null || LeftOn >= start);

    public static string PathSegment(int number) =>
        number.ToString(new string('0', OrganizationConsts.PathSegmentDigits), CultureInfo.InvariantCulture) + ".";
}
