using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Users;
using PartyBuilding.Permissions;

namespace PartyBuilding.Organizations;

/// <summary>Resolves and enforces the current user's <see cref="ReachScope"/>; cached for the request.</summary>
public sealed class OrganizationReach(
    ICurrentUser currentUser,
    IPermissionChecker permissionChecker,
    IOrganizationsDbContext db)
{
    private ReachScope? _scope;

    public async Task<ReachScope> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        if (!currentUser.IsAuthenticated
            || await permissionChecker.IsGrantedAsync(
                currentUser.Principal!, PartyBuildingPermissions.Organizations.WholeCommittee, cancellationToken))
        {
            return _scope = ReachScope.WholeCommittee;
        }

        string? path = null;
        if (currentUser.OrganizationId is { } organizationId)
        {
            path = await db.Organizations.AsNoTracking()
                .Where(o => o.Id == organizationId)
                .Select(o => o.Path)
                .FirstOrDefaultAsync(cancellationToken);
        }

        return _scope = new ReachScope(false, path, currentUser.MemberId);
    }

    /// <summary>The organisations inside the reach.</summary>
    public async Task<IQueryable<Organization>> ReachableAsync(
        IQueryable<Organization> organizations, CancellationToken cancellationToken = default)
    {
        var scope = await GetAsync(cancellationToken);
        if (scope.IsWholeCommittee)
        {
            return organizations;
        }

        if (scope.SubtreePath is not { } prefix)
        {
            return organizations.Where(_ => false);
        }

        return organizations.WhereInSubtree(prefix);
    }

    /// <summary>Loads an organisation the user may act on: 404 when it does not exist, 403 when outside the reach.</summary>
    public async Task<Organization> GetWithinReachAsync(Guid id, bool track, CancellationToken cancellationToken = default)
    {
        var query = track ? db.Organizations : db.Organizations.AsNoTracking();
        var organization = await query.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Organization), id);
        if (!(await GetAsync(cancellationToken)).Covers(organization.Path))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.OutsideReach, 403);
        }

        return organization;
    }
}
