using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Organizations;

namespace PartyBuilding.Inspections;

/// <summary>
/// The daily inspection's findings within the caller's reach: officers read the committee's list, a branch
/// secretary the findings of their own subtree, which the console shows as reminders.
/// </summary>
public sealed class InspectionAppService(
    IInspectionsDbContext db,
    IOrganizationLookup organizations,
    TextLocalizer localizer) : IInspectionAppService
{
    public async Task<PagedResultDto<InspectionFindingDto>> GetListAsync(
        GetInspectionFindingsInput input, CancellationToken cancellationToken = default)
    {
        var names = (await organizations.GetSubtreeWithinReachAsync(input.OrganizationId, cancellationToken))
            .ToDictionary(o => o.Id, o => o.Name);
        var ids = names.Keys.ToArray();
        var findings = db.InspectionFindings.AsNoTracking().Where(f => ids.Contains(f.OrganizationId));
        var day = input.Date ?? await findings.MaxAsync(f => (DateOnly?)f.FoundOn, cancellationToken);
        if (day is null)
        {
            return new PagedResultDto<InspectionFindingDto>(0, []);
        }

        findings = findings.Where(f => f.FoundOn == day);
        if (input.Kind is { } kind)
        {
            findings = findings.Where(f => f.Kind == kind);
        }

        var total = await findings.LongCountAsync(cancellationToken);
        var page = await Ordered(findings).Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        return new PagedResultDto<InspectionFindingDto>(total, page.ConvertAll(f => ToDto(f, names)));
    }

    public async Task<IReadOnlyList<InspectionFindingDto>> GetRemindersAsync(CancellationToken cancellationToken = default) =>
        (await GetListAsync(new GetInspectionFindingsInput { MaxResultCount = InspectionConsts.MaxReminders }, cancellationToken)).Items;

    /// <summary>Overdue items first, then what falls due soonest.</summary>
    private static IQueryable<InspectionFinding> Ordered(IQueryable<InspectionFinding> findings) =>
        findings.OrderBy(f => f.Kind).ThenBy(f => f.DueOn).ThenBy(f => f.OrganizationId).ThenBy(f => f.ItemKey);

    private InspectionFindingDto ToDto(InspectionFinding finding, IReadOnlyDictionary<Guid, string> names)
    {
        var typeKey = finding.MeetingType is { } type ? $"Enum:MeetingType:{type}" : null;
        return new InspectionFindingDto
        {
            Id = finding.Id,
            FoundOn = finding.FoundOn,
            Kind = finding.Kind,
            OrganizationId = finding.OrganizationId,
            OrganizationName = names[finding.OrganizationId],
            MeetingType = finding.MeetingType,
            PeriodKey = finding.PeriodKey,
            DueOn = finding.DueOn,
            MeetingId = finding.MeetingId,
            Citation = finding.Citation,
            Message = localizer.Format(
                $"Inspections:Finding:{finding.Kind}", [typeKey, finding.PeriodKey, finding.DueOn?.ToString("yyyy-MM-dd")]),
        };
    }
}
