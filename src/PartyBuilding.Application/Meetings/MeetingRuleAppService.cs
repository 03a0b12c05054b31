using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>The committee's requirements (要求规则) and the exemptions officers grant.</summary>
public sealed class MeetingRuleAppService(
    IServiceProvider services,
    IMeetingsDbContext db,
    IOrganizationLookup organizations) : ApplicationService(services), IMeetingRuleAppService
{
    public async Task<IReadOnlyList<MeetingRuleDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        (await db.MeetingRules.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(r => r.MeetingType).ThenBy(r => r.PeriodKind).ThenBy(r => r.CreationTime)
            .Select(ToDto).ToList();

    public async Task<MeetingRuleDto> CreateAsync(MeetingRuleInput input, CancellationToken cancellationToken = default)
    {
        var rule = new MeetingRule(Guid.CreateVersion7(), input.MeetingType, input.PeriodKind, input.RequiredCount, input.Citation.Trim());
        Apply(rule, input);
        db.MeetingRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(rule);
    }

    public async Task<MeetingRuleDto> UpdateAsync(Guid id, UpdateMeetingRuleInput input, CancellationToken cancellationToken = default)
    {
        var rule = await FindRuleAsync(id, cancellationToken);
        db.SetOriginalConcurrencyStamp(rule, input.ConcurrencyStamp);
        Apply(rule, input);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(rule);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        db.MeetingRules.Remove(await FindRuleAsync(id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MeetingRuleDto>> ResetAsync(CancellationToken cancellationToken = default)
    {
        db.MeetingRules.RemoveRange(await db.MeetingRules.ToListAsync(cancellationToken));
        db.MeetingRules.AddRange(MeetingRuleDefaults.Create());
        await db.SaveChangesAsync(cancellationToken);
        return await GetListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MeetingExemptionDto>> GetExemptionsAsync(
        GetMeetingExemptionsInput input, CancellationToken cancellationToken = default)
    {
        var reachable = await organizations.GetSubtreeWithinReachAsync(input.OrganizationId, cancellationToken);
        var names = reachable.ToDictionary(o => o.Id, o => o.Name);
        var ids = names.Keys.ToArray();
        var exemptions = db.MeetingExemptions.AsNoTracking().Where(e => ids.Contains(e.OrganizationId));
        if (input.Period is not null)
        {
            var period = Period.ParseCounting(input.Period, PartyBuildingErrorCodes.Meetings.InvalidPeriod);
            var last = period.EndExclusive.AddDays(-1);
            exemptions = exemptions.Where(e => e.StartsOn <= last && e.EndsOn >= period.Start);
        }

        return (await exemptions.OrderBy(e => e.StartsOn).ThenBy(e => e.CreationTime).ToListAsync(cancellationToken))
            .Select(e => ToDto(e, names[e.OrganizationId])).ToList();
    }

    public async Task<MeetingExemptionDto> CreateExemptionAsync(
        CreateMeetingExemptionInput input, CancellationToken cancellationToken = default)
    {
        var organization = await organizations.GetWithinReachAsync(input.OrganizationId, cancellationToken);
        var period = Period.ParseCounting(input.Period, PartyBuildingErrorCodes.Meetings.InvalidPeriod);
        if (await db.MeetingExemptions.AnyAsync(
                e => e.OrganizationId == organization.Id && e.MeetingType == input.MeetingType && e.PeriodKey == period.Key,
                cancellationToken))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Meetings.ExemptionAlreadyExists, 409, period.Key);
        }

        var exemption = new MeetingExemption(Guid.CreateVersion7(), organization.Id, input.MeetingType, period.Key,
            period.Start, period.EndExclusive.AddDays(-1), input.Reason.Trim());
        db.MeetingExemptions.Add(exemption);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(exemption, organization.Name);
    }

    public async Task DeleteExemptionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var exemption = await db.MeetingExemptions.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(MeetingExemption), id);
        await organizations.GetWithinReachAsync(exemption.OrganizationId, cancellationToken);
        db.MeetingExemptions.Remove(exemption);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<MeetingRule> FindRuleAsync(Guid id, CancellationToken cancellationToken) =>
        await db.MeetingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(MeetingRule), id);

    private static void Apply(MeetingRule rule, MeetingRuleInput input)
    {
        rule.MeetingType = input.MeetingType;
        rule.PeriodKind = input.PeriodKind;
        rule.RequiredCount = input.RequiredCount;
        rule.AppliesTo = [.. input.AppliesTo.Order()];
        rule.RequiresCommittee = input.RequiresCommittee;
        rule.RequiresSecretarySpeaker = input.RequiresSecretarySpeaker;
        rule.IsEnabled = input.IsEnabled;
        rule.Citation = input.Citation.Trim();
    }

    private static MeetingRuleDto ToDto(MeetingRule rule) => new()
    {
        Id = rule.Id,
        MeetingType = rule.MeetingType,
        PeriodKind = rule.PeriodKind,
        RequiredCount = rule.RequiredCount,
        AppliesTo = [.. rule.AppliesTo],
        RequiresCommittee = rule.RequiresCommittee,
        RequiresSecretarySpeaker = rule.RequiresSecretarySpeaker,
        IsEnabled = rule.IsEnabled,
        Citation = rule.Citation,
        ConcurrencyStamp = rule.ConcurrencyStamp,
    };

    private static MeetingExemptionDto ToDto(MeetingExemption exemption, string organizationName) => new()
    {
        Id = exemption.Id,
        OrganizationId = exemption.OrganizationId,
        OrganizationName = organizationName,
        MeetingType = exemption.MeetingType,
        Period = exemption.PeriodKey,
        Reason = exemption.Reason,
        CreationTime = exemption.CreationTime,
    };
}
