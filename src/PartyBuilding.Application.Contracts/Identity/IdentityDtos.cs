using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Identity;

public sealed class UserDto : EntityDto<Guid>
{
    public string UserName { get; set; } = null!;

    public string Name { get; set; } = null!;

    public string? Email { get; set; }

    /// <summary>Masked (<c>138****5678</c>): the console never needs the full number in a list.</summary>
    public string? PhoneNumber { get; set; }

    public bool IsActive { get; set; }

    public IReadOnlyList<string> RoleNames { get; set; } = [];

    /// <summary>The organisation whose subtree the user manages (a branch secretary's branch).</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>The user's own member record.</summary>
    public Guid? MemberId { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTime CreationTime { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

public sealed class GetUserListInput : PagedAndSortedResultRequestDto
{
    [StringLength(IdentityConsts.MaxNameLength)]
    public string? Filter { get; set; }

    [StringLength(IdentityConsts.MaxRoleNameLength)]
    public string? RoleName { get; set; }
}

public abstract class UserInputBase
{
    [Required]
    [StringLength(IdentityConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(IdentityConsts.MaxEmailLength)]
    [RegularExpression(IdentityConsts.EmailPattern)]
    public string? Email { get; set; }

    /// <summary>On update: null keeps the stored number (answers show it masked), an empty string clears it.</summary>
    [StringLength(IdentityConsts.MaxPhoneNumberLength)]
    [RegularExpression(IdentityConsts.PhoneNumberPattern)]
    public string? PhoneNumber { get; set; }

    public bool IsActive { get; set; } = true;

    [MaxLength(20)]
    public string[] RoleNames { get; set; } = [];

    /// <summary>Limits a branch secretary to this organisation's subtree.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>Links the user to their own member record.</summary>
    public Guid? MemberId { get; set; }
}

public sealed class CreateUserDto : UserInputBase
{
    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength)]
    [RegularExpression(IdentityConsts.UserNamePattern)]
    public string UserName { get; set; } = null!;

    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength)]
    public string Password { get; set; } = null!;
}

public sealed class UpdateUserDto : UserInputBase
{
    /// <summary>A new password, or null to keep the current one.</summary>
    [StringLength(IdentityConsts.MaxPasswordLength)]
    public string? Password { get; set; }

    [Required]
    [StringLength(64)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class RoleDto : EntityDto<Guid>
{
    public string Name { get; set; } = null!;

    public string DisplayName { get; set; } = null!;

    public bool IsStatic { get; set; }

    public IReadOnlyList<string> Permissions { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}

public sealed class CreateRoleDto
{
    [Required]
    [StringLength(IdentityConsts.MaxRoleNameLength)]
    [RegularExpression(IdentityConsts.UserNamePattern)]
    public string Name { get; set; } = null!;

    [Required]
    [StringLength(IdentityConsts.MaxRoleNameLength)]
    public string DisplayName { get; set; } = null!;
}

public sealed class UpdateRoleDto
{
    [Required]
    [StringLength(IdentityConsts.MaxRoleNameLength)]
    public string DisplayName { get; set; } = null!;

    [Required]
    [StringLength(64)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class UpdateRolePermissionsDto
{
    [Required]
    [MaxLength(500)]
    public string[] Permissions { get; set; } = [];
}

public sealed class PermissionDto
{
    public string Name { get; set; } = null!;

    public string DisplayName { get; set; } = null!;

    public string? ParentName { get; set; }
}

public sealed class PermissionGroupDto
{
    public string Name { get; set; } = null!;

    public string DisplayName { get; set; } = null!;

    public IReadOnlyList<PermissionDto> Permissions { get; set; } = [];
}

public sealed class PermissionListDto
{
    public IReadOnlyList<PermissionGroupDto> Groups { get; set; } = [];
}

public interface IUserAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default);

    Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default);

    Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

public interface IRoleAppService
{
    Task<PagedResultDto<RoleDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default);

    Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The permissions a role of the caller's side (host or committee) can be granted.</summary>
    PermissionListDto GetPermissionDefinitions();

    Task<RoleDto> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, CancellationToken cancellationToken = default);
}
