using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Security;

/// <summary>
/// A key of ASP.NET Core data protection (it signs session cookies and bearer tokens). Kept in the database so
/// every node of a cluster reads and writes the same key ring and a session works on any of them.
/// </summary>
public sealed class DataProtectionKey : Entity<Guid>, IHostEntity
{
    private DataProtectionKey()
    {
    }

    public DataProtectionKey(Guid id, string? friendlyName, string xml) : base(id)
    {
        FriendlyName = friendlyName;
        Xml = xml;
    }

    public string? FriendlyName { get; private set; }

    public string Xml { get; private set; } = null!;
}
