using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.Identity;

public sealed class RoleAppService(
    IServiceProvider services,
    IIdentityDbContext db,
    RoleManager<AppRole> roleManager,
    IPermissionDefinitionManager permissionDefinitions,
    PermissionGrantStore grantStore,
    TextLocalizer localizer) : ApplicationService(services), IRoleAppService
{
    public async Task<PagedResultDto<RoleDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var roles = await db.Roles.AsNoTracking().OrderByDescending(r => r.IsStatic).ThenBy(r => r.CreationTime)
            .ToListAsync(cancellationToken);
        var grants = await GrantsOfAsync(roles.Select(r => r.Id).ToArray(), cancellationToken);
        return new PagedResultDto<RoleDto>(roles.Count, roles.Select(r => ToDto(r, grants)).ToList());
    }

    public async Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id, cancellationToken);
        return ToDto(role, await GrantsOfAsync([role.Id], cancellationToken));
    }

    public async Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default)
    {
        var role = new AppRole(Guid.CreateVersion7(), input.Name.Trim(), input.DisplayName.Trim(), isStatic: false);
        (await roleManager.CreateAsync(role)).EnsureSucceeded();
        return await GetAsync(role.Id, cancellationToken);
    }

    public async Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id, cancellationToken);
        // Identity's store re-attaches the role and would overwrite a stale copy, so the stamp is compared here.
        ConcurrencyConflictException.ThrowIfStale(role.ConcurrencyStamp, input.ConcurrencyStamp);
        role.DisplayName = input.DisplayName.Trim();
        (await roleManager.UpdateAsync(role)).EnsureSucceeded();
        return await GetAsync(role.Id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id, cancellationToken);
        if (role.IsStatic)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Identity.StaticRoleCannotChange, 400, role.Name);
        }

        (await roleManager.DeleteAsync(role)).EnsureSucceeded();
        grantStore.Invalidate(CurrentTenant.Id);
    }

    public PermissionListDto GetPermissionDefinitions() => new()
    {
        Groups = permissionDefinitions.Groups
            .Select(g => new PermissionGroupDto
            {
                Name = g.Name,
                DisplayName = localizer.Get(g.DisplayNameKey),
                Permissions = g.Permissions.SelectMany(p => p.SelfAndDescendants()).Where(p => p.FitsSideOf(CurrentTenant))
                    .Select(p => new PermissionDto
                    {
                        Name = p.Name,
                        DisplayName = localizer.Get(p.DisplayNameKey),
                        ParentName = p.Parent?.Name,
                    })
                    .ToList(),
            })
            .Where(g => g.Permissions.Count > 0)
            .ToList(),
    };

    public async Task<RoleDto> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id, cancellationToken);
        var requested = input.Permissions.Distinct(StringComparer.Ordinal).ToArray();
        var invalid = requested.FirstOrDefault(p => permissionDefinitions.Find(p) is not { } d || !d.FitsSideOf(CurrentTenant));
        if (invalid is not null)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Identity.UnknownPermission, 400, invalid);
        }

        var existing = await db.PermissionGrants.Where(g => g.RoleId == role.Id).ToListAsync(cancellationToken);
        db.PermissionGrants.RemoveRange(existing.Where(g => !requested.Contains(g.PermissionName)));
        foreach (var permission in requested.Except(existing.Select(g => g.PermissionName)))
        {
            db.PermissionGrants.Add(new PermissionGrant(Guid.CreateVersion7(), role.Id, permission));
        }

        await db.SaveChangesAsync(cancellationToken);
        grantStore.Invalidate(CurrentTenant.Id);
        return await GetAsync(role.Id, cancellationToken);
    }

    private async Task<AppRole> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(AppRole), id);

    private async Task<ILookup<Guid, string>> GrantsOfAsync(Guid[] roleIds, CancellationToken cancellationToken) =>
        (await db.PermissionGrants.AsNoTracking().Where(g => roleIds.Contains(g.RoleId))
            .Select(g => new { g.RoleId, g.PermissionName }).ToListAsync(cancellationToken))
        .ToLookup(g => g.RoleId, g => g.PermissionName);

    private static RoleDto ToDto(AppRole role, ILookup<Guid, string> grants) => new()
    {
        Id = role.Id,
        Name = role.Name!,
        DisplayName = role.DisplayName,
        IsStatic = role.IsStatic,
        Permissions = grants[role.Id].Order(StringComparer.Ordinal).ToArray(),
        ConcurrencyStamp = role.ConcurrencyStamp,
    };
}
