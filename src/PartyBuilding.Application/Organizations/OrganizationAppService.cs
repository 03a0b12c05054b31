using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Content;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Text;
using PartyBuilding.Members;

namespace PartyBuilding.Organizations;

/// <summary>The organisation tree, its brands and its committee terms, limited to the current user's reach.</summary>
public sealed class OrganizationAppService(
    IServiceProvider services,
    IOrganizationsDbContext db,
    OrganizationReach reach,
    OrganizationManager manager,
    OrganizationRuleLoader ruleLoader,
    IOrganizationMemberCounter memberCounter,
    IMemberLookup memberLookup) : ApplicationService(services), IOrganizationAppService
{
    public async Task<IReadOnlyList<OrganizationTreeNodeDto>> GetTreeAsync(CancellationToken cancellationToken = default)
    {
        var reachable = await reach.ReachableAsync(db.Organizations.AsNoTracking(), cancellationToken);
        var nodes = await reachable.OrderBy(o => o.SortOrder).ThenBy(o => o.Name)
            .Select(o => new OrganizationTreeNodeDto
            {
                Id = o.Id, ParentId = o.ParentId, Name = o.Name, ShortName = o.ShortName, Type = o.Type, CategoryId = o.CategoryId,
            })
            .ToListAsync(cancellationToken);
        var counts = await memberCounter.CountAsync(nodes.ConvertAll(n => n.Id), cancellationToken);
        var terms = (await db.CommitteeTerms.AsNoTracking()
                .Where(t => reachable.Any(o => o.Id == t.OrganizationId))
                .Select(t => new { t.OrganizationId, t.StartsOn, t.EndsOn })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.OrganizationId, t => new TermSpan(t.StartsOn, t.EndsOn));
        var rules = await ruleLoader.LoadAsync(cancellationToken);

        var byId = nodes.ToDictionary(n => n.Id);
        var roots = new List<OrganizationTreeNodeDto>();
        foreach (var node in nodes)
        {
            var count = counts.GetValueOrDefault(node.Id, OrganizationMemberCount.None);
            node.MemberCount = count.Total;
            node.WarningCount = rules.Warnings(node.Type, count, terms[node.Id].ToList()).Count;
            // A secretary's own organisation has its parent outside the reach: it is a root of what they see.
            if (node.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent))
            {
                parent.Children.Add(node);
            }
            else
            {
                roots.Add(node);
            }
        }

        return roots;
    }

    public async Task<PagedResultDto<OrganizationDto>> GetListAsync(
        GetOrganizationListInput input, CancellationToken cancellationToken = default)
    {
        var query = await reach.ReachableAsync(db.Organizations.AsNoTracking(), cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(o => o.Name.Contains(filter)
                || (o.ShortName != null && o.ShortName.Contains(filter))
                || (o.Code != null && o.Code.Contains(filter)));
        }

        if (input.ParentId is { } parentId)
        {
            query = query.Where(o => o.ParentId == parentId);
        }

        if (input.Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }

        if (input.CategoryId is { } categoryId)
        {
            query = query.Where(o => o.CategoryId == categoryId);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var page = await query.OrderBySorting(
                input.Sorting, o => o.Path,
                nameof(Organization.Path), nameof(Organization.Name), nameof(Organization.ShortName), nameof(Organization.Code),
                nameof(Organization.Type), nameof(Organization.SortOrder), nameof(Organization.EstablishedOn),
                nameof(Organization.JoinedOn), nameof(Organization.LeftOn), nameof(Organization.CreationTime))
            .Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        var categoryNames = await db.OrganizationCategories.AsNoTracking()
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return new PagedResultDto<OrganizationDto>(
            total,
            page.ConvertAll(o => Fill(new OrganizationDto(), o, o.CategoryId is { } id ? categoryNames.GetValueOrDefault(id) : null)));
    }

    public async Task<OrganizationDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await DetailAsync(await reach.GetWithinReachAsync(id, track: false, cancellationToken), cancellationToken);

    public async Task<OrganizationDetailDto> CreateAsync(CreateOrganizationDto input, CancellationToken cancellationToken = default)
    {
        if (input.ParentId is { } parentId)
        {
            await reach.GetWithinReachAsync(parentId, track: true, cancellationToken);
        }
        else
        {
            await EnsureWholeCommitteeAsync(cancellationToken);
        }

        await EnsureCategoryExistsAsync(input.CategoryId, cancellationToken);
        var organization = await manager.CreateAsync(input.ParentId, input.Type, input.Name.Trim(), cancellationToken);
        Apply(organization, input);
        OrganizationManager.EnsureDatesConsistent(organization);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailAsync(organization, cancellationToken);
    }

    public async Task<OrganizationDetailDto> UpdateAsync(
        Guid id, UpdateOrganizationDto input, CancellationToken cancellationToken = default)
    {
        var organization = await reach.GetWithinReachAsync(id, track: true, cancellationToken);
        db.SetOriginalConcurrencyStamp(organization, input.ConcurrencyStamp);
        await EnsureCategoryExistsAsync(input.CategoryId, cancellationToken);
        organization.Name = input.Name.Trim();
        await manager.ChangeTypeAsync(organization, input.Type, cancellationToken);
        Apply(organization, input);
        OrganizationManager.EnsureDatesConsistent(organization);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailAsync(organization, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var organization = await reach.GetWithinReachAsync(id, track: true, cancellationToken);
        await manager.DeleteAsync(organization, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<OrganizationDetailDto> MoveAsync(Guid id, MoveOrganizationDto input, CancellationToken cancellationToken = default)
    {
        var organization = await reach.GetWithinReachAsync(id, track: true, cancellationToken);
        if (input.ParentId is { } parentId)
        {
            await reach.GetWithinReachAsync(parentId, track: true, cancellationToken);
        }
        else
        {
            await EnsureWholeCommitteeAsync(cancellationToken);
        }

        db.SetOriginalConcurrencyStamp(organization, input.ConcurrencyStamp);
        await manager.MoveAsync(organization, input.ParentId, cancellationToken);
        return await DetailAsync(organization, cancellationToken);
    }

    public async Task SetBrandLogoAsync(Guid id, byte[] content, CancellationToken cancellationToken = default)
    {
        var organization = await reach.GetWithinReachAsync(id, track: true, cancellationToken);
        var contentType = content.Length <= OrganizationConsts.MaxLogoBytes ? FileSignature.PhotoTypeOf(content) : null;
        if (contentType is null)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.InvalidImage, 400, OrganizationConsts.MaxLogoBytes / 1024);
        }

        if (await db.OrganizationLogos.FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } logo)
        {
            logo.ContentType = contentType;
            logo.Content = content;
        }
        else
        {
            db.OrganizationLogos.Add(new OrganizationLogo(id, contentType, content));
        }

        organization.HasBrandLogo = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<OrganizationLogoDto> GetBrandLogoAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await reach.GetWithinReachAsync(id, track: false, cancellationToken);
        return await db.OrganizationLogos.AsNoTracking().Where(l => l.Id == id)
                .Select(l => new OrganizationLogoDto(l.ContentType, l.Content)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(nameof(OrganizationLogo), id);
    }

    public async Task DeleteBrandLogoAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var organization = await reach.GetWithinReachAsync(id, track: true, cancellationToken);
        if (await db.OrganizationLogos.FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } logo)
        {
            db.OrganizationLogos.Remove(logo);
        }

        organization.HasBrandLogo = false;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CommitteeTermDto>> GetTermsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await reach.GetWithinReachAsync(id, track: false, cancellationToken);
        var rules = await ruleLoader.LoadAsync(cancellationToken);
        return (await TermsOfAsync(id, cancellationToken)).ConvertAll(t => ToDto(t, rules));
    }

    public async Task<CommitteeTermDto> CreateTermAsync(Guid id, CommitteeTermInput input, CancellationToken cancellationToken = default)
    {
        var organization = await reach.GetWithinReachAsync(id, track: false, cancellationToken);
        var term = new CommitteeTerm(Guid.CreateVersion7(), organization.Id, input.StartsOn, input.StartsOn);
        var rules = await ruleLoader.LoadAsync(cancellationToken);
        await ApplyAsync(term, input, organization, rules, cancellationToken);
        db.CommitteeTerms.Add(term);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(term, rules);
    }

    public async Task<CommitteeTermDto> UpdateTermAsync(
        Guid id, Guid termId, UpdateCommitteeTermInput input, CancellationToken cancellationToken = default)
    {
        var organization = await reach.GetWithinReachAsync(id, track: false, cancellationToken);
        var term = await FindTermAsync(id, termId, cancellationToken);
        db.SetOriginalConcurrencyStamp(term, input.ConcurrencyStamp);
        var rules = await ruleLoader.LoadAsync(cancellationToken);
        await ApplyAsync(term, input, organization, rules, cancellationToken);
        // EF takes an entity reached through a navigation with its key already set for an existing row.
        foreach (var member in term.Members)
        {
            db.Entry(member).State = EntityState.Added;
        }

        // Changing only the members leaves the term's own row untouched; marking it keeps the stamp check and renewal.
        db.Entry(term).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(term, rules);
    }

    public async Task DeleteTermAsync(Guid id, Guid termId, CancellationToken cancellationToken = default)
    {
        await reach.GetWithinReachAsync(id, track: false, cancellationToken);
        db.CommitteeTerms.Remove(await FindTermAsync(id, termId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<OrganizationDetailDto> DetailAsync(Organization organization, CancellationToken cancellationToken)
    {
        var parentName = organization.ParentId is { } parentId
            ? await db.Organizations.Where(o => o.Id == parentId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var categoryName = organization.CategoryId is { } categoryId
            ? await db.OrganizationCategories.Where(c => c.Id == categoryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var count = (await memberCounter.CountAsync([organization.Id], cancellationToken))
            .GetValueOrDefault(organization.Id, OrganizationMemberCount.None);
        var terms = await TermsOfAsync(organization.Id, cancellationToken);
        var rules = await ruleLoader.LoadAsync(cancellationToken);
        var spans = terms.ConvertAll(t => new TermSpan(t.StartsOn, t.EndsOn));
        // Terms come newest first, so the first running one is the one rules.Warnings treats as current.
        var current = terms.FirstOrDefault(t => rules.IsRunning(new TermSpan(t.StartsOn, t.EndsOn)));

        var detail = Fill(new OrganizationDetailDto(), organization, categoryName);
        detail.ParentName = parentName;
        detail.MemberCounts = new OrganizationMemberCountsDto(count.FullMembers, count.ProbationaryMembers, count.Others);
        detail.CurrentTerm = current is null ? null : ToDto(current, rules);
        detail.Warnings = [.. rules.Warnings(organization.Type, count, spans)];
        return detail;
    }

    private Task<List<CommitteeTerm>> TermsOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        db.CommitteeTerms.AsNoTracking().Include(t => t.Members)
            .Where(t => t.OrganizationId == organizationId)
            .OrderByDescending(t => t.StartsOn).ThenByDescending(t => t.CreationTime)
            .ToListAsync(cancellationToken);

    private async Task<CommitteeTerm> FindTermAsync(Guid organizationId, Guid termId, CancellationToken cancellationToken) =>
        await db.CommitteeTerms.Include(t => t.Members)
            .FirstOrDefaultAsync(t => t.Id == termId && t.OrganizationId == organizationId, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(CommitteeTerm), termId);

    private async Task ApplyAsync(
        CommitteeTerm term, CommitteeTermInput input, Organization organization, OrganizationRules rules, CancellationToken cancellationToken)
    {
        var kind = organization.CategoryId is { } categoryId
            ? await db.OrganizationCategories.Where(c => c.Id == categoryId).Select(c => (UnitKind?)c.Kind).FirstOrDefaultAsync(cancellationToken)
            : null;
        term.StartsOn = input.StartsOn;
        term.EndsOn = input.EndsOn ?? input.StartsOn.AddYears(rules.TermYearsFor(kind));
        OrganizationManager.EnsureNotBefore(term.EndsOn, term.StartsOn, OrganizationFieldNames.TermEndsOn, OrganizationFieldNames.TermStartsOn);
        term.Notes = input.Notes?.Trim();
        foreach (var memberId in input.Members.Select(m => m.MemberId).OfType<Guid>().Distinct())
        {
            if (!await memberLookup.ExistsAsync(memberId, cancellationToken))
            {
                throw new BusinessException(PartyBuildingErrorCodes.Organizations.UnknownMember, 400, memberId);
            }
        }

        term.ReplaceMembers(input.Members.Select((m, index) =>
            new CommitteeMember(Guid.CreateVersion7(), m.Post, m.Name.Trim(), m.MemberId, m.PostTitle?.Trim(), index)));
    }

    private async Task EnsureWholeCommitteeAsync(CancellationToken cancellationToken)
    {
        if (!(await reach.GetAsync(cancellationToken)).IsWholeCommittee)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.OutsideReach, 403);
        }
    }

    private async Task EnsureCategoryExistsAsync(Guid? categoryId, CancellationToken cancellationToken)
    {
        if (categoryId is { } id && !await db.OrganizationCategories.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.UnknownCategory, 400, id);
        }
    }

    internal static void Apply(Organization organization, OrganizationData input)
    {
        organization.CategoryId = input.CategoryId;
        organization.ShortName = InputText.TrimmedOrNull(input.ShortName);
        organization.Code = InputText.TrimmedOrNull(input.Code);
        organization.UnitName = InputText.TrimmedOrNull(input.UnitName);
        organization.EstablishedOn = input.EstablishedOn;
        organization.JoinedOn = input.JoinedOn;
        organization.LeftOn = input.LeftOn;
        organization.EndsOn = input.EndsOn;
        organization.SortOrder = input.SortOrder;
        organization.BrandName = InputText.TrimmedOrNull(input.BrandName);
        organization.BrandSlogan = InputText.TrimmedOrNull(input.BrandSlogan);
        organization.BrandDescription = InputText.TrimmedOrNull(input.BrandDescription);
    }

    private static T Fill<T>(T dto, Organization organization, string? categoryName)
        where T : OrganizationDto
    {
        dto.Id = organization.Id;
        dto.ParentId = organization.ParentId;
        dto.Path = organization.Path;
        dto.Depth = organization.Depth;
        dto.Type = organization.Type;
        dto.CategoryId = organization.CategoryId;
        dto.CategoryName = categoryName;
        dto.Name = organization.Name;
        dto.ShortName = organization.ShortName;
        dto.Code = organization.Code;
        dto.UnitName = organization.UnitName;
        dto.EstablishedOn = organization.EstablishedOn;
        dto.JoinedOn = organization.JoinedOn;
        dto.LeftOn = organization.LeftOn;
        dto.EndsOn = organization.EndsOn;
        dto.SortOrder = organization.SortOrder;
        dto.BrandName = organization.BrandName;
        dto.BrandSlogan = organization.BrandSlogan;
        dto.BrandDescription = organization.BrandDescription;
        dto.HasBrandLogo = organization.HasBrandLogo;
        dto.ConcurrencyStamp = organization.ConcurrencyStamp;
        return dto;
    }

    private static CommitteeTermDto ToDto(CommitteeTerm term, OrganizationRules rules) => new()
    {
        Id = term.Id,
        OrganizationId = term.OrganizationId,
        StartsOn = term.StartsOn,
        EndsOn = term.EndsOn,
        Notes = term.Notes,
        Members = [.. term.Members.OrderBy(m => m.SortOrder).Select(m => new CommitteeMemberDto
        {
            Post = m.Post, PostTitle = m.PostTitle, Name = m.Name, MemberId = m.MemberId,
        })],
        DaysToEnd = rules.DaysToEnd(term.EndsOn),
        ConcurrencyStamp = term.ConcurrencyStamp,
    };
}
