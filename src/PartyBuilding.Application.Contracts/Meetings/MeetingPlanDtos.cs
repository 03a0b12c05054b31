using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Meetings;

public sealed class MeetingSlotDto
{
    public Guid OrganizationId { get; set; }

    public MeetingType MeetingType { get; set; }

    public string PeriodKey { get; set; } = null!;

    public int Sequence { get; set; }

    public DateOnly DueOn { get; set; }

    public Guid RuleId { get; set; }

    public string Citation { get; set; } = null!;

    public MeetingSlotStatus Status { get; set; }

    /// <summary><c>FormedMidPeriod</c>, <c>LeftMidPeriod</c>, or the officer's reason of a stored exemption.</summary>
    public string? ExemptionReason { get; set; }

    /// <summary><c>FormedMidPeriod</c>, <c>LeftMidPeriod</c> or <c>Exempted</c> (a stored exemption).</summary>
    public string? ExemptionCode { get; set; }

    public Guid? MeetingId { get; set; }

    public DateOnly? MeetingHeldOn { get; set; }
}

public sealed class MeetingPlanDto
{
    public Guid OrganizationId { get; set; }

    public int Year { get; set; }

    public List<MeetingSlotDto> Slots { get; set; } = [];
}

public sealed class GetMeetingPlanInput
{
    public Guid OrganizationId { get; set; }

    /// <summary>Default: the committee's current year.</summary>
    [Range(2000, 2100)]
    public int? Year { get; set; }
}

public sealed class GetComplianceInput
{
    [Required]
    [StringLength(10)]
    public string Period { get; set; } = null!;

    public Guid? OrganizationId { get; set; }
}

public sealed class GetComplianceSummaryInput
{
    [Range(2000, 2100)]
    public int? Year { get; set; }

    public Guid? OrganizationId { get; set; }
}

public sealed class GetComplianceMatrixInput
{
    [Range(2000, 2100)]
    public int? Year { get; set; }

    [EnumDataType(typeof(PeriodKind))]
    public PeriodKind PeriodKind { get; set; } = PeriodKind.Month;

    public Guid? OrganizationId { get; set; }
}

public sealed record MissingMeetingDto(MeetingType MeetingType, string PeriodKey, DateOnly DueOn, bool Overdue, string Citation);

public sealed record ComplianceExemptionDto(MeetingType MeetingType, string ReasonCode, string Reason);

public sealed class OrganizationComplianceDto
{
    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public int Required { get; set; }

    /// <summary>Submitted meetings of the organisation held in the period.</summary>
    public int Held { get; set; }

    public int Fulfilled { get; set; }

    public int Missing { get; set; }

    public int Overdue { get; set; }

    public int Exempt { get; set; }

    /// <summary>Fulfilled ÷ required (0 to 1); null when nothing is required.</summary>
    public double? CompletionRate { get; set; }

    public List<MissingMeetingDto> MissingItems { get; set; } = [];

    public List<ComplianceExemptionDto> Exemptions { get; set; } = [];
}

public sealed record ComplianceTotalsDto(int Required, int Fulfilled, int Missing, int Overdue, double? CompletionRate);

public sealed class ComplianceReportDto
{
    public string Period { get; set; } = null!;

    public List<OrganizationComplianceDto> Organizations { get; set; } = [];

    public ComplianceTotalsDto Totals { get; set; } = null!;
}

public sealed record ComplianceByMonthDto(string Period, int Required, int Fulfilled, double? CompletionRate);

public sealed record ComplianceByTypeDto(MeetingType MeetingType, int Required, int Fulfilled, double? CompletionRate);

public sealed record ComplianceRankDto(Guid OrganizationId, string OrganizationName, double? CompletionRate, int Overdue);

public sealed class ComplianceSummaryDto
{
    public int Year { get; set; }

    /// <summary>Slots by the month they are due in.</summary>
    public List<ComplianceByMonthDto> ByMonth { get; set; } = [];

    public List<ComplianceByTypeDto> ByType { get; set; } = [];

    /// <summary>Organisations that fulfilled everything they owed (100 %).</summary>
    public List<ComplianceRankDto> RedList { get; set; } = [];

    /// <summary>The lowest completion, organisations with overdue slots first, at most 10.</summary>
    public List<ComplianceRankDto> BlackList { get; set; } = [];
}

public sealed record ComplianceCellDto(string PeriodKey, MeetingType MeetingType, int Required, int Fulfilled, int Overdue, int Exempt);

public sealed class ComplianceMatrixRowDto
{
    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public int Depth { get; set; }

    public List<ComplianceCellDto> Cells { get; set; } = [];
}

public sealed class ComplianceMatrixDto
{
    public List<string> Periods { get; set; } = [];

    public List<MeetingType> Types { get; set; } = [];

    public List<ComplianceMatrixRowDto> Rows { get; set; } = [];
}

public enum CalendarEntryKind
{
    /// <summary>A meeting recorded (draft or submitted).</summary>
    Meeting = 1,

    /// <summary>A planned slot's due date.</summary>
    Due = 2,
}

public sealed class CalendarEntryDto
{
    public CalendarEntryKind Kind { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    /// <summary>The committee-local day: the meeting's date or the slot's due date.</summary>
    public DateOnly Date { get; set; }

    public DateTime? StartsAt { get; set; }

    public DateTime? EndsAt { get; set; }

    public List<MeetingType> Types { get; set; } = [];

    public string Title { get; set; } = null!;

    public string? Place { get; set; }

    public Guid? MeetingId { get; set; }

    public MeetingStatus? MeetingStatus { get; set; }

    public string? PeriodKey { get; set; }

    public MeetingSlotStatus? SlotStatus { get; set; }
}

public sealed class GetCalendarInput
{
    public Guid? OrganizationId { get; set; }

    /// <summary>Committee-local dates, both included; default: the current month.</summary>
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed record CalendarFeedDto(string Url);

public interface IMeetingPlanAppService
{
    Task<MeetingPlanDto> GetPlanAsync(GetMeetingPlanInput input, CancellationToken cancellationToken = default);

    Task<ComplianceReportDto> GetComplianceAsync(GetComplianceInput input, CancellationToken cancellationToken = default);

    Task<ComplianceSummaryDto> GetSummaryAsync(GetComplianceSummaryInput input, CancellationToken cancellationToken = default);

    Task<ComplianceMatrixDto> GetMatrixAsync(GetComplianceMatrixInput input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CalendarEntryDto>> GetCalendarAsync(GetCalendarInput input, CancellationToken cancellationToken = default);

    /// <summary>A signed feed URL for the current user and an organisation in their reach.</summary>
    Task<CalendarFeedDto> GetCalendarFeedAsync(Guid organizationId, CancellationToken cancellationToken = default);

    /// <summary>The iCalendar text of the organisation's meetings and open due dates, as the current user may see them.</summary>
    Task<string> GetCalendarFileAsync(Guid organizationId, CancellationToken cancellationToken = default);
}

/// <summary>A submitted meeting that lacks part of its record (for the daily inspection's findings).</summary>
public sealed record IncompleteMeetingDto(
    Guid MeetingId, Guid OrganizationId, DateOnly HeldOn, IReadOnlyList<MeetingType> Types, bool LacksAttendees, bool LacksMinutes);

/// <summary>
/// The plan computation for other use cases (the daily inspection): no reach is applied, the caller names the
/// organisations; slots are those of periods whose last day lies in [from, to].
/// </summary>
public interface IMeetingPlanService
{
    Task<IReadOnlyList<MeetingSlotDto>> GetSlotsAsync(
        IReadOnlyCollection<Guid> organizationIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Submitted meetings held in [from, to] without attendees or without minutes.</summary>
    Task<IReadOnlyList<IncompleteMeetingDto>> GetIncompleteMeetingsAsync(
        IReadOnlyCollection<Guid> organizationIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
