using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Security;
using PartyBuilding.Members;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Organizations;

/// <summary>Requests and records the organisation tests share.</summary>
public static class OrganizationTestApi
{
    public const string Route = "/api/organizations";

    private static int _idNumberSequence;

    public static async Task<OrganizationDetailDto> CreateOrganizationAsync(
        this SessionClient client, string name, OrganizationType type, Guid? parentId = null, Action<CreateOrganizationDto>? configure = null)
    {
        var input = new CreateOrganizationDto { Name = name, Type = type, ParentId = parentId };
        configure?.Invoke(input);
        return await (await client.SendAsync(HttpMethod.Post, Route, input)).ReadAsync<OrganizationDetailDto>(HttpStatusCode.Created);
    }

    /// <summary>Creates each organisation under the one before it, the first at the top level.</summary>
    public static async Task<List<OrganizationDetailDto>> CreateChainAsync(
        this SessionClient client, params (string Name, OrganizationType Type)[] levels)
    {
        var chain = new List<OrganizationDetailDto>();
        foreach (var (name, type) in levels)
        {
            chain.Add(await client.CreateOrganizationAsync(name, type, chain.LastOrDefault()?.Id));
        }

        return chain;
    }

    public static async Task<OrganizationDetailDto> GetOrganizationAsync(this SessionClient client, Guid id, string? language = null) =>
        await (await client.SendAsync(HttpMethod.Get, $"{Route}/{id}", language: language)).ReadAsync<OrganizationDetailDto>();

    public static Task<HttpResponseMessage> MoveOrganizationAsync(this SessionClient client, OrganizationDto organization, Guid? parentId) =>
        client.SendAsync(HttpMethod.Post, $"{Route}/{organization.Id}/move", new { parentId, concurrencyStamp = organization.ConcurrencyStamp });

    /// <summary>An update that changes nothing unless <paramref name="change"/> does.</summary>
    public static UpdateOrganizationDto UpdateOf(OrganizationDto organization, Action<UpdateOrganizationDto>? change = null)
    {
        var update = new UpdateOrganizationDto
        {
            Type = organization.Type,
            CategoryId = organization.CategoryId,
            Name = organization.Name,
            ShortName = organization.ShortName,
            Code = organization.Code,
            UnitName = organization.UnitName,
            EstablishedOn = organization.EstablishedOn,
            JoinedOn = organization.JoinedOn,
            LeftOn = organization.LeftOn,
            EndsOn = organization.EndsOn,
            SortOrder = organization.SortOrder,
            BrandName = organization.BrandName,
            BrandSlogan = organization.BrandSlogan,
            BrandDescription = organization.BrandDescription,
            ConcurrencyStamp = organization.ConcurrencyStamp,
        };
        change?.Invoke(update);
        return update;
    }

    /// <summary>The committee's today by the test clock (the committees of the tests are in Beijing time).</summary>
    public static DateOnly Today(this PlatformFixture fixture) =>
        new TenantClock(fixture.Clock, TenantClock.FindTimeZone(TenantClock.DefaultTimeZoneId)).Today;

    /// <summary>
    /// Puts member records straight into the database: the organisation rules only count them, and the member
    /// records' own API belongs to another module.
    /// </summary>
    public static Task AddMembersAsync(this PlatformFixture fixture, Guid tenantId, Guid organizationId, MemberStage stage, int count) =>
        fixture.InTenantAsync(tenantId, async sp =>
        {
            var db = sp.GetRequiredService<IMembersDbContext>();
            var protector = sp.GetRequiredService<IPersonalDataProtector>();
            for (var i = 0; i < count; i++)
            {
                var idNumber = $"150421198001{Interlocked.Increment(ref _idNumberSequence):D6}";
                var member = new Member(Guid.CreateVersion7(), organizationId, $"党员{i + 1}", stage)
                {
                    Gender = Gender.Male,
                    Ethnicity = "汉族",
                    BirthDate = new DateOnly(1980, 1, 1),
                };
                member.SetIdNumber(protector.Protect(idNumber), protector.Hash(idNumber), "150***********" + idNumber[^4..]);
                db.Members.Add(member);
            }

            await db.SaveChangesAsync();
        });
}

public static class ListDeconstruction
{
    public static void Deconstruct<T>(this List<T> list, out T first, out T second, out T third) =>
        (first, second, third) = (list[0], list[1], list[2]);
}
