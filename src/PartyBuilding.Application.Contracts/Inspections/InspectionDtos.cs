using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Meetings;

namespace PartyBuilding.Inspections;

public sealed class InspectionFindingDto
{
    public Guid Id { get; set; }

    public DateOnly FoundOn { get; set; }

    public InspectionFindingKind Kind { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public MeetingType? MeetingType { get; set; }

    public string? PeriodKey { get; set; }

    public DateOnly? DueOn { get; set; }

    public Guid? MeetingId { get; set; }

    public string? Citation { get; set; }

    /// <summary>The finding as a sentence in the caller's language, e.g. 「支部委员会会议 2026-10 已逾期…」.</summary>
    public string Message { get; set; } = null!;
}

public sealed class GetInspectionFindingsInput : PagedResultRequestDto
{
    /// <summary>Default: the latest day with an inspection.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The organisation and its subtree; default: the caller's whole reach.</summary>
    public Guid? OrganizationId { get; set; }

    [EnumDataType(typeof(InspectionFindingKind))]
    public InspectionFindingKind? Kind { get; set; }
}

public interface IInspectionAppService
{
    Task<PagedResultDto<InspectionFindingDto>> GetListAsync(GetInspectionFindingsInput input, CancellationToken cancellationToken = default);

    /// <summary>The latest inspection's findings within the caller's reach: a branch secretary's reminders.</summary>
    Task<IReadOnlyList<InspectionFindingDto>> GetRemindersAsync(CancellationToken cancellationToken = default);
}
