using Microsoft.EntityFrameworkCore;
using PartyBuilding.Auditing;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Organizations;
using PartyBuilding.Permissions;
using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Members.Import;

/// <summary>
/// Member records from and to spreadsheets. Every row goes through <see cref="MemberManager"/>, as a record typed
/// into the console would: the import adds no rules of its own beyond reading cells and naming organisations.
/// Rows are matched to stored records by ID number (keyed hash), so importing the same file twice changes nothing.
/// </summary>
public sealed class MemberImportAppService(
    IServiceProvider services,
    IMembersDbContext db,
    IOrganizationsDbContext organizations,
    OrganizationReach reach,
    MemberManager manager,
    MemberAppService members,
    SpreadsheetImporter importer,
    IPermissionChecker permissionChecker,
    IAuditTrail auditTrail,
    TextLocalizer localizer) : ApplicationService(services), IMemberImportAppService
{
    public async Task<FileContentDto> GetTemplateAsync(string? format, bool withDemoRows, CancellationToken cancellationToken = default)
    {
        var spreadsheetFormat = TemplateFormats.Parse(format);
        var branches = await OrganizationDirectory.BranchesInReachAsync(organizations, reach, cancellationToken);
        var rows = withDemoRows
            ? MemberDemoRows.For(branches).Select(r => RowOf(r, null)).ToList()
            : [RowOf(MemberDemoRows.Sample(branches.FirstOrDefault()), localizer.Get("Import:Sample:Note"))];
        return TemplateFormats.File(
            spreadsheetFormat, localizer.Get("Import:File:MemberTemplate"),
            SpreadsheetWriter.Write(spreadsheetFormat, localizer.Get("Import:Sheet:Members"), SheetColumns(), rows));
    }

    public async Task<ImportResultDto> ImportAsync(UploadedFileDto file, ImportInput input, CancellationToken cancellationToken = default)
    {
        var directory = await OrganizationDirectory.LoadAsync(organizations, cancellationToken);
        var scope = await reach.GetAsync(cancellationToken);
        var reason = localizer.Get("Import:ChangeReason");
        var linesById = new Dictionary<string, int>(StringComparer.Ordinal);
        return await importer.RunAsync(file, input, MemberColumns.All, db, async (row, ct) =>
        {
            var dto = Read(row, directory);
            row.ValidateAgainst(dto, MemberColumns.All);
            if (dto.IdNumber is { } idNumber && !linesById.TryAdd(IdNumber.Normalize(idNumber), row.Line))
            {
                row.Reject(MemberColumns.IdNumber, "Import:Row:DuplicateInFile", linesById[IdNumber.Normalize(idNumber)]);
            }

            if (row.IsRejected)
            {
                return ImportOutcome.Rejected;
            }

            var profile = MemberAppService.ProfileOf(dto, dto.IdNumber);
            var stage = new MemberStageDates(
                dto.Stage!.Value, dto.AppliedOn, null, dto.ActivistOn, dto.CandidateOn, dto.AdmittedOn, dto.FullMembershipOn);
            try
            {
                if (await manager.FindByIdNumberAsync(dto.IdNumber, ct) is not { } member)
                {
                    await manager.CreateAsync(profile, stage, ct);
                    return ImportOutcome.Created;
                }

                if (!scope.Covers(directory.PathOf(member.OrganizationId)))
                {
                    throw new BusinessException(PartyBuildingErrorCodes.Members.OutsideReach, 403);
                }

                if (!HasStage(member, stage))
                {
                    row.Reject(MemberColumns.Stage, "Import:Row:StageChangeNotImported");
                    return ImportOutcome.Rejected;
                }

                if (manager.IsUnchanged(member, profile))
                {
                    return ImportOutcome.Unchanged;
                }

                await manager.UpdateAsync(member, profile, reason, ct);
                return ImportOutcome.Updated;
            }
            catch (BusinessException refusal)
            {
                row.Reject(ColumnOf(refusal.Code), refusal);
                return ImportOutcome.Rejected;
            }
        }, cancellationToken, (rows, ct) => manager.PreloadIdNumbersAsync(
            rows.Select(r => r.Peek(MemberColumns.IdNumber)).OfType<string>().ToList(), ct));
    }

    public async Task<FileContentDto> ExportAsync(GetMemberListInput input, CancellationToken cancellationToken = default)
    {
        var unmask = await permissionChecker.IsGrantedAsync(
            CurrentUser.Principal!, PartyBuildingPermissions.Members.Unmask, cancellationToken);
        var rows = await MemberAppService.Sorted(await members.ListRowsAsync(input, cancellationToken), input.Sorting)
            .Take(SpreadsheetImporter.MaxRows)
            .ToListAsync(cancellationToken);
        if (unmask)
        {
            // Written before the numbers leave, as for the unmask of one record.
            await auditTrail.RecordAsync(MemberAppService.UnmaskAuditAction, cancellationToken);
        }

        var sheetRows = rows.Select(r =>
        {
            var (idNumber, phone) = unmask ? manager.Reveal(r.Member) : (r.Member.IdNumberMasked, r.Member.PhoneMasked);
            return RowOf(new MemberSheetRow(r.Member, idNumber, phone, r.OrganizationName, r.PartyGroupName), r.Member.Notes);
        }).ToList();
        return TemplateFormats.File(
            SpreadsheetFormat.Xlsx, localizer.Get("Import:File:MemberExport"),
            SpreadsheetWriter.Write(SpreadsheetFormat.Xlsx, localizer.Get("Import:Sheet:Members"), SheetColumns(), sheetRows));
    }

    private CreateMemberDto Read(ImportRow row, OrganizationDirectory directory)
    {
        var organization = directory.Resolve(row, MemberColumns.Organization);
        var partyGroupName = row.Text(MemberColumns.PartyGroup);
        Guid? partyGroupId = null;
        if (organization is not null && partyGroupName is not null)
        {
            partyGroupId = directory.PartyGroupOf(organization.Id, partyGroupName);
            if (partyGroupId is null)
            {
                row.Reject(MemberColumns.PartyGroup, "Import:Row:UnknownPartyGroup", partyGroupName, organization.Name);
            }
        }

        var isLostContact = row.YesNo(MemberColumns.IsLostContact);
        return new CreateMemberDto
        {
            Name = row.Text(MemberColumns.Name)!,
            Gender = row.Choice<Gender>(MemberColumns.Gender),
            Ethnicity = row.Text(MemberColumns.Ethnicity)!,
            BirthDate = row.Date(MemberColumns.BirthDate),
            IdNumber = row.Text(MemberColumns.IdNumber)!,
            // An empty cell keeps a stored number: files often leave phones out.
            Phone = row.Text(MemberColumns.Phone),
            Education = row.Choice<Education>(MemberColumns.Education),
            Job = row.Text(MemberColumns.Job),
            WorkUnit = row.Text(MemberColumns.WorkUnit),
            OrganizationId = organization?.Id,
            PartyGroupId = partyGroupId,
            Stage = row.Choice<MemberStage>(MemberColumns.Stage),
            AppliedOn = row.Date(MemberColumns.AppliedOn),
            ActivistOn = row.Date(MemberColumns.ActivistOn),
            CandidateOn = row.Date(MemberColumns.CandidateOn),
            AdmittedOn = row.Date(MemberColumns.AdmittedOn),
            FullMembershipOn = row.Date(MemberColumns.FullMembershipOn),
            IsMobile = row.YesNo(MemberColumns.IsMobile),
            IsLostContact = isLostContact,
            PioneerPost = row.Choice<PioneerPost>(MemberColumns.PioneerPost) ?? PioneerPost.None,
            Notes = row.Text(MemberColumns.Notes),
        };
    }

    /// <summary>Stage moves have their own rules and history (the development pipeline); an import only records people as they are.</summary>
    private static bool HasStage(Member member, MemberStageDates stage) =>
        member.Stage == stage.Stage && member.AppliedOn == stage.AppliedOn && member.ActivistOn == stage.ActivistOn
        && member.CandidateOn == stage.CandidateOn && member.AdmittedOn == stage.AdmittedOn
        && member.FullMembershipOn == stage.FullMembershipOn;

    /// <summary>The column a refusal of <see cref="MemberManager"/> is about, so the report points at the cell to correct.</summary>
    private static ImportColumn? ColumnOf(string code) => code switch
    {
        PartyBuildingErrorCodes.Members.IdNumberInvalid or PartyBuildingErrorCodes.Members.IdNumberAlreadyExists => MemberColumns.IdNumber,
        PartyBuildingErrorCodes.Members.IdNumberBirthDateMismatch => MemberColumns.BirthDate,
        PartyBuildingErrorCodes.Members.PhoneInvalid => MemberColumns.Phone,
        PartyBuildingErrorCodes.Members.UnknownEthnicity => MemberColumns.Ethnicity,
        PartyBuildingErrorCodes.Members.InvalidPartyGroup => MemberColumns.PartyGroup,
        PartyBuildingErrorCodes.Members.InvalidOrganization or PartyBuildingErrorCodes.Members.OutsideReach
            or PartyBuildingErrorCodes.Organizations.OutsideReach => MemberColumns.Organization,
        PartyBuildingErrorCodes.Members.InvalidStageDates or PartyBuildingErrorCodes.Members.TooYoung => MemberColumns.AppliedOn,
        _ => null,
    };

    private IReadOnlyList<SheetColumn> SheetColumns() => ImportColumns.SheetColumnsOf(localizer, MemberColumns.All);

    private IReadOnlyList<object?> RowOf(MemberSheetRow r, string? notes)
    {
        var m = r.Member;
        return
        [
            m.Name, ImportColumns.DisplayOf(localizer, m.Gender), m.Ethnicity, m.BirthDate, r.IdNumber, r.Phone,
            m.Education is { } education ? ImportColumns.DisplayOf(localizer, education) : null, m.Job, m.WorkUnit,
            r.OrganizationName, r.PartyGroupName, ImportColumns.DisplayOf(localizer, m.Stage), m.AppliedOn, m.ActivistOn,
            m.CandidateOn, m.AdmittedOn, m.FullMembershipOn, YesNo(m.IsMobile), YesNo(m.IsLostContact),
            ImportColumns.DisplayOf(localizer, m.PioneerPost), notes,
        ];
    }

    private string YesNo(bool value) => localizer.Get(value ? "Import:Value:Yes" : "Import:Value:No");
}

/// <summary>A record as a sheet shows it: the numbers clear or masked, the organisation by name.</summary>
internal sealed record MemberSheetRow(Member Member, string IdNumber, string? Phone, string OrganizationName, string? PartyGroupName);
