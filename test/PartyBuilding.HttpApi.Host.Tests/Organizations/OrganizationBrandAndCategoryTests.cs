using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Organizations.OrganizationTestApi;

namespace PartyBuilding.Organizations;

/// <summary>一支部一品牌 logos (checked by content) and the committee's unit categories.</summary>
public abstract class OrganizationBrandAndCategoryTests(PlatformFixture fixture)
{
    private const string Code = "orgbrand";
    private const string Categories = "/api/organization-categories";
    private const string InvalidImage = "PartyBuilding:Organizations:InvalidImage";

    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    private static readonly byte[] JpegHeader = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];
    private static readonly byte[] WebPHeader = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8];

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<SessionClient> AdminAsync()
    {
        await CommitteeAsync();
        return await fixture.SharedSessionAsync(Code, $"{Code}.admin");
    }

    private static Task<HttpResponseMessage> UploadLogoAsync(SessionClient client, Guid id, byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.Http.PutAsync($"{Route}/{id}/brand-logo", new MultipartFormDataContent { { file, "file", fileName } });
    }

    [Theory]
    [InlineData("png", "image/png")]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("webp", "image/webp")]
    public async Task Should_store_and_serve_the_logo_with_the_type_its_content_shows_When_a_branch_uploads_an_image(string format, string expectedType)
    {
        var admin = await AdminAsync();
        var branch = await admin.CreateOrganizationAsync($"品牌支部{format}", OrganizationType.Branch, configure: o => o.BrandName = "红帆");
        var image = (format switch { "png" => PngHeader, "jpeg" => JpegHeader, _ => WebPHeader }).Concat(new byte[500]).ToArray();

        // The declared type and name are ignored: only the bytes decide.
        (await UploadLogoAsync(admin, branch.Id, image, "logo.bin", "application/octet-stream")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var served = await admin.Http.GetAsync($"{Route}/{branch.Id}/brand-logo");
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe(expectedType);
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(image);
        (await admin.GetOrganizationAsync(branch.Id)).HasBrandLogo.ShouldBeTrue();

        (await admin.SendAsync(HttpMethod.Delete, $"{Route}/{branch.Id}/brand-logo")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetOrganizationAsync(branch.Id)).HasBrandLogo.ShouldBeFalse();
        await (await admin.SendAsync(HttpMethod.Get, $"{Route}/{branch.Id}/brand-logo"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Should_answer_400_InvalidImage_and_keep_the_old_logo_When_the_upload_is_not_an_image_or_too_large()
    {
        var admin = await AdminAsync();
        var branch = await admin.CreateOrganizationAsync("拒收支部", OrganizationType.Branch);
        var logo = PngHeader.Concat(new byte[100]).ToArray();
        (await UploadLogoAsync(admin, branch.Id, logo, "logo.png", "image/png")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refused = new[]
        {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
            "GIF89a not accepted"u8.ToArray(),
            [],
            PngHeader.Concat(new byte[OrganizationConsts.MaxLogoBytes]).ToArray(),
        };
        foreach (var content in refused)
        {
            await (await UploadLogoAsync(admin, branch.Id, content, "logo.png", "image/png"))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, InvalidImage);
        }

        // A form without any part does not bind at all: an ordinary validation failure.
        await (await admin.Http.PutAsync($"{Route}/{branch.Id}/brand-logo", new MultipartFormDataContent()))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        (await (await admin.Http.GetAsync($"{Route}/{branch.Id}/brand-logo")).Content.ReadAsByteArrayAsync()).ShouldBe(logo);
    }

    [Fact]
    public async Task Should_seed_the_five_default_categories_for_a_new_committee_once()
    {
        var admin = await AdminAsync();
        var committee = await CommitteeAsync();

        await fixture.InTenantAsync(null, sp => sp.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(committee.Id)));
        var categories = await admin.GetJsonAsync<List<OrganizationCategoryDto>>(Categories);

        categories.Select(c => (c.Name, c.Kind)).ShouldBe(
        [
            ("政务部门", UnitKind.GovernmentDepartment), ("国有企业", UnitKind.StateEnterprise), ("乡镇街道", UnitKind.TownshipOrStreet),
            ("村社区", UnitKind.VillageOrCommunity), ("其他", UnitKind.Other),
        ]);
    }

    [Fact]
    public async Task Should_create_rename_and_delete_a_category_and_answer_409_CategoryInUse_while_an_organisation_uses_it()
    {
        var admin = await AdminAsync();
        var category = await (await admin.SendAsync(HttpMethod.Post, Categories, new { name = "事业单位", kind = "Other", sortOrder = 60 }))
            .ReadAsync<OrganizationCategoryDto>(HttpStatusCode.Created);
        var renamed = await (await admin.SendAsync(HttpMethod.Put, $"{Categories}/{category.Id}",
                new { name = "公益事业单位", kind = "Other", sortOrder = 60, concurrencyStamp = category.ConcurrencyStamp }))
            .ReadAsync<OrganizationCategoryDto>();
        renamed.Name.ShouldBe("公益事业单位");
        var user = await admin.CreateOrganizationAsync("医院党支部", OrganizationType.Branch, configure: o => o.CategoryId = category.Id);
        user.CategoryName.ShouldBe("公益事业单位");

        await (await admin.SendAsync(HttpMethod.Delete, $"{Categories}/{category.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "PartyBuilding:Organizations:CategoryInUse");
        await (await admin.SendAsync(HttpMethod.Put, $"{Categories}/{category.Id}",
                new { name = "旧副本", kind = "Other", sortOrder = 60, concurrencyStamp = category.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);
        await (await admin.SendAsync(HttpMethod.Post, Categories, new { name = "坏类别", kind = 7 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        (await admin.SendAsync(HttpMethod.Put, $"{Route}/{user.Id}", UpdateOf(user, u => u.CategoryId = null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.SendAsync(HttpMethod.Delete, $"{Categories}/{category.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetJsonAsync<List<OrganizationCategoryDto>>(Categories)).Select(c => c.Id).ShouldNotContain(category.Id);
    }
}

public sealed class OrganizationBrandAndCategoryTestsOnSqlite(SqliteFixture fixture)
    : OrganizationBrandAndCategoryTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OrganizationBrandAndCategoryTestsOnPostgreSql(PostgreSqlFixture fixture)
    : OrganizationBrandAndCategoryTests(fixture), IClassFixture<PostgreSqlFixture>;
