using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members;

/// <summary>
/// The caller's reach (<see cref="OrganizationReach"/>) applied to records and transfers: both belong to an
/// organisation, and what lies outside the caller's subtree answers 403, what does not exist 404.
/// </summary>
public sealed class MemberReach(OrganizationReach reach, IOrganizationsDbContext organizations, IMembersDbContext members)
{
    public async Task<Member> GetMemberAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var member = await members.Members.FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Member), id);
        await EnsureCoversAsync(member.OrganizationId, cancellationToken);
        return member;
    }

    public async Task EnsureCoversAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var path = await organizations.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => o.Path)
            .FirstOrDefaultAsync(cancellationToken);
        if (path is null || !(await reach.GetAsync(cancellationToken)).Covers(path))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.OutsideReach, 403);
        }
    }

    public Task<Organization> GetOrganizationAsync(Guid id, CancellationToken cancellationToken = default) =>
        reach.GetWithinReachAsync(id, track: false, cancellationToken);

    /// <summary>The organisations in reach, narrowed to one organisation's subtree when the caller names one.</summary>
    public async Task<IQueryable<Organization>> OrganizationsAsync(Guid? subtreeOf, CancellationToken cancellationToken = default)
    {
        var reachable = await reach.ReachableAsync(organizations.Organizations.AsNoTracking(), cancellationToken);
        if (subtreeOf is not { } id)
        {
            return reachable;
        }

        var root = await GetOrganizationAsync(id, cancellationToken);
        return reachable.Where(o => o.Path.StartsWith(root.Path));
    }
}
