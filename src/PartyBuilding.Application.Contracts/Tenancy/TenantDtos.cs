using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Identity;

namespace PartyBuilding.Tenancy;

public sealed class TenantDto : EntityDto<Guid>
{
    public string Code { get; set; } = null!;

    public string Name { get; set; } = null!;

    public string? Region { get; set; }

    public string TimeZone { get; set; } = null!;

    public bool IsActive { get; set; }

    public DateTime CreationTime { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GetTenantListInput : PagedAndSortedResultRequestDto
{
    [StringLength(TenantConsts.MaxNameLength)]
    public string? Filter { get; set; }

    public bool? IsActive { get; set; }
}

public sealed class CreateTenantDto
{
    [Required]
    [StringLength(TenantConsts.MaxCodeLength)]
    [RegularExpression(TenantConsts.CodePattern)]
    public string Code { get; set; } = null!;

    [Required]
    [StringLength(TenantConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(TenantConsts.MaxRegionLength)]
    public string? Region { get; set; }

    [StringLength(TenantConsts.MaxTimeZoneLength)]
    public string? TimeZone { get; set; }

    public bool IsActive { get; set; } = true;

    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength)]
    [RegularExpression(IdentityConsts.UserNamePattern)]
    public string AdminUserName { get; set; } = null!;

    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength)]
    public string AdminPassword { get; set; } = null!;
}

public sealed class UpdateTenantDto
{
    [Required]
    [StringLength(TenantConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(TenantConsts.MaxRegionLength)]
    public string? Region { get; set; }

    [StringLength(TenantConsts.MaxTimeZoneLength)]
    public string? TimeZone { get; set; }

    public bool IsActive { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public interface ITenantAppService
{
    Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken cancellationToken = default);

    Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<TenantDto> CreateAsync(CreateTenantDto input, CancellationToken cancellationToken = default);

    Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
