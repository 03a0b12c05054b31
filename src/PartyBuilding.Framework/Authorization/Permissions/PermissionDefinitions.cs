namespace PartyBuilding.Framework.Authorization.Permissions;

/// <summary>Where a permission makes sense: in the host (organization department), in a committee, or both.</summary>
[Flags]
public enum MultiTenancySides
{
    Host = 1,
    Tenant = 2,
    Both = Host | Tenant,
}

public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];

    internal PermissionDefinition(string name, string displayNameKey, MultiTenancySides side, PermissionDefinition? parent)
    {
        Name = name;
        DisplayNameKey = displayNameKey;
        Side = side;
        Parent = parent;
    }

    public string Name { get; }

    /// <summary>Localization key of the name shown in the role editor.</summary>
    public string DisplayNameKey { get; }

    public MultiTenancySides Side { get; }

    public PermissionDefinition? Parent { get; }

    public IReadOnlyList<PermissionDefinition> Children => _children;

    public IEnumerable<PermissionDefinition> SelfAndDescendants() =>
        _children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    public IEnumerable<PermissionDefinition> SelfAndAncestors()
    {
        for (var permission = this; permission is not null; permission = permission.Parent)
        {
            yield return permission;
        }
    }

    /// <summary>Whether the permission applies in the current context: inside a committee, or in the host.</summary>
    public bool FitsSideOf(MultiTenancy.ICurrentTenant currentTenant) =>
        Side.HasFlag(currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host);

    /// <summary>A child is granted only together with its parent; it inherits the parent's side unless narrowed.</summary>
    public PermissionDefinition AddChild(string name, string displayNameKey, MultiTenancySides? side = null)
    {
        var child = new PermissionDefinition(name, displayNameKey, side ?? Side, this);
        _children.Add(child);
        return child;
    }
}

public sealed class PermissionGroupDefinition(string name, string displayNameKey)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;

    public string DisplayNameKey { get; } = displayNameKey;

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name, string displayNameKey, MultiTenancySides side = MultiTenancySides.Both)
    {
        var permission = new PermissionDefinition(name, displayNameKey, side, null);
        _permissions.Add(permission);
        return permission;
    }
}

/// <summary>Each module declares its permissions in one provider, registered by the module.</summary>
public abstract class PermissionDefinitionProvider
{
    public abstract void Define(PermissionDefinitionContext context);
}

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    public PermissionGroupDefinition AddGroup(string name, string displayNameKey)
    {
        var group = new PermissionGroupDefinition(name, displayNameKey);
        _groups.Add(group);
        return group;
    }
}
