using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Members.Import;

/// <summary>The columns of the member template, the import and the export, in the order the template shows them.</summary>
internal static class MemberColumns
{
    public static readonly ImportColumn Name = new("Import:Member:Name") { Required = true, Property = nameof(CreateMemberDto.Name) };
    public static readonly ImportColumn Gender = new("Import:Member:Gender", Width: 8) { Required = true, Choices = typeof(Members.Gender) };
    public static readonly ImportColumn Ethnicity = new("Import:Member:Ethnicity", Width: 10) { Required = true, Property = nameof(CreateMemberDto.Ethnicity) };
    public static readonly ImportColumn BirthDate = new("Import:Member:BirthDate", SheetColumnKind.Date, 12) { Required = true };
    public static readonly ImportColumn IdNumber = new("Import:Member:IdNumber", SheetColumnKind.Text, 22) { Required = true, Property = nameof(CreateMemberDto.IdNumber) };
    public static readonly ImportColumn Phone = new("Import:Member:Phone", SheetColumnKind.Text, 14) { Property = nameof(CreateMemberDto.Phone) };
    public static readonly ImportColumn Education = new("Import:Member:Education", Width: 12) { Choices = typeof(Members.Education) };
    public static readonly ImportColumn Job = new("Import:Member:Job") { Property = nameof(CreateMemberDto.Job) };
    public static readonly ImportColumn WorkUnit = new("Import:Member:WorkUnit", Width: 24) { Property = nameof(CreateMemberDto.WorkUnit) };
    public static readonly ImportColumn Organization = new("Import:Member:Organization", Width: 24) { Required = true };
    public static readonly ImportColumn PartyGroup = new("Import:Member:PartyGroup");
    public static readonly ImportColumn Stage = new("Import:Member:Stage", Width: 14) { Required = true, Choices = typeof(MemberStage) };
    public static readonly ImportColumn AppliedOn = new("Import:Member:AppliedOn", SheetColumnKind.Date, 14);
    public static readonly ImportColumn ActivistOn = new("Import:Member:ActivistOn", SheetColumnKind.Date, 16);
    public static readonly ImportColumn CandidateOn = new("Import:Member:CandidateOn", SheetColumnKind.Date, 16);
    public static readonly ImportColumn AdmittedOn = new("Import:Member:AdmittedOn", SheetColumnKind.Date, 12);
    public static readonly ImportColumn FullMembershipOn = new("Import:Member:FullMembershipOn", SheetColumnKind.Date, 12);
    public static readonly ImportColumn IsMobile = new("Import:Member:IsMobile", Width: 10);
    public static readonly ImportColumn IsLostContact = new("Import:Member:IsLostContact", Width: 8);
    public static readonly ImportColumn PioneerPost = new("Import:Member:PioneerPost", Width: 12) { Choices = typeof(Members.PioneerPost) };
    public static readonly ImportColumn Notes = new("Import:Member:Notes", Width: 30) { Property = nameof(CreateMemberDto.Notes) };

    public static readonly IReadOnlyList<ImportColumn> All =
    [
        Name, Gender, Ethnicity, BirthDate, IdNumber, Phone, Education, Job, WorkUnit, Organization, PartyGroup, Stage,
        AppliedOn, ActivistOn, CandidateOn, AdmittedOn, FullMembershipOn, IsMobile, IsLostContact, PioneerPost, Notes,
    ];
}
