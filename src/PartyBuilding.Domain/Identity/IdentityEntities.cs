using Microsoft.AspNetCore.Identity;
using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Identity;

// ASP.NET Core Identity's entities, each made tenant-owned so the tenant filter and write guard cover the join
// tables too: a user name is unique within a committee, not across the county.

[Audited]
public sealed class AppUser : IdentityUser<Guid>, IMultiTenant, ICreationAudited, IModificationAudited
{
    private AppUser()
    {
    }

    public AppUser(Guid id, string userName, string name)
    {
        Id = id;
        UserName = userName;
        Name = name;
        IsActive = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid? TenantId { get; private set; }

    /// <summary>The person's name as shown in the console (姓名).</summary>
    public string Name { get; set; } = null!;

    public bool IsActive { get; set; }

    /// <summary>The party organisation whose subtree the user manages (a branch secretary's branch).</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>The user's own member record (党员档案), for members looking at their own record.</summary>
    public Guid? MemberId { get; set; }

    public DateTime CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    public DateTime? LastModificationTime { get; private set; }

    public Guid? LastModifierId { get; private set; }
}

[Audited]
public sealed class AppRole : IdentityRole<Guid>, IMultiTenant, ICreationAudited
{
    private AppRole()
    {
    }

    public AppRole(Guid id, string name, string displayName, bool isStatic)
    {
        Id = id;
        Name = name;
        DisplayName = displayName;
        IsStatic = isStatic;
    }

    public Guid? TenantId { get; private set; }

    public string DisplayName { get; set; } = null!;

    /// <summary>Seeded roles that code relies on; they cannot be renamed or deleted.</summary>
    public bool IsStatic { get; private set; }

    public DateTime CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }
}

public sealed class AppUserRole : IdentityUserRole<Guid>, IMultiTenant
{
    public Guid? TenantId { get; private set; }
}

public sealed class AppUserClaim : IdentityUserClaim<Guid>, IMultiTenant
{
    public Guid? TenantId { get; private set; }
}

public sealed class AppUserLogin : IdentityUserLogin<Guid>, IMultiTenant
{
    public Guid? TenantId { get; private set; }
}

public sealed class AppUserToken : IdentityUserToken<Guid>, IMultiTenant
{
    public Guid? TenantId { get; private set; }
}

public sealed class AppRoleClaim : IdentityRoleClaim<Guid>, IMultiTenant
{
    public Guid? TenantId { get; private set; }
}
