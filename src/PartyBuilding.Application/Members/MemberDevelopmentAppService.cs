using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Framework.Settings;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Members;

/// <summary>The development pipeline (发展党员): stage transitions, the board and the due list.</summary>
public sealed class MemberDevelopmentAppService(
    IServiceProvider services,
    IMembersDbContext db,
    MemberReach reach,
    CommitteeCalendar calendar,
    ISettingProvider settings,
    TextLocalizer localizer) : ApplicationService(services), IMemberDevelopmentAppService
{
    public async Task<MemberDevelopmentDto> TransitionAsync(
        Guid memberId, StageTransitionInput input, CancellationToken cancellationToken = default)
    {
        var member = await reach.GetMemberAsync(memberId, cancellationToken);
        if (input.ConcurrencyStamp is { } stamp)
        {
            db.SetOriginalConcurrencyStamp(member, stamp);
        }

        var policy = await PolicyAsync(cancellationToken);
        var step = new DevelopmentStep(
            input.Action!.Value, input.EffectiveOn!.Value, input.DecidingMeeting, input.DecidingMeetingOn, input.Reason,
            input.ExtensionMonths);
        var history = policy.Apply(member, step, await calendar.TodayAsync(cancellationToken));
        db.MemberHistory.AddRange(history);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(member);
    }

    public async Task<DevelopmentBoardDto> GetBoardAsync(GetDevelopmentBoardInput input, CancellationToken cancellationToken = default)
    {
        var policy = await PolicyAsync(cancellationToken);
        var active = await ActiveInReachAsync(input.OrganizationId, cancellationToken);
        var counts = await active.GroupBy(x => x.Member.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Stage, x => x.Count, cancellationToken);

        var columns = new List<DevelopmentColumnDto>();
        foreach (var stage in Enum.GetValues<MemberStage>())
        {
            // Longest waiting first: the cards a branch should look at before the others.
            var cards = counts.GetValueOrDefault(stage) == 0
                ? []
                : await active.Where(x => x.Member.Stage == stage)
                    .OrderBy(SinceOf(stage)).ThenBy(x => x.Member.Name)
                    .Take(DevelopmentColumnDto.MaxCards)
                    .ToListAsync(cancellationToken);
            columns.Add(new DevelopmentColumnDto
            {
                Stage = stage,
                Count = counts.GetValueOrDefault(stage),
                Members = cards.Select(x => new DevelopmentCardDto
                {
                    Id = x.Member.Id,
                    Name = x.Member.Name,
                    OrganizationName = x.OrganizationName,
                    Stage = stage,
                    Since = MemberDevelopmentPolicy.StageSince(x.Member),
                    NextStepOn = policy.NextStepOn(x.Member),
                }).ToList(),
            });
        }

        return new DevelopmentBoardDto { Columns = columns };
    }

    public async Task<IReadOnlyList<DueItemDto>> GetDueListAsync(GetDueListInput input, CancellationToken cancellationToken = default)
    {
        var policy = await PolicyAsync(cancellationToken);
        var today = await calendar.TodayAsync(cancellationToken);
        var active = await ActiveInReachAsync(input.OrganizationId, cancellationToken);
        // Candidates wait for no timer and full members are done: only these stages can have work due.
        var pipeline = await active
            .Where(x => x.Member.Stage == MemberStage.Applicant || x.Member.Stage == MemberStage.Activist
                || x.Member.Stage == MemberStage.Probationary)
            .ToListAsync(cancellationToken);

        return pipeline
            .SelectMany(x => policy.DueItems(x.Member, today, input.WithinDays).Select(item => new DueItemDto
            {
                MemberId = x.Member.Id,
                Name = x.Member.Name,
                OrganizationName = x.OrganizationName,
                Kind = item.Kind,
                DueOn = item.DueOn,
                Overdue = item.Overdue,
                Rule = localizer.Get(item.RuleKey),
            }))
            .OrderByDescending(x => x.Overdue).ThenBy(x => x.DueOn).ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<MemberDevelopmentPolicy> PolicyAsync(CancellationToken cancellationToken) =>
        new(await settings.GetIntAsync(MemberSettings.ApplicationToActivistMinMonths, cancellationToken));

    private async Task<IQueryable<MemberInOrganization>> ActiveInReachAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var organizations = await reach.OrganizationsAsync(organizationId, cancellationToken);
        return from m in db.Members.AsNoTracking()
               join o in organizations on m.OrganizationId equals o.Id
               where m.Status == MemberStatus.Active
               select new MemberInOrganization { Member = m, OrganizationName = o.Name };
    }

    private static Expression<Func<MemberInOrganization, DateOnly?>> SinceOf(MemberStage stage) => stage switch
    {
        MemberStage.Applicant => x => x.Member.AppliedOn,
        MemberStage.Activist => x => x.Member.ActivistOn,
        MemberStage.Candidate => x => x.Member.CandidateOn,
        MemberStage.Probationary => x => x.Member.AdmittedOn,
        _ => x => x.Member.FullMembershipOn,
    };

    private static MemberDevelopmentDto ToDto(Member member) => new()
    {
        Id = member.Id,
        Name = member.Name,
        Stage = member.Stage,
        Status = member.Status,
        AppliedOn = member.AppliedOn,
        TalkedOn = member.TalkedOn,
        ActivistOn = member.ActivistOn,
        CandidateOn = member.CandidateOn,
        AdmittedOn = member.AdmittedOn,
        ProbationEndsOn = member.ProbationEndsOn,
        ProbationExtended = member.ProbationExtended,
        FullMembershipOn = member.FullMembershipOn,
        ConcurrencyStamp = member.ConcurrencyStamp,
    };

    private sealed class MemberInOrganization
    {
        public Member Member { get; init; } = null!;

        public string OrganizationName { get; init; } = null!;
    }
}
