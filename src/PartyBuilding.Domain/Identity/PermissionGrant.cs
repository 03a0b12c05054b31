using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Identity;

/// <summary>One permission granted to one role of a committee (or of the host).</summary>
public sealed class PermissionGrant : Entity<Guid>, IMultiTenant
{
    private PermissionGrant()
    {
    }

    public PermissionGrant(Guid id, Guid roleId, string permissionName) : base(id)
    {
        RoleId = roleId;
        PermissionName = permissionName;
    }

    public Guid? TenantId { get; private set; }

    public Guid RoleId { get; private set; }

    public string PermissionName { get; private set; } = null!;
}
