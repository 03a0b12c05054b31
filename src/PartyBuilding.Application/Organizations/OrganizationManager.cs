using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Organizations;

/// <summary>
/// The rules of the organisation tree, for every caller that changes it (the API, the import, the demo seed):
/// where a new organisation goes in the materialised path, which type may sit under which, how a subtree moves,
/// and when an organisation may be deleted. It knows nothing of the current user's reach; callers check that.
/// <para>
/// <see cref="CreateAsync"/>, <see cref="ChangeTypeAsync"/> and <see cref="DeleteAsync"/> change tracked entities
/// and leave saving to the caller, so an import can create a whole tree and save it once (new organisations that
/// are tracked but not saved yet count when the next path is allocated). <see cref="MoveAsync"/> saves itself:
/// it rewrites the descendants with one set-based statement.
/// </para>
/// </summary>
public sealed class OrganizationManager(IOrganizationsDbContext db, IOrganizationMemberCounter memberCounter)
{
    /// <summary>
    /// Adds a new organisation under <paramref name="parentId"/> (null: a top-level organisation of the committee)
    /// with the next free path segment. 404 for an unknown parent; 400 <c>InvalidParent</c> / <c>TooDeep</c>.
    /// </summary>
    public async Task<Organization> CreateAsync(
        Guid? parentId, OrganizationType type, string name, CancellationToken cancellationToken = default)
    {
        var parent = parentId is { } id ? await FindAsync(id, cancellationToken) : null;
        EnsureMayHold(parent, type, name);
        EnsureDepth((parent?.Depth ?? 0) + 1);

        var organization = new Organization(
            Guid.CreateVersion7(), parentId, await NextChildPathAsync(parent, cancellationToken), type, name);
        db.Organizations.Add(organization);
        return organization;
    }

    /// <summary>Changes the type where the parent and the children still fit it (a party group holds nothing).</summary>
    public async Task ChangeTypeAsync(Organization organization, OrganizationType type, CancellationToken cancellationToken = default)
    {
        if (organization.Type == type)
        {
            return;
        }

        var parent = organization.ParentId is { } parentId ? await FindAsync(parentId, cancellationToken) : null;
        EnsureMayHold(parent, type, organization.Name);
        var children = await db.Organizations.Where(o => o.ParentId == organization.Id)
            .Select(o => new { o.Name, o.Type }).ToListAsync(cancellationToken);
        if (children.FirstOrDefault(child => !MayHold(type, child.Type)) is { } misfit)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.InvalidParent, 400, misfit.Name, organization.Name);
        }

        organization.Type = type;
    }

    /// <summary>
    /// Checks the dates against each other: left after joined, joined and the planned end after establishment,
    /// and a planned end only on a temporary branch, which is the one kind set up for a limited project.
    /// </summary>
    public static void EnsureDatesConsistent(Organization organization)
    {
        if (organization.EndsOn is not null && organization.Type != OrganizationType.TemporaryBranch)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.EndsOnOnlyForTemporaryBranch, 400);
        }

        EnsureNotBefore(organization.LeftOn, organization.JoinedOn, OrganizationFieldNames.LeftOn, OrganizationFieldNames.JoinedOn);
        EnsureNotBefore(organization.JoinedOn, organization.EstablishedOn, OrganizationFieldNames.JoinedOn, OrganizationFieldNames.EstablishedOn);
        EnsureNotBefore(organization.EndsOn, organization.EstablishedOn, OrganizationFieldNames.EndsOn, OrganizationFieldNames.EstablishedOn);
    }

    /// <summary>400 <c>InvalidDates</c> when <paramref name="later"/> falls before <paramref name="earlier"/>.</summary>
    public static void EnsureNotBefore(DateOnly? later, DateOnly? earlier, string laterField, string earlierField)
    {
        if (later < earlier)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.InvalidDates, 400, laterField, earlierField);
        }
    }

    /// <summary>
    /// Moves the organisation and its whole subtree under <paramref name="newParentId"/> (null: top level), in one
    /// transaction (joining the caller's, if any): the organisation gets a new path segment under its new parent
    /// and every descendant's path prefix is rewritten by one UPDATE, however large the subtree. Soft-deleted
    /// descendants move too, so a restored one comes back in the right place. Set the client's concurrency stamp
    /// on <paramref name="organization"/> before calling. 400 <c>MoveIntoOwnSubtree</c>, <c>InvalidParent</c>,
    /// <c>TooDeep</c>.
    /// </summary>
    public async Task MoveAsync(Organization organization, Guid? newParentId, CancellationToken cancellationToken = default)
    {
        var newParent = newParentId is { } id ? await FindAsync(id, cancellationToken) : null;
        var oldPrefix = organization.Path;
        if (newParent is not null && newParent.Path.StartsWith(oldPrefix, StringComparison.Ordinal))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.MoveIntoOwnSubtree, 400);
        }

        EnsureMayHold(newParent, organization.Type, organization.Name);
        if (newParentId == organization.ParentId)
        {
            return;
        }

        var subtree = db.Organizations.IgnoreQueryFilters([DataFilters.SoftDelete]).WhereInSubtree(oldPrefix);
        var deepestPathLength = await subtree.MaxAsync(o => o.Path.Length, cancellationToken);
        EnsureDepth((newParent?.Depth ?? 0) + (deepestPathLength - oldPrefix.Length) / OrganizationConsts.PathSegmentLength + 1);

        var newPrefix = await NextChildPathAsync(newParent, cancellationToken);
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (ownTransaction)
        {
            organization.MoveTo(newParentId, newPrefix);
            await db.SaveChangesAsync(cancellationToken);
            await subtree.ExecuteUpdateAsync(
                s => s.SetProperty(o => o.Path, o => newPrefix + o.Path.Substring(oldPrefix.Length)), cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }

        RebaseTrackedDescendants(oldPrefix, newPrefix);
    }

    /// <summary>
    /// Marks the organisation deleted (the caller saves). 409 <c>HasChildren</c> while organisations sit under it,
    /// 409 <c>HasMembers</c> while member records are placed in it.
    /// </summary>
    public async Task DeleteAsync(Organization organization, CancellationToken cancellationToken = default)
    {
        var children = await db.Organizations.CountAsync(o => o.ParentId == organization.Id, cancellationToken);
        if (children > 0)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.HasChildren, 409, organization.Name, children);
        }

        var counts = await memberCounter.CountAsync([organization.Id], cancellationToken);
        if (counts.TryGetValue(organization.Id, out var count) && count.Total > 0)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.HasMembers, 409, organization.Name, count.Total);
        }

        db.Organizations.Remove(organization);
    }

    /// <summary>Whether an organisation of <paramref name="childType"/> may sit under one of <paramref name="parentType"/> (null: top level).</summary>
    public static bool MayHold(OrganizationType? parentType, OrganizationType childType) => parentType switch
    {
        OrganizationType.PartyGroup => false,
        _ when childType == OrganizationType.PartyGroup => parentType is { } type && OrganizationConsts.IsBranchLike(type),
        _ => true,
    };

    private static void EnsureMayHold(Organization? parent, OrganizationType type, string name)
    {
        if (!MayHold(parent?.Type, type))
        {
            throw new BusinessException(
                PartyBuildingErrorCodes.Organizations.InvalidParent, 400, name, parent?.Name ?? OrganizationFieldNames.TopLevel);
        }
    }

    private static void EnsureDepth(int depth)
    {
        if (depth > OrganizationConsts.MaxDepth)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.TooDeep, 400, OrganizationConsts.MaxDepth);
        }
    }

    /// <summary>Finds a tracked organisation first, so a parent created earlier in the same unit of work counts.</summary>
    private async Task<Organization> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Organizations.FindAsync([id], cancellationToken) is { IsDeleted: false } found
            ? found
            : throw new EntityNotFoundException(nameof(Organization), id);

    /// <summary>
    /// One past the highest segment ever used under the parent, deleted children and unsaved new ones included:
    /// the (tenant, path) index is unique across deleted rows, and segments are fixed-width, so the greatest
    /// path is the greatest segment.
    /// </summary>
    private async Task<string> NextChildPathAsync(Organization? parent, CancellationToken cancellationToken)
    {
        var parentId = parent?.Id;
        var stored = await db.Organizations.IgnoreQueryFilters([DataFilters.SoftDelete])
            .Where(o => o.ParentId == parentId)
            .MaxAsync(o => (string?)o.Path, cancellationToken);
        var pending = db.Organizations.Local.Where(o => o.ParentId == parentId).Select(o => o.Path);
        var highest = pending.Append(stored).Where(p => p is not null).Max(StringComparer.Ordinal);
        var lastSegment = highest is null ? 0 : int.Parse(
            highest.AsSpan(highest.Length - OrganizationConsts.PathSegmentLength, OrganizationConsts.PathSegmentDigits),
            NumberStyles.None, CultureInfo.InvariantCulture);
        return (parent?.Path ?? string.Empty) + Organization.PathSegment(lastSegment + 1);
    }

    /// <summary>The set-based UPDATE bypasses the change tracker; tracked descendants take the new prefix as saved state.</summary>
    private void RebaseTrackedDescendants(string oldPrefix, string newPrefix)
    {
        foreach (var descendant in db.Organizations.Local.Where(o => o.Path.StartsWith(oldPrefix, StringComparison.Ordinal)).ToList())
        {
            var path = db.Entry(descendant).Property(nameof(Organization.Path));
            path.CurrentValue = string.Concat(newPrefix, descendant.Path.AsSpan(oldPrefix.Length));
            path.OriginalValue = path.CurrentValue;
        }
    }
}

/// <summary>Localization keys of the organisation fields and places named in error messages.</summary>
public static class OrganizationFieldNames
{
    public const string EstablishedOn = "Organizations:Field:EstablishedOn";
    public const string JoinedOn = "Organizations:Field:JoinedOn";
    public const string LeftOn = "Organizations:Field:LeftOn";
    public const string EndsOn = "Organizations:Field:EndsOn";
    public const string TermStartsOn = "Organizations:Field:TermStartsOn";
    public const string TermEndsOn = "Organizations:Field:TermEndsOn";
    public const string TopLevel = "Organizations:TopLevel";
}
