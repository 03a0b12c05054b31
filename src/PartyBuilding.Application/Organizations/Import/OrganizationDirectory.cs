using Microsoft.EntityFrameworkCore;
using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Organizations;

/// <summary>An organisation as imports name it: by name within the committee, or by its code.</summary>
public sealed record OrganizationEntry(Guid Id, Guid? ParentId, string Name, string? Code, OrganizationType Type, string Path);

/// <summary>
/// The committee's organisations, loaded once per import, so naming an organisation in 20,000 rows costs one
/// query. Only the current committee's rows are loaded (tenant filter): another committee's names are unknown.
/// </summary>
public sealed class OrganizationDirectory
{
    private readonly Dictionary<Guid, OrganizationEntry> _byId;
    private readonly Dictionary<string, List<OrganizationEntry>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganizationEntry> _byCode = new(StringComparer.OrdinalIgnoreCase);

    private OrganizationDirectory(IEnumerable<OrganizationEntry> entries)
    {
        _byId = [];
        foreach (var entry in entries)
        {
            Add(entry);
        }
    }

    public static async Task<OrganizationDirectory> LoadAsync(IOrganizationsDbContext db, CancellationToken cancellationToken) =>
        new(await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Path)
            .Select(o => new OrganizationEntry(o.Id, o.ParentId, o.Name, o.Code, o.Type, o.Path))
            .ToListAsync(cancellationToken));

    /// <summary>Branch-like organisations in the caller's reach, in tree order: where demo and sample rows are placed.</summary>
    public static async Task<IReadOnlyList<OrganizationEntry>> BranchesInReachAsync(
        IOrganizationsDbContext db, OrganizationReach reach, CancellationToken cancellationToken) =>
        await (await reach.ReachableAsync(db.Organizations.AsNoTracking(), cancellationToken))
            .Where(o => o.Type == OrganizationType.Branch || o.Type == OrganizationType.JointBranch
                        || o.Type == OrganizationType.TemporaryBranch)
            .OrderBy(o => o.Path)
            .Select(o => new OrganizationEntry(o.Id, o.ParentId, o.Name, o.Code, o.Type, o.Path))
            .ToListAsync(cancellationToken);

    public void Add(OrganizationEntry entry)
    {
        _byId[entry.Id] = entry;
        if (!_byName.TryGetValue(entry.Name, out var named))
        {
            _byName[entry.Name] = named = [];
        }

        named.Add(entry);
        if (entry.Code is { } code)
        {
            _byCode.TryAdd(code, entry);
        }
    }

    public OrganizationEntry? Find(Guid id) => _byId.GetValueOrDefault(id);

    public string PathOf(Guid id) => _byId.TryGetValue(id, out var entry) ? entry.Path : string.Empty;

    /// <summary>The organisation a cell names (code first, then name), or null with the reason reported on the row.</summary>
    public OrganizationEntry? Resolve(ImportRow row, ImportColumn column)
    {
        if (row.Text(column) is not { } text)
        {
            return null;
        }

        if (_byCode.TryGetValue(text, out var byCode))
        {
            return byCode;
        }

        var named = _byName.GetValueOrDefault(text, []).Where(e => e.Type != OrganizationType.PartyGroup).ToList();
        switch (named.Count)
        {
            case 1:
                return named[0];
            case 0:
                row.Reject(column, "Import:Row:UnknownOrganization", text);
                return null;
            default:
                row.Reject(column, "Import:Row:AmbiguousOrganization", text);
                return null;
        }
    }

    /// <summary>The party group of that name directly under the organisation.</summary>
    public Guid? PartyGroupOf(Guid organizationId, string name) =>
        _byName.GetValueOrDefault(name, [])
            .FirstOrDefault(e => e.ParentId == organizationId && e.Type == OrganizationType.PartyGroup)?.Id;

    /// <summary>An organisation of that name under the parent (null: top level), the match key of an organisation import.</summary>
    public OrganizationEntry? ChildNamed(Guid? parentId, string name) =>
        _byName.GetValueOrDefault(name, []).FirstOrDefault(e => e.ParentId == parentId);

    public OrganizationEntry? WithCode(string code) => _byCode.GetValueOrDefault(code);
}
