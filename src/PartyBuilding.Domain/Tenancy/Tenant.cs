using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Tenancy;

/// <summary>
/// A joint party committee (联合党委): one tenant of the platform, created by the organization department.
/// Its code is what people type at login, so it never changes once chosen.
/// </summary>
public sealed class Tenant : FullAuditedAggregateRoot<Guid>, IHostEntity
{
    private Tenant()
    {
    }

    public Tenant(Guid id, string code, string name, string? region, string timeZone) : base(id)
    {
        Code = code;
        Update(name, region, timeZone);
        IsActive = true;
    }

    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string? Region { get; private set; }

    /// <summary>IANA zone in which the committee's months, quarters and years begin (default Asia/Shanghai).</summary>
    public string TimeZone { get; private set; } = null!;

    /// <summary>An inactive committee cannot log in and its jobs do not run; its data stays.</summary>
    public bool IsActive { get; private set; }

    public void Update(string name, string? region, string timeZone)
    {
        Name = name;
        Region = region;
        TimeZone = timeZone;
    }

    public void SetActive(bool isActive) => IsActive = isActive;

    public TenantConfiguration ToConfiguration() => new(Id, Code, Name, TimeZone, IsActive, CreationTime);
}
