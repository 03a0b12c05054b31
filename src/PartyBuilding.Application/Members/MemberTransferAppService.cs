using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Settings;
using PartyBuilding.Framework.Text;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members;

/// <summary>
/// Tracks organisation-relationship transfers (组织关系转接, DOMAIN.md §2.5). The national system makes the
/// transfer; the platform mirrors the letter, its deadline and the receipt, and marks the member transferred out.
/// </summary>
public sealed class MemberTransferAppService(
    IServiceProvider services,
    IMembersDbContext db,
    IOrganizationsDbContext organizations,
    MemberReach reach,
    CommitteeCalendar calendar,
    ISettingProvider settings) : ApplicationService(services), IMemberTransferAppService
{
    /// <summary>
    /// History reasons are part of the record, kept in the committee's working language (zh-CN) whatever the
    /// language of the person who confirmed the receipt.
    /// </summary>
    private const string TransferredOutReason = "组织关系转出至{0}";

    public async Task<PagedResultDto<MemberTransferDto>> GetListAsync(
        GetMemberTransferListInput input, CancellationToken cancellationToken = default)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        var organizationIds = (await reach.OrganizationsAsync(input.OrganizationId, cancellationToken)).Select(o => o.Id);
        var query = db.MemberTransfers.AsNoTracking().Where(t => organizationIds.Contains(t.OrganizationId));
        if (input.Direction is { } direction)
        {
            query = query.Where(t => t.Direction == direction);
        }

        if (input.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        // The same test as MemberTransfer.IsOverdue, written out so the database evaluates it.
        query = input.Overdue switch
        {
            true => query.Where(t => t.Status == TransferStatus.Pending && t.Deadline < today),
            false => query.Where(t => t.Status != TransferStatus.Pending || t.Deadline >= today),
            null => query,
        };

        var total = await query.LongCountAsync(cancellationToken);
        var page = await query
            .OrderBySorting(input.Sorting, t => t.Deadline,
                nameof(MemberTransfer.Deadline), nameof(MemberTransfer.IssuedOn), nameof(MemberTransfer.PersonName),
                nameof(MemberTransfer.Status), nameof(MemberTransfer.Direction), nameof(MemberTransfer.CreationTime))
            .Skip(input.SkipCount).Take(input.MaxResultCount)
            .ToListAsync(cancellationToken);
        var ids = page.Select(t => t.OrganizationId).Distinct().ToList();
        var names = await organizations.Organizations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return new PagedResultDto<MemberTransferDto>(total, page.Select(t => ToDto(t, names[t.OrganizationId], today)).ToList());
    }

    public async Task<MemberTransferDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await FindAsync(id, cancellationToken), cancellationToken);

    public async Task<MemberTransferDto> CreateAsync(CreateMemberTransferDto input, CancellationToken cancellationToken = default)
    {
        var today = await calendar.TodayAsync(cancellationToken);
        DevelopmentInput.EnsureNotAfter(input.IssuedOn!.Value, today, "Development:Field:IssuedOn");
        var organization = await reach.GetOrganizationAsync(input.OrganizationId!.Value, cancellationToken);
        var (memberId, personName) = await PersonOfAsync(input.Direction!.Value, input, cancellationToken);
        var transfer = new MemberTransfer(
            Guid.CreateVersion7(), input.Direction.Value, organization.Id, personName, input.Counterparty.Trim(),
            input.IssuedOn.Value, await DeadlineAsync(input.IssuedOn.Value, input.IsCrossProvince, cancellationToken))
        {
            MemberId = memberId,
            LetterNumber = InputText.TrimmedOrNull(input.LetterNumber),
            IsCrossProvince = input.IsCrossProvince,
            Notes = InputText.TrimmedOrNull(input.Notes),
        };
        db.MemberTransfers.Add(transfer);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(transfer, organization.Name, today);
    }

    public async Task<MemberTransferDto> UpdateAsync(Guid id, UpdateMemberTransferDto input, CancellationToken cancellationToken = default)
    {
        var transfer = await FindPendingAsync(id, cancellationToken);
        db.SetOriginalConcurrencyStamp(transfer, input.ConcurrencyStamp);
        DevelopmentInput.EnsureNotAfter(input.IssuedOn!.Value, await calendar.TodayAsync(cancellationToken), "Development:Field:IssuedOn");
        var organization = await reach.GetOrganizationAsync(input.OrganizationId!.Value, cancellationToken);
        var (memberId, personName) = await PersonOfAsync(transfer.Direction, input, cancellationToken);

        // The deadline printed on the letter stays as it was issued; only a new issue date or route changes it.
        if (transfer.IssuedOn != input.IssuedOn.Value || transfer.IsCrossProvince != input.IsCrossProvince)
        {
            transfer.Deadline = await DeadlineAsync(input.IssuedOn.Value, input.IsCrossProvince, cancellationToken);
        }

        transfer.OrganizationId = organization.Id;
        transfer.MemberId = memberId;
        transfer.PersonName = personName;
        transfer.LetterNumber = InputText.TrimmedOrNull(input.LetterNumber);
        transfer.Counterparty = input.Counterparty.Trim();
        transfer.IsCrossProvince = input.IsCrossProvince;
        transfer.IssuedOn = input.IssuedOn.Value;
        transfer.Notes = InputText.TrimmedOrNull(input.Notes);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(transfer, cancellationToken);
    }

    public async Task<MemberTransferDto> CompleteAsync(Guid id, CompleteMemberTransferDto input, CancellationToken cancellationToken = default)
    {
        var transfer = await FindPendingAsync(id, cancellationToken);
        var receivedOn = input.ReceiptConfirmedOn!.Value;
        DevelopmentInput.EnsureNotAfter(receivedOn, await calendar.TodayAsync(cancellationToken), "Development:Field:ReceiptConfirmedOn");
        if (receivedOn < transfer.IssuedOn)
        {
            throw new BusinessException(DevelopmentErrorCodes.ReceiptBeforeIssue, 400, DevelopmentInput.Format(transfer.IssuedOn));
        }

        if (transfer.Direction == TransferDirection.Outgoing)
        {
            var member = await reach.GetMemberAsync(transfer.MemberId!.Value, cancellationToken);
            if (member.Status != MemberStatus.TransferredOut)
            {
                db.MemberHistory.Add(new MemberHistoryEntry(
                    Guid.CreateVersion7(), member.Id, MemberHistoryKind.StatusChanged, member.Status.ToString(),
                    nameof(MemberStatus.TransferredOut), receivedOn, string.Format(CultureInfo.InvariantCulture, TransferredOutReason, transfer.Counterparty)));
                member.SetStatus(MemberStatus.TransferredOut);
            }
        }
        else
        {
            var arrivedId = input.MemberId ?? throw new BusinessException(DevelopmentErrorCodes.ArrivedMemberRequired);
            transfer.MemberId = (await reach.GetMemberAsync(arrivedId, cancellationToken)).Id;
        }

        transfer.Complete(receivedOn);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(transfer, cancellationToken);
    }

    public async Task<MemberTransferDto> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var transfer = await FindPendingAsync(id, cancellationToken);
        transfer.Cancel();
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(transfer, cancellationToken);
    }

    private async Task<MemberTransfer> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var transfer = await db.MemberTransfers.FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(MemberTransfer), id);
        await reach.EnsureCoversAsync(transfer.OrganizationId, cancellationToken);
        return transfer;
    }

    private async Task<MemberTransfer> FindPendingAsync(Guid id, CancellationToken cancellationToken)
    {
        var transfer = await FindAsync(id, cancellationToken);
        return transfer.Status == TransferStatus.Pending
            ? transfer
            : throw new BusinessException(PartyBuildingErrorCodes.Members.TransferNotPending, 409);
    }

    /// <summary>An outgoing letter names a member of the committee; an incoming one a person who may not have a record yet.</summary>
    private async Task<(Guid? MemberId, string PersonName)> PersonOfAsync(
        TransferDirection direction, MemberTransferInputBase input, CancellationToken cancellationToken)
    {
        if (input.MemberId is not { } memberId)
        {
            return (null, input.PersonName!.Trim());
        }

        var member = await reach.GetMemberAsync(memberId, cancellationToken);
        return (member.Id, direction == TransferDirection.Outgoing || string.IsNullOrWhiteSpace(input.PersonName)
            ? member.Name
            : input.PersonName.Trim());
    }

    /// <summary>Letter validity (DOMAIN.md §2.5, ◐): committee settings, 3 months within the province, 6 across.</summary>
    private async Task<DateOnly> DeadlineAsync(DateOnly issuedOn, bool isCrossProvince, CancellationToken cancellationToken) =>
        issuedOn.AddMonths(await settings.GetIntAsync(
            isCrossProvince ? MemberSettings.CrossProvinceTransferDeadlineMonths : MemberSettings.TransferDeadlineMonths,
            cancellationToken));

    private async Task<MemberTransferDto> ToDtoAsync(MemberTransfer transfer, CancellationToken cancellationToken)
    {
        var name = await organizations.Organizations.AsNoTracking()
            .Where(o => o.Id == transfer.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        return ToDto(transfer, name, await calendar.TodayAsync(cancellationToken));
    }

    private static MemberTransferDto ToDto(MemberTransfer transfer, string organizationName, DateOnly today) => new()
    {
        Id = transfer.Id,
        Direction = transfer.Direction,
        OrganizationId = transfer.OrganizationId,
        OrganizationName = organizationName,
        MemberId = transfer.MemberId,
        PersonName = transfer.PersonName,
        LetterNumber = transfer.LetterNumber,
        Counterparty = transfer.Counterparty,
        IsCrossProvince = transfer.IsCrossProvince,
        IssuedOn = transfer.IssuedOn,
        Deadline = transfer.Deadline,
        ReceiptConfirmedOn = transfer.ReceiptConfirmedOn,
        Status = transfer.Status,
        Overdue = transfer.IsOverdue(today),
        DaysLeft = transfer.Status == TransferStatus.Pending ? transfer.Deadline.DayNumber - today.DayNumber : null,
        Notes = transfer.Notes,
        ConcurrencyStamp = transfer.ConcurrencyStamp,
    };
}
