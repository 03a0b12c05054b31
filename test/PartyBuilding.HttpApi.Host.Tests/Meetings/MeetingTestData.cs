using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Security;
using PartyBuilding.Identity;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Support;
using PartyBuilding.Testing;

namespace PartyBuilding.Meetings;

/// <summary>
/// A committee for the meeting tests: a 党委 with branch A (a committee term of three members, a party group,
/// four full members and a probationer) and branch B (one member), an admin and branch A's secretary.
/// </summary>
public sealed record MeetingCommittee(
    Guid TenantId,
    string Code,
    Guid Root,
    Guid BranchA,
    Guid GroupA,
    Guid BranchB,
    IReadOnlyList<Guid> FullMembersA,
    Guid ProbationerA,
    Guid MemberB,
    Guid SecretaryUserId)
{
    public string Admin => $"{Code}.admin";

    public string Secretary => $"{Code}.secretary";
}

public static class MeetingTestData
{
    private static int _idNumberSequence;

    public static async Task<MeetingCommittee> CreateMeetingCommitteeAsync(this PlatformFixture fixture, string code)
    {
        var tenant = await fixture.CreateCommitteeAsync(code);
        var root = Guid.CreateVersion7();
        var branchA = Guid.CreateVersion7();
        var groupA = Guid.CreateVersion7();
        var branchB = Guid.CreateVersion7();
        var established = new DateOnly(2010, 1, 1);
        await fixture.InTenantAsync(tenant.Id, async sp =>
        {
            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            db.Organizations.AddRange(
                new Organization(root, null, "00001.", OrganizationType.PartyCommittee, $"{code} 机关党委") { EstablishedOn = established },
                new Organization(branchA, root, "00001.00001.", OrganizationType.Branch, $"{code} 甲支部") { EstablishedOn = established },
                new Organization(groupA, branchA, "00001.00001.00001.", OrganizationType.PartyGroup, $"{code} 甲支部第一党小组")
                {
                    EstablishedOn = established,
                },
                new Organization(branchB, root, "00001.00002.", OrganizationType.Branch, $"{code} 乙支部") { EstablishedOn = established });
            await db.SaveChangesAsync();
        });

        var fullA = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            fullA.Add(await fixture.AddMemberAsync(tenant.Id, branchA, i == 0 ? groupA : null, MemberStage.Full, $"甲{i + 1}"));
        }

        var probationer = await fixture.AddMemberAsync(tenant.Id, branchA, null, MemberStage.Probationary, "甲预备");
        var memberB = await fixture.AddMemberAsync(tenant.Id, branchB, null, MemberStage.Full, "乙1");
        await fixture.InTenantAsync(tenant.Id, async sp =>
        {
            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            var term = new CommitteeTerm(Guid.CreateVersion7(), branchA, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));
            term.ReplaceMembers(fullA.Take(3).Select((id, index) =>
                new CommitteeMember(Guid.CreateVersion7(), index == 0 ? CommitteePost.Secretary : CommitteePost.OrganizationMember,
                    $"委员{index + 1}", id, null, index)));
            db.CommitteeTerms.Add(term);
            await db.SaveChangesAsync();
        });

        var secretary = await fixture.InTenantAsync(tenant.Id, sp => sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
        {
            UserName = $"{code}.secretary",
            Name = $"{code} 书记",
            Password = PlatformFixture.UserPassword,
            RoleNames = [RoleNames.BranchSecretary],
            OrganizationId = branchA,
        }));
        return new MeetingCommittee(tenant.Id, code, root, branchA, groupA, branchB, fullA, probationer, memberB, secretary.Id);
    }

    public static Task<Guid> AddMemberAsync(
        this PlatformFixture fixture, Guid tenantId, Guid organizationId, Guid? partyGroupId, MemberStage stage, string name) =>
        fixture.InTenantAsync(tenantId, async sp =>
        {
            var db = sp.GetRequiredService<IMembersDbContext>();
            var protector = sp.GetRequiredService<IPersonalDataProtector>();
            var idNumber = $"150421197001{Interlocked.Increment(ref _idNumberSequence):D6}";
            var member = new Member(Guid.CreateVersion7(), organizationId, name, stage)
            {
                Gender = Gender.Female,
                Ethnicity = "汉族",
                BirthDate = new DateOnly(1970, 1, 1),
                PartyGroupId = partyGroupId,
            };
            member.SetIdNumber(protector.Protect(idNumber), protector.Hash(idNumber), "150***********" + idNumber[^4..]);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });

    /// <summary>The body of <c>POST /api/meetings</c>; <paramref name="startsAt"/> is a UTC instant.</summary>
    public static Dictionary<string, object?> NewMeeting(
        Guid organizationId, DateTime startsAt, params MeetingType[] types) => new()
    {
        ["organizationId"] = organizationId,
        ["types"] = types.Select(t => t.ToString()).ToArray(),
        ["startsAt"] = DateTime.SpecifyKind(startsAt, DateTimeKind.Utc),
        ["endsAt"] = DateTime.SpecifyKind(startsAt.AddHours(2), DateTimeKind.Utc),
        ["place"] = "党员活动室",
        ["mode"] = "Offline",
        ["topic"] = "学习党章",
        ["minutes"] = "会议纪要",
        ["attendees"] = Array.Empty<object>(),
    };

    public static object Attendee(Guid memberId, string status = "Present", string? absenceReason = null) =>
        new { memberId, status, absenceReason };

    public static async Task<MeetingDto> CreateMeetingAsync(this SessionClient client, Dictionary<string, object?> body) =>
        await (await client.SendAsync(HttpMethod.Post, "/api/meetings", body)).ReadAsync<MeetingDto>(HttpStatusCode.Created);

    public static async Task<MeetingDto> SubmitMeetingAsync(this SessionClient client, MeetingDto meeting) =>
        await (await client.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting.Id}/submit", new { meeting.ConcurrencyStamp }))
            .ReadAsync<MeetingDto>();

    /// <summary>A UTC instant given as Beijing wall-clock time (the test committees' zone).</summary>
    public static DateTime Beijing(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).UtcDateTime;
}
