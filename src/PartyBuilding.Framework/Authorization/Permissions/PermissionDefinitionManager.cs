using System.Collections.Frozen;

namespace PartyBuilding.Framework.Authorization.Permissions;

public interface IPermissionDefinitionManager
{
    IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    PermissionDefinition? Find(string name);

    IEnumerable<PermissionDefinition> GetAll();
}

/// <summary>Collects every module's definitions once at start; definitions never change while the app runs.</summary>
public sealed class PermissionDefinitionManager : IPermissionDefinitionManager
{
    private readonly FrozenDictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(IEnumerable<PermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers)
        {
            provider.Define(context);
        }

        Groups = context.Groups;
        _byName = Groups.SelectMany(g => g.Permissions).SelectMany(p => p.SelfAndDescendants()).ToFrozenDictionary(p => p.Name);
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    public PermissionDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<PermissionDefinition> GetAll() => _byName.Values;
}
