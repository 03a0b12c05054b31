using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Controllers;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Files;

/// <summary>
/// An owner of attachments that exists only in these tests, so the Files module is tested through the same HTTP
/// helper the meetings and activities use, without depending on either.
/// </summary>
[ApiController]
[Route("api/test-owners/{id:guid}/attachments")]
[Authorize]
public sealed class TestOwnerAttachmentsController(IAttachmentStore attachments) : ControllerBase
{
    public const string OwnerType = "TestOwner";

    [HttpGet]
    public Task<IReadOnlyList<AttachmentDto>> ListAsync(Guid id, CancellationToken cancellationToken) =>
        attachments.ListAsync(OwnerType, id, cancellationToken);

    [HttpPost]
    [AttachmentUpload]
    public Task<ActionResult<AttachmentDto>> AddAsync(Guid id, [FromForm] AttachmentUploadForm form, CancellationToken cancellationToken) =>
        AttachmentEndpoints.CreatedAsync($"/api/test-owners/{id}", form,
            (kind, name, content, ct) => attachments.AddAsync(OwnerType, id, kind, name, content, ct), cancellationToken);

    [HttpGet("{attachmentId:guid}")]
    public async Task<IActionResult> DownloadAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        AttachmentEndpoints.Download(Response, await attachments.OpenAsync(OwnerType, id, attachmentId, cancellationToken));

    [HttpDelete("{attachmentId:guid}")]
    public async Task<IActionResult> DeleteAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        await attachments.DeleteAsync(OwnerType, id, attachmentId, cancellationToken);
        return NoContent();
    }
}

public abstract class FilesFixture : PlatformFixture
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddControllers().AddApplicationPart(typeof(TestOwnerAttachmentsController).Assembly);
}

public sealed class SqliteFilesFixture : FilesFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlFilesFixture : FilesFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>Attachments are recognised by content, stored per committee outside the database, and never reveal where.</summary>
public abstract class AttachmentTests(FilesFixture fixture)
{
    private const string Code = "files";
    private const string OtherCode = "files-b";
    private const string UnsupportedFileType = "PartyBuilding:Files:UnsupportedFileType";
    private const string FileTooLarge = "PartyBuilding:Files:FileTooLarge";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private Task<TenantDto> OtherCommitteeAsync() => fixture.SharedAsync("other", () => fixture.CreateCommitteeAsync(OtherCode));

    private async Task<SessionClient> AdminAsync()
    {
        await CommitteeAsync();
        return await fixture.SharedSessionAsync(Code, $"{Code}.admin");
    }

    private static string Url(Guid ownerId) => $"/api/test-owners/{ownerId}/attachments";

    private Task<List<Attachment>> RowsAsync(Guid tenantId, Guid ownerId) =>
        fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<IFilesDbContext>().Attachments
            .Where(a => a.OwnerId == ownerId).ToListAsync());

    private string[] BlobsOf(Guid tenantId)
    {
        var folder = Path.Combine(fixture.BlobPath, tenantId.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    public static TheoryData<string, string, string> AcceptedFiles => new()
    {
        { "png", "现场.pdf", "image/png" },
        { "jpeg", "photo.jpg", "image/jpeg" },
        { "gif", "动图.gif", "image/gif" },
        { "webp", "photo.webp", "image/webp" },
        { "pdf", "纪要.pdf", "application/pdf" },
        { "docx", "通知.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", "签到表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "pptx", "党课.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "doc", "决议.doc", "application/msword" },
        { "xls", "签到表.xls", "application/vnd.ms-excel" },
        { "ppt", "党课.ppt", "application/vnd.ms-powerpoint" },
    };

    private static byte[] Sample(string format) => format switch
    {
        "png" => SampleFiles.Png,
        "jpeg" => SampleFiles.Jpeg,
        "gif" => SampleFiles.Gif,
        "webp" => SampleFiles.WebP,
        "pdf" => SampleFiles.Pdf,
        "docx" => SampleFiles.Docx,
        "xlsx" => SampleFiles.Xlsx,
        "pptx" => SampleFiles.Pptx,
        "doc" => SampleFiles.Doc,
        "xls" => SampleFiles.Xls,
        _ => SampleFiles.Ppt,
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Should_store_the_type_the_content_shows_and_serve_the_same_bytes_When_an_accepted_file_is_uploaded(
        string format, string fileName, string expectedType)
    {
        var admin = await AdminAsync();
        var owner = Guid.NewGuid();
        var content = Sample(format);

        var attachment = await (await admin.UploadAsync(Url(owner), content, fileName, "Minutes", declaredType: "text/plain"))
            .ReadAsync<AttachmentDto>(HttpStatusCode.Created);

        attachment.ContentType.ShouldBe(expectedType);
        attachment.FileName.ShouldBe(fileName);
        attachment.Kind.ShouldBe(AttachmentKind.Minutes);
        attachment.Size.ShouldBe(content.Length);
        var download = await admin.Http.GetAsync($"{Url(owner)}/{attachment.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe(expectedType);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe(expectedType.StartsWith("image/") ? "inline" : "attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe(fileName);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(content);
        (await admin.GetJsonAsync<List<AttachmentDto>>(Url(owner))).Select(a => a.Id).ShouldBe([attachment.Id]);
    }

    [Fact]
    public async Task Should_keep_the_size_and_SHA256_and_a_name_without_folders_When_a_file_is_uploaded()
    {
        var admin = await AdminAsync();
        var committee = await CommitteeAsync();
        var owner = Guid.NewGuid();

        var attachment = await (await admin.UploadAsync(Url(owner), SampleFiles.Pdf, "..\\..\\etc/pass\u0001wd<纪要>.pdf"))
            .ReadAsync<AttachmentDto>(HttpStatusCode.Created);

        attachment.FileName.ShouldBe("passwd纪要.pdf");
        var row = (await RowsAsync(committee.Id, owner)).ShouldHaveSingleItem();
        row.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(SampleFiles.Pdf)));
        row.Size.ShouldBe(SampleFiles.Pdf.Length);
    }

    public static TheoryData<string, string> RefusedFiles => new()
    {
        { "exe", "photo.jpg" },
        { "text", "纪要.pdf" },
        { "zip", "通知.docx" },
        { "ole2", "决议.doc" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Should_answer_400_UnsupportedFileType_and_store_nothing_When_the_content_is_no_accepted_type(string format, string fileName)
    {
        var admin = await AdminAsync();
        var committee = await CommitteeAsync();
        var owner = Guid.NewGuid();
        var blobsBefore = BlobsOf(committee.Id);
        var content = format switch
        {
            "exe" => SampleFiles.Exe,
            "text" => SampleFiles.Text,
            "zip" => SampleFiles.PlainZip,
            _ => SampleFiles.OtherCompoundFile,
        };

        await (await admin.UploadAsync(Url(owner), content, fileName, declaredType: "image/jpeg"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, UnsupportedFileType);

        (await RowsAsync(committee.Id, owner)).ShouldBeEmpty();
        BlobsOf(committee.Id).ShouldBe(blobsBefore, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_answer_400_EmptyFile_or_ValidationFailed_When_the_file_is_empty_or_a_field_is_missing()
    {
        var admin = await AdminAsync();
        var owner = Guid.NewGuid();

        await (await admin.UploadAsync(Url(owner), [], "empty.pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Files:EmptyFile");
        await (await admin.UploadAsync(Url(owner), SampleFiles.Pdf, "a.pdf", kind: "Selfie"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        await (await admin.Http.PostAsync(Url(owner), new MultipartFormDataContent { { new StringContent("Photo"), "kind" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        (await admin.GetJsonAsync<List<AttachmentDto>>(Url(owner))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(FileConsts.MaxAttachmentBytes + 1)]
    [InlineData(25 * 1024 * 1024)]
    public async Task Should_answer_400_FileTooLarge_and_leave_no_row_nor_blob_When_the_file_is_over_20_MB(int size)
    {
        var admin = await AdminAsync();
        var committee = await CommitteeAsync();
        var owner = Guid.NewGuid();
        var blobsBefore = BlobsOf(committee.Id);
        var content = new byte[size];
        SampleFiles.Pdf.CopyTo(content, 0);

        var problem = await (await admin.UploadAsync(Url(owner), content, "大文件.pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FileTooLarge);

        problem.Title.ShouldContain("20");
        (await RowsAsync(committee.Id, owner)).ShouldBeEmpty();
        BlobsOf(committee.Id).ShouldBe(blobsBefore, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_accept_a_file_of_exactly_20_MB()
    {
        var admin = await AdminAsync();
        var content = new byte[FileConsts.MaxAttachmentBytes];
        SampleFiles.Pdf.CopyTo(content, 0);

        var attachment = await (await admin.UploadAsync(Url(Guid.NewGuid()), content, "刚好.pdf")).ReadAsync<AttachmentDto>(HttpStatusCode.Created);

        attachment.Size.ShouldBe(FileConsts.MaxAttachmentBytes);
    }

    [Fact]
    public async Task Should_keep_each_committees_blobs_in_its_own_folder_and_answer_404_for_another_committees_or_owners_attachment()
    {
        var admin = await AdminAsync();
        var committee = await CommitteeAsync();
        var other = await OtherCommitteeAsync();
        var otherAdmin = await fixture.SharedSessionAsync(OtherCode, $"{OtherCode}.admin");
        var owner = Guid.NewGuid();
        var otherOwner = Guid.NewGuid();

        var mine = await (await admin.UploadAsync(Url(owner), SampleFiles.Png, "甲.png")).ReadAsync<AttachmentDto>(HttpStatusCode.Created);
        var theirs = await (await otherAdmin.UploadAsync(Url(otherOwner), SampleFiles.Jpeg, "乙.jpg")).ReadAsync<AttachmentDto>(HttpStatusCode.Created);

        var myBlob = (await RowsAsync(committee.Id, owner)).ShouldHaveSingleItem().BlobName;
        var theirBlob = (await RowsAsync(other.Id, otherOwner)).ShouldHaveSingleItem().BlobName;
        (await File.ReadAllBytesAsync(Path.Combine(fixture.BlobPath, committee.Id.ToString("N"), myBlob))).ShouldBe(SampleFiles.Png);
        (await File.ReadAllBytesAsync(Path.Combine(fixture.BlobPath, other.Id.ToString("N"), theirBlob))).ShouldBe(SampleFiles.Jpeg);
        BlobsOf(committee.Id).Select(Path.GetFileName).ShouldNotContain(theirBlob);

        foreach (var (method, url) in new[]
                 {
                     (HttpMethod.Get, $"{Url(otherOwner)}/{theirs.Id}"),
                     (HttpMethod.Delete, $"{Url(otherOwner)}/{theirs.Id}"),
                     (HttpMethod.Get, $"{Url(owner)}/{theirs.Id}"),
                     (HttpMethod.Get, $"{Url(Guid.NewGuid())}/{mine.Id}"),
                     (HttpMethod.Delete, $"{Url(Guid.NewGuid())}/{mine.Id}"),
                 })
        {
            await (await admin.SendAsync(method, url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        }

        (await admin.GetJsonAsync<List<AttachmentDto>>(Url(otherOwner))).ShouldBeEmpty();
        (await otherAdmin.Http.GetAsync($"{Url(otherOwner)}/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_never_show_the_storage_path_or_blob_name_When_files_are_uploaded_listed_refused_and_deleted()
    {
        var admin = await AdminAsync();
        var committee = await CommitteeAsync();
        var owner = Guid.NewGuid();
        var answers = new List<string>();

        var upload = await admin.UploadAsync(Url(owner), SampleFiles.Pdf, "纪要.pdf");
        answers.Add(await upload.Content.ReadAsStringAsync());
        var attachment = await upload.ReadAsync<AttachmentDto>(HttpStatusCode.Created);
        answers.Add(await admin.Http.GetStringAsync(Url(owner)));
        answers.Add(await (await admin.UploadAsync(Url(owner), SampleFiles.Text, "a.txt")).Content.ReadAsStringAsync());
        var blobName = (await RowsAsync(committee.Id, owner)).ShouldHaveSingleItem().BlobName;

        var deleted = await admin.SendAsync(HttpMethod.Delete, $"{Url(owner)}/{attachment.Id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        answers.Add(await (await admin.Http.GetAsync($"{Url(owner)}/{attachment.Id}")).Content.ReadAsStringAsync());

        foreach (var answer in answers)
        {
            answer.ShouldNotContain(blobName);
            answer.ShouldNotContain(fixture.BlobPath);
            answer.ShouldNotContain(committee.Id.ToString("N"));
        }

        (await RowsAsync(committee.Id, owner)).ShouldBeEmpty();
        File.Exists(Path.Combine(fixture.BlobPath, committee.Id.ToString("N"), blobName)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_list_the_attachments_of_many_owners_at_once_by_kind()
    {
        var admin = await AdminAsync();
        var committee = await CommitteeAsync();
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await admin.UploadAsync(Url(first), SampleFiles.Pdf, "纪要.pdf", "Minutes");
        await admin.UploadAsync(Url(second), SampleFiles.Png, "照片.png", "Photo");

        var minutes = await fixture.InTenantAsync(committee.Id, sp =>
            sp.GetRequiredService<IAttachmentStore>().ListByOwnersAsync(TestOwnerAttachmentsController.OwnerType, [first, second, third], AttachmentKind.Minutes));
        var all = await fixture.InTenantAsync(committee.Id, sp =>
            sp.GetRequiredService<IAttachmentStore>().ListByOwnersAsync(TestOwnerAttachmentsController.OwnerType, [first, second, third]));

        minutes.Keys.ShouldBe([first]);
        all.Keys.ShouldBe([first, second], ignoreOrder: true);
        all[second].ShouldHaveSingleItem().ContentType.ShouldBe("image/png");
    }
}

public sealed class AttachmentTestsOnSqlite(SqliteFilesFixture fixture) : AttachmentTests(fixture), IClassFixture<SqliteFilesFixture>;

public sealed class AttachmentTestsOnPostgreSql(PostgreSqlFilesFixture fixture) : AttachmentTests(fixture), IClassFixture<PostgreSqlFilesFixture>;
