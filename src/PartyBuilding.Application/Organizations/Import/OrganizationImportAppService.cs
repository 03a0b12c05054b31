using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Organizations;

/// <summary>
/// Organisations from spreadsheets, through <see cref="OrganizationManager"/> (paths, type rules, dates) as the
/// console creates them. A parent is named by its name or code and may be a row further up the same file; rows are
/// matched to stored organisations by code, else by name under the same parent.
/// </summary>
public sealed class OrganizationImportAppService(
    IServiceProvider services,
    IOrganizationsDbContext db,
    OrganizationManager manager,
    OrganizationReach reach,
    SpreadsheetImporter importer,
    TextLocalizer localizer) : ApplicationService(services), IOrganizationImportAppService
{
    private static readonly ImportColumn Name = new("Import:Organization:Name", Width: 28) { Required = true, Property = nameof(OrganizationData.Name) };
    private static readonly ImportColumn ShortName = new("Import:Organization:ShortName") { Property = nameof(OrganizationData.ShortName) };
    private static readonly ImportColumn Type = new("Import:Organization:Type", Width: 14) { Required = true, Choices = typeof(OrganizationType) };
    private static readonly ImportColumn Parent = new("Import:Organization:Parent", Width: 28);
    private static readonly ImportColumn Category = new("Import:Organization:Category");
    private static readonly ImportColumn Code = new("Import:Organization:Code") { Property = nameof(OrganizationData.Code) };
    private static readonly ImportColumn UnitName = new("Import:Organization:UnitName", Width: 28) { Property = nameof(OrganizationData.UnitName) };
    private static readonly ImportColumn EstablishedOn = new("Import:Organization:EstablishedOn", SheetColumnKind.Date);
    private static readonly ImportColumn JoinedOn = new("Import:Organization:JoinedOn", SheetColumnKind.Date, 18);
    private static readonly ImportColumn LeftOn = new("Import:Organization:LeftOn", SheetColumnKind.Date);
    private static readonly ImportColumn EndsOn = new("Import:Organization:EndsOn", SheetColumnKind.Date);
    private static readonly ImportColumn SortOrder = new("Import:Organization:SortOrder", Width: 8);

    private static readonly IReadOnlyList<ImportColumn> Columns =
        [Name, ShortName, Type, Parent, Category, Code, UnitName, EstablishedOn, JoinedOn, LeftOn, EndsOn, SortOrder];

    public Task<FileContentDto> GetTemplateAsync(string? format, CancellationToken cancellationToken = default)
    {
        var spreadsheetFormat = TemplateFormats.Parse(format);
        var columns = ImportColumns.SheetColumnsOf(localizer, Columns);
        IReadOnlyList<object?>[] sample =
        [
            [
                "林西县政务服务局第一党支部", "政务一支部", ImportColumns.DisplayOf(localizer, OrganizationType.Branch), null, null,
                null, "林西县政务服务局", new DateOnly(2016, 7, 1), new DateOnly(2019, 6, 28), null, null, 1,
            ],
        ];
        return Task.FromResult(TemplateFormats.File(
            spreadsheetFormat, localizer.Get("Import:File:OrganizationTemplate"),
            SpreadsheetWriter.Write(spreadsheetFormat, localizer.Get("Import:Sheet:Organizations"), columns, sample)));
    }

    public async Task<ImportResultDto> ImportAsync(UploadedFileDto file, ImportInput input, CancellationToken cancellationToken = default)
    {
        var directory = await OrganizationDirectory.LoadAsync(db, cancellationToken);
        var categories = await db.OrganizationCategories.AsNoTracking()
            .ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var scope = await reach.GetAsync(cancellationToken);
        return await importer.RunAsync(file, input, Columns, db, async (row, ct) =>
        {
            var parent = directory.Resolve(row, Parent);
            var dto = Read(row, categories);
            row.ValidateAgainst(dto, Columns);
            if (row.IsRejected)
            {
                return ImportOutcome.Rejected;
            }

            var existing = dto.Code is { } code ? directory.WithCode(code) : directory.ChildNamed(parent?.Id, dto.Name);
            try
            {
                if (existing is null)
                {
                    return await CreateAsync(dto, parent, scope, directory, ct);
                }

                if (!scope.Covers(existing.Path))
                {
                    throw new BusinessException(PartyBuildingErrorCodes.Organizations.OutsideReach, 403);
                }

                if (existing.ParentId != parent?.Id)
                {
                    row.Reject(Parent, "Import:Row:ParentChangeNotImported",
                        existing.ParentId is { } id ? directory.Find(id)?.Name : OrganizationFieldNames.TopLevel);
                    return ImportOutcome.Rejected;
                }

                return await UpdateAsync(existing.Id, dto, ct);
            }
            catch (BusinessException refusal)
            {
                row.Reject(refusal.Code == PartyBuildingErrorCodes.Organizations.InvalidDates ? EstablishedOn : Parent, refusal);
                return ImportOutcome.Rejected;
            }
        }, cancellationToken);
    }

    private async Task<ImportOutcome> CreateAsync(
        CreateOrganizationDto dto, OrganizationEntry? parent, ReachScope scope, OrganizationDirectory directory, CancellationToken ct)
    {
        if (parent is null ? !scope.IsWholeCommittee : !scope.Covers(parent.Path))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.OutsideReach, 403);
        }

        // Dates are checked on a copy first: a refused row must leave nothing staged in the unit of work.
        var draft = new Organization(Guid.Empty, parent?.Id, string.Empty, dto.Type, dto.Name);
        OrganizationAppService.Apply(draft, dto);
        OrganizationManager.EnsureDatesConsistent(draft);

        var organization = await manager.CreateAsync(parent?.Id, dto.Type, dto.Name, ct);
        OrganizationAppService.Apply(organization, dto);
        directory.Add(new OrganizationEntry(
            organization.Id, organization.ParentId, organization.Name, organization.Code, organization.Type, organization.Path));
        return ImportOutcome.Created;
    }

    /// <summary>Applies the row to the stored organisation; the change tracker says whether anything differs.</summary>
    private async Task<ImportOutcome> UpdateAsync(Guid id, CreateOrganizationDto dto, CancellationToken ct)
    {
        var organization = await db.Organizations.FirstAsync(o => o.Id == id, ct);
        var entry = db.Entry(organization);
        dto.BrandName = organization.BrandName;
        dto.BrandSlogan = organization.BrandSlogan;
        dto.BrandDescription = organization.BrandDescription;
        try
        {
            organization.Name = dto.Name;
            await manager.ChangeTypeAsync(organization, dto.Type, ct);
            OrganizationAppService.Apply(organization, dto);
            OrganizationManager.EnsureDatesConsistent(organization);
        }
        catch (BusinessException)
        {
            entry.CurrentValues.SetValues(entry.OriginalValues);
            throw;
        }

        entry.DetectChanges();
        return entry.Properties.Any(p => p.IsModified) ? ImportOutcome.Updated : ImportOutcome.Unchanged;
    }

    private static CreateOrganizationDto Read(ImportRow row, Dictionary<string, Guid> categories)
    {
        Guid? categoryId = null;
        if (row.Text(Category) is { } category)
        {
            if (categories.TryGetValue(category, out var id))
            {
                categoryId = id;
            }
            else
            {
                row.Reject(Category, "Import:Row:UnknownCategory", category);
            }
        }

        var sortOrder = 0;
        if (row.Text(SortOrder) is { } sort && !int.TryParse(sort, out sortOrder))
        {
            row.Reject(SortOrder, "Import:Row:InvalidNumber", sort);
        }

        return new CreateOrganizationDto
        {
            Name = row.Text(Name)!,
            ShortName = row.Text(ShortName),
            Type = row.Choice<OrganizationType>(Type) ?? OrganizationType.Branch,
            CategoryId = categoryId,
            Code = row.Text(Code),
            UnitName = row.Text(UnitName),
            EstablishedOn = row.Date(EstablishedOn),
            JoinedOn = row.Date(JoinedOn),
            LeftOn = row.Date(LeftOn),
            EndsOn = row.Date(EndsOn),
            SortOrder = sortOrder,
        };
    }
}
