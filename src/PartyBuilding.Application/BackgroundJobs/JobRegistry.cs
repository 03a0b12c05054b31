using PartyBuilding.Framework.BackgroundJobs;

namespace PartyBuilding.BackgroundJobs;

/// <summary>The periodic jobs the modules registered, by name.</summary>
public sealed class JobRegistry
{
    private readonly Dictionary<string, TenantPeriodicJob> _byName;

    public JobRegistry(IEnumerable<TenantPeriodicJob> jobs)
    {
        _byName = jobs.ToDictionary(j => j.Name, StringComparer.Ordinal);
        Jobs = _byName.Values.OrderBy(j => j.Name, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<TenantPeriodicJob> Jobs { get; }

    public TenantPeriodicJob? Find(string name) => _byName.GetValueOrDefault(name);
}
