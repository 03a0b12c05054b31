using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>Plans, compliance reports and the calendar of the organisations in the caller's reach.</summary>
public sealed class MeetingPlanAppService(
    IServiceProvider services,
    IMeetingsDbContext db,
    IOrganizationLookup organizations,
    MeetingPlanService planService,
    CommitteeCalendar calendar,
    MeetingCalendarFeed feed,
    TextLocalizer localizer) : ApplicationService(services), IMeetingPlanAppService
{
    private const int BlackListSize = 10;

    public async Task<MeetingPlanDto> GetPlanAsync(GetMeetingPlanInput input, CancellationToken cancellationToken = default)
    {
        var organization = await organizations.GetWithinReachAsync(input.OrganizationId, cancellationToken);
        var year = input.Year ?? (await calendar.TodayAsync(cancellationToken)).Year;
        var slots = await planService.PlanAsync([organization], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        return new MeetingPlanDto
        {
            OrganizationId = organization.Id,
            Year = year,
            Slots = slots.OrderBy(s => s.Requirement.DueOn).ThenBy(s => s.Requirement.Period.Kind)
                .ThenBy(s => s.Requirement.MeetingType).ThenBy(s => s.Requirement.Sequence)
                .Select(MeetingPlanService.ToDto).ToList(),
        };
    }

    public async Task<ComplianceReportDto> GetComplianceAsync(GetComplianceInput input, CancellationToken cancellationToken = default)
    {
        var period = Period.ParseCounting(input.Period, PartyBuildingErrorCodes.Meetings.InvalidPeriod);
        var last = period.EndExclusive.AddDays(-1);
        var subtree = await organizations.GetSubtreeWithinReachAsync(input.OrganizationId, cancellationToken);
        // The report covers the periods inside the asked one: a month's report leaves out its quarter and year.
        var slots = (await planService.PlanAsync(subtree, period.Start, last, cancellationToken))
            .Where(s => s.Requirement.Period.Start >= period.Start)
            .ToLookup(s => s.OrganizationId);
        var ids = subtree.Select(o => o.Id).ToArray();
        var held = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Submitted && ids.Contains(m.OrganizationId) && m.HeldOn >= period.Start && m.HeldOn <= last)
            .GroupBy(m => m.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OrganizationId, g => g.Count, cancellationToken);

        var rows = subtree
            .Where(o => slots[o.Id].Any() || held.ContainsKey(o.Id))
            .Select(o => ComplianceOf(o, slots[o.Id].ToList(), held.GetValueOrDefault(o.Id)))
            .ToList();
        var required = rows.Sum(r => r.Required);
        var fulfilled = rows.Sum(r => r.Fulfilled);
        return new ComplianceReportDto
        {
            Period = period.Key,
            Organizations = rows,
            Totals = new ComplianceTotalsDto(required, fulfilled, rows.Sum(r => r.Missing), rows.Sum(r => r.Overdue), Rate(fulfilled, required)),
        };
    }

    public async Task<ComplianceSummaryDto> GetSummaryAsync(GetComplianceSummaryInput input, CancellationToken cancellationToken = default)
    {
        var year = input.Year ?? (await calendar.TodayAsync(cancellationToken)).Year;
        var subtree = await organizations.GetSubtreeWithinReachAsync(input.OrganizationId, cancellationToken);
        var slots = await planService.PlanAsync(subtree, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        var owed = slots.Where(s => s.Status != MeetingSlotStatus.Exempt).ToList();
        var owedBy = owed.ToLookup(s => s.OrganizationId);

        var byOrganization = subtree
            .Select(o => (Organization: o, Slots: owedBy[o.Id].ToList()))
            .Where(x => x.Slots.Count > 0)
            .Select(x => new ComplianceRankDto(
                x.Organization.Id, x.Organization.Name, Rate(Fulfilled(x.Slots), x.Slots.Count),
                x.Slots.Count(s => s.Status == MeetingSlotStatus.Overdue)))
            .ToList();
        return new ComplianceSummaryDto
        {
            Year = year,
            ByMonth = Enumerable.Range(1, 12).Select(month =>
            {
                var due = owed.Where(s => s.Requirement.DueOn.Month == month).ToList();
                return new ComplianceByMonthDto(
                    new Period(PeriodKind.Month, new DateOnly(year, month, 1)).Key, due.Count, Fulfilled(due), Rate(Fulfilled(due), due.Count));
            }).ToList(),
            ByType = owed.GroupBy(s => s.Requirement.MeetingType).OrderBy(g => g.Key)
                .Select(g => new ComplianceByTypeDto(g.Key, g.Count(), Fulfilled(g), Rate(Fulfilled(g), g.Count())))
                .ToList(),
            RedList = byOrganization.Where(o => o.CompletionRate == 1).ToList(),
            BlackList = byOrganization.Where(o => o.CompletionRate < 1)
                .OrderByDescending(o => o.Overdue > 0).ThenBy(o => o.CompletionRate).ThenByDescending(o => o.Overdue)
                .Take(BlackListSize).ToList(),
        };
    }

    public async Task<ComplianceMatrixDto> GetMatrixAsync(GetComplianceMatrixInput input, CancellationToken cancellationToken = default)
    {
        if (!MeetingPlanner.RuleKinds.Contains(input.PeriodKind))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Meetings.InvalidPeriod, 400, input.PeriodKind);
        }

        var year = input.Year ?? (await calendar.TodayAsync(cancellationToken)).Year;
        var subtree = await organizations.GetSubtreeWithinReachAsync(input.OrganizationId, cancellationToken);
        var slots = await planService.PlanAsync(subtree, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        var byOrganization = slots.ToLookup(s => s.OrganizationId);
        // A coarser slot sits in the column of the period it is due in (the year's in December or Q4).
        string Column(PlannedSlot slot) => Period.Containing(input.PeriodKind, slot.Requirement.DueOn).Key;

        return new ComplianceMatrixDto
        {
            Periods = MeetingPlanner.PeriodsEndingIn(input.PeriodKind, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
                .Select(p => p.Key).ToList(),
            Types = slots.Select(s => s.Requirement.MeetingType).Distinct().Order().ToList(),
            Rows = subtree.Where(o => byOrganization[o.Id].Any()).Select(o => new ComplianceMatrixRowDto
            {
                OrganizationId = o.Id,
                OrganizationName = o.Name,
                Depth = o.Depth,
                Cells = byOrganization[o.Id]
                    .GroupBy(s => (Period: Column(s), s.Requirement.MeetingType))
                    .OrderBy(g => g.Key.Period, StringComparer.Ordinal).ThenBy(g => g.Key.MeetingType)
                    .Select(g => new ComplianceCellDto(
                        g.Key.Period, g.Key.MeetingType,
                        g.Count(s => s.Status != MeetingSlotStatus.Exempt), Fulfilled(g),
                        g.Count(s => s.Status == MeetingSlotStatus.Overdue), g.Count(s => s.Status == MeetingSlotStatus.Exempt)))
                    .ToList(),
            }).ToList(),
        };
    }

    public async Task<IReadOnlyList<CalendarEntryDto>> GetCalendarAsync(GetCalendarInput input, CancellationToken cancellationToken = default)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        var month = Period.Containing(PeriodKind.Month, today);
        var from = input.From ?? month.Start;
        var to = input.To ?? month.EndExclusive.AddDays(-1);
        if (to < from || to.DayNumber - from.DayNumber > MeetingConsts.MaxCalendarDays)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Meetings.InvalidDateRange, 400, MeetingConsts.MaxCalendarDays);
        }

        return await CalendarEntriesAsync(input.OrganizationId, from, to, cancellationToken);
    }

    /// <summary>Meetings held in [from, to] (drafts too) and the due dates of the slots of periods ending in it.</summary>
    public async Task<IReadOnlyList<CalendarEntryDto>> CalendarEntriesAsync(
        Guid? organizationId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var subtree = await organizations.GetSubtreeWithinReachAsync(organizationId, cancellationToken);
        var names = subtree.ToDictionary(o => o.Id, o => o.Name);
        var ids = names.Keys.ToArray();
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.OrganizationId) && m.HeldOn >= from && m.HeldOn <= to)
            .OrderBy(m => m.StartsAt)
            .Select(m => new
            {
                m.Id, m.OrganizationId, m.HeldOn, m.StartsAt, m.EndsAt, m.Topic, m.Place, m.Status,
                Types = m.Types.Select(t => t.Type).ToList(),
            })
            .ToListAsync(cancellationToken);
        var slots = await planService.PlanAsync(subtree, from, to, cancellationToken);

        var entries = meetings.Select(m => new CalendarEntryDto
        {
            Kind = CalendarEntryKind.Meeting,
            OrganizationId = m.OrganizationId,
            OrganizationName = names[m.OrganizationId],
            Date = m.HeldOn,
            StartsAt = m.StartsAt,
            EndsAt = m.EndsAt,
            Types = [.. m.Types.Order()],
            Title = m.Topic ?? TypeNames(m.Types),
            Place = m.Place,
            MeetingId = m.Id,
            MeetingStatus = m.Status,
        }).Concat(slots.Where(s => s.Status != MeetingSlotStatus.Exempt).Select(s => new CalendarEntryDto
        {
            Kind = CalendarEntryKind.Due,
            OrganizationId = s.OrganizationId,
            OrganizationName = names[s.OrganizationId],
            Date = s.Requirement.DueOn,
            Types = [s.Requirement.MeetingType],
            Title = localizer.Get("Meetings:Calendar:Due", TypeNames([s.Requirement.MeetingType]), s.Requirement.Period.Key),
            MeetingId = s.MeetingId,
            PeriodKey = s.Requirement.Period.Key,
            SlotStatus = s.Status,
        }));
        return entries.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.StartsAt).ThenBy(e => e.OrganizationName, StringComparer.Ordinal)
            .ToList();
    }

    public Task<CalendarFeedDto> GetCalendarFeedAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        feed.CreateAsync(organizationId, cancellationToken);

    /// <summary>
    /// The iCalendar file of the organisation's subtree: its meetings of last year and this year, and an all-day
    /// event on each due date still open.
    /// </summary>
    public async Task<string> GetCalendarFileAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var organization = await organizations.GetWithinReachAsync(organizationId, cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);
        var entries = await CalendarEntriesAsync(
            organization.Id, new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year, 12, 31), cancellationToken);
        var stamp = ICalendarWriter.UtcStamp(Clock.GetUtcNow().UtcDateTime);
        var ics = new ICalendarWriter()
            .Raw("BEGIN:VCALENDAR")
            .Raw("VERSION:2.0")
            .Raw("PRODID:-//PartyBuilding//Meetings//ZH")
            .Raw("CALSCALE:GREGORIAN")
            .Raw("METHOD:PUBLISH")
            .Line("X-WR-CALNAME", organization.Name);
        foreach (var entry in entries)
        {
            if (entry.Kind == CalendarEntryKind.Meeting)
            {
                ics.Raw("BEGIN:VEVENT")
                    .Raw($"UID:meeting-{entry.MeetingId:N}@partybuilding")
                    .Raw("DTSTAMP:" + stamp)
                    .Raw("DTSTART:" + ICalendarWriter.UtcStamp(entry.StartsAt!.Value))
                    .Raw("DTEND:" + ICalendarWriter.UtcStamp(entry.EndsAt!.Value))
                    .Line("SUMMARY", $"{entry.Title}（{entry.OrganizationName}）");
                if (entry.Place is not null)
                {
                    ics.Line("LOCATION", entry.Place);
                }

                ics.Raw("END:VEVENT");
            }
            else if (entry.SlotStatus is MeetingSlotStatus.Open or MeetingSlotStatus.Overdue)
            {
                ics.Raw("BEGIN:VEVENT")
                    .Raw($"UID:due-{entry.OrganizationId:N}-{entry.Types[0]}-{entry.PeriodKey}-{entry.Date:yyyyMMdd}@partybuilding")
                    .Raw("DTSTAMP:" + stamp)
                    .Raw("DTSTART;VALUE=DATE:" + ICalendarWriter.Date(entry.Date))
                    .Raw("DTEND;VALUE=DATE:" + ICalendarWriter.Date(entry.Date.AddDays(1)))
                    .Line("SUMMARY", $"{entry.Title}（{entry.OrganizationName}）")
                    .Raw("TRANSP:TRANSPARENT")
                    .Raw("END:VEVENT");
            }
        }

        return ics.Raw("END:VCALENDAR").ToString();
    }

    public string TypeNames(IEnumerable<MeetingType> types) =>
        string.Join(localizer.Get("Meetings:ListSeparator"), types.Order().Select(t => localizer.Get($"Enum:{nameof(MeetingType)}:{t}")));

    private OrganizationComplianceDto ComplianceOf(OrganizationInfo organization, List<PlannedSlot> slots, int held)
    {
        var owed = slots.Where(s => s.Status != MeetingSlotStatus.Exempt).ToList();
        var missing = owed.Where(s => s.Status is MeetingSlotStatus.Open or MeetingSlotStatus.Overdue).ToList();
        var exempt = slots.Where(s => s.Status == MeetingSlotStatus.Exempt).ToList();
        return new OrganizationComplianceDto
        {
            OrganizationId = organization.Id,
            OrganizationName = organization.Name,
            Required = owed.Count,
            Held = held,
            Fulfilled = Fulfilled(owed),
            Missing = missing.Count,
            Overdue = missing.Count(s => s.Status == MeetingSlotStatus.Overdue),
            Exempt = exempt.Count,
            CompletionRate = Rate(Fulfilled(owed), owed.Count),
            MissingItems = missing.Select(s => new MissingMeetingDto(
                s.Requirement.MeetingType, s.Requirement.Period.Key, s.Requirement.DueOn,
                s.Status == MeetingSlotStatus.Overdue, s.Requirement.Citation)).ToList(),
            Exemptions = exempt
                .Select(s => new ComplianceExemptionDto(s.Requirement.MeetingType, s.ExemptionCode!, ExemptionText(s)))
                .Distinct().ToList(),
        };
    }

    private string ExemptionText(PlannedSlot slot) => slot.ExemptionCode == MeetingExemptionReasons.Exempted
        ? slot.ExemptionReason!
        : localizer.Get("Meetings:Exemption:" + slot.ExemptionCode);

    private static int Fulfilled(IEnumerable<PlannedSlot> slots) => slots.Count(s => s.Status == MeetingSlotStatus.Fulfilled);

    private static double? Rate(int fulfilled, int required) =>
        required == 0 ? null : Math.Round((double)fulfilled / required, 4);
}
