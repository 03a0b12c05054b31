using System.ComponentModel.DataAnnotations;
using PartyBuilding.Tenancy;

namespace PartyBuilding.Identity;

public sealed class LoginInput
{
    /// <summary>The committee code; empty for the organization department (the host).</summary>
    [StringLength(TenantConsts.MaxCodeLength)]
    public string? Tenant { get; set; }

    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength)]
    public string UserName { get; set; } = null!;

    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength)]
    public string Password { get; set; } = null!;
}

public sealed class CurrentTenantDto
{
    public Guid Id { get; set; }

    public string Code { get; set; } = null!;

    public string Name { get; set; } = null!;

    public string TimeZone { get; set; } = null!;
}

public sealed class CurrentUserDto
{
    public Guid Id { get; set; }

    public string UserName { get; set; } = null!;

    public string Name { get; set; } = null!;

    /// <summary>The committee the request acts in (for host users: the one chosen through <c>__tenant</c>).</summary>
    public CurrentTenantDto? Tenant { get; set; }

    /// <summary>True for organization department users, who may switch into committees.</summary>
    public bool IsHostUser { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = [];

    public IReadOnlyList<string> Permissions { get; set; } = [];
}

public sealed class RefreshTokenInput
{
    [Required]
    [StringLength(4096)]
    public string RefreshToken { get; set; } = null!;
}
