using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Text;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.Identity;

/// <summary>Users of the caller's committee (or of the host, for organization department users).</summary>
public sealed class UserAppService(
    IServiceProvider services,
    IIdentityDbContext db,
    UserManager<AppUser> userManager,
    SessionValidator sessions,
    IOrganizationLookup organizations,
    IMemberLookup members) : ApplicationService(services), IUserAppService
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(u => u.UserName!.Contains(filter) || u.Name.Contains(filter));
        }

        if (!string.IsNullOrWhiteSpace(input.RoleName))
        {
            var roleIds = db.Roles.Where(r => r.Name == input.RoleName).Select(r => r.Id);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var users = await query.OrderBySorting(
                input.Sorting, u => u.UserName,
                nameof(AppUser.UserName), nameof(AppUser.Name), nameof(AppUser.CreationTime), nameof(AppUser.IsActive))
            .Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        var roles = await RoleNamesOfAsync(users.Select(u => u.Id).ToArray(), cancellationToken);
        return new PagedResultDto<UserDto>(total, users.Select(u => ToDto(u, roles)).ToList());
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id, cancellationToken);
        return ToDto(user, await RoleNamesOfAsync([user.Id], cancellationToken));
    }

    public async Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default)
    {
        var roleNames = await ExistingRolesAsync(input.RoleNames, cancellationToken);
        await EnsureReachExistsAsync(input, cancellationToken);
        var user = new AppUser(Guid.CreateVersion7(), input.UserName.Trim(), input.Name.Trim());
        Apply(user, input);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (await userManager.CreateAsync(user, input.Password)).EnsureSucceeded();
        (await userManager.AddToRolesAsync(user, roleNames)).EnsureSucceeded();
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(user.Id, cancellationToken);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id, cancellationToken);
        var roleNames = await ExistingRolesAsync(input.RoleNames, cancellationToken);
        await EnsureReachExistsAsync(input, cancellationToken);
        var wasActive = user.IsActive;
        var reachChanged = user.OrganizationId != input.OrganizationId || user.MemberId != input.MemberId;
        // Identity's store re-attaches the user and would overwrite a stale copy, so the stamp is compared here.
        ConcurrencyConflictException.ThrowIfStale(user.ConcurrencyStamp, input.ConcurrencyStamp);
        Apply(user, input);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (await userManager.UpdateAsync(user)).EnsureSucceeded();
        if (input.Password is not null)
        {
            await userManager.RemovePasswordAsync(user);
            (await userManager.AddPasswordAsync(user, input.Password)).EnsureSucceeded();
        }

        var current = await userManager.GetRolesAsync(user);
        var removed = current.Except(roleNames).ToArray();
        var added = roleNames.Except(current).ToArray();
        (await userManager.RemoveFromRolesAsync(user, removed)).EnsureSucceeded();
        (await userManager.AddToRolesAsync(user, added)).EnsureSucceeded();
        if ((wasActive && !user.IsActive) || removed.Length > 0 || added.Length > 0 || reachChanged)
        {
            // A session carries the roles and reach it was issued with: ending it makes the change take effect now.
            (await userManager.UpdateSecurityStampAsync(user)).EnsureSucceeded();
        }

        await transaction.CommitAsync(cancellationToken);
        sessions.Invalidate(user.TenantId, user.Id);
        return await GetAsync(user.Id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (id == CurrentUser.Id)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Identity.CannotDeleteSelf);
        }

        var user = await FindAsync(id, cancellationToken);
        (await userManager.DeleteAsync(user)).EnsureSucceeded();
        sessions.Invalidate(user.TenantId, user.Id);
    }

    private static void Apply(AppUser user, UserInputBase input)
    {
        user.Name = input.Name.Trim();
        user.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        // Answers carry the number masked, so an edit that leaves it out keeps it; an empty string clears it.
        if (input.PhoneNumber is not null)
        {
            user.PhoneNumber = input.PhoneNumber.Trim().Length == 0 ? null : input.PhoneNumber.Trim();
        }

        user.IsActive = input.IsActive;
        user.OrganizationId = input.OrganizationId;
        user.MemberId = input.MemberId;
    }

    private async Task EnsureReachExistsAsync(UserInputBase input, CancellationToken cancellationToken)
    {
        if (input.OrganizationId is { } organizationId && !await organizations.ExistsAsync(organizationId, cancellationToken))
        {
            throw new EntityNotFoundException("Organization", organizationId);
        }

        if (input.MemberId is { } memberId && !await members.ExistsAsync(memberId, cancellationToken))
        {
            throw new EntityNotFoundException("Member", memberId);
        }
    }

    private async Task<AppUser> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(AppUser), id);

    private async Task<string[]> ExistingRolesAsync(string[] requested, CancellationToken cancellationToken)
    {
        var names = requested.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct().ToArray();
        var existing = await db.Roles.Where(r => names.Contains(r.Name!)).Select(r => r.Name!).ToListAsync(cancellationToken);
        var unknown = names.Except(existing).FirstOrDefault();
        return unknown is null
            ? names
            : throw new BusinessException(PartyBuildingErrorCodes.Identity.UnknownRole, 400, unknown);
    }

    private async Task<ILookup<Guid, string>> RoleNamesOfAsync(Guid[] userIds, CancellationToken cancellationToken) =>
        (await db.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken))
        .ToLookup(x => x.UserId, x => x.Name!);

    private static UserDto ToDto(AppUser user, ILookup<Guid, string> roles) => new()
    {
        Id = user.Id,
        UserName = user.UserName!,
        Name = user.Name,
        Email = user.Email,
        PhoneNumber = Masking.Mask(user.PhoneNumber),
        IsActive = user.IsActive,
        RoleNames = roles[user.Id].Order(StringComparer.Ordinal).ToArray(),
        OrganizationId = user.OrganizationId,
        MemberId = user.MemberId,
        LockoutEnd = user.LockoutEnd,
        CreationTime = user.CreationTime,
        ConcurrencyStamp = user.ConcurrencyStamp,
    };
}
