using System.Net;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Members;
using PartyBuilding.Settings;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Organizations.OrganizationTestApi;

namespace PartyBuilding.Organizations;

/// <summary>
/// Set-up and term warnings follow the committee's settings and cite their source; committee terms follow the
/// committee's clock. Each test has its own committee, since settings are committee-wide, and signs in afresh,
/// since one test moves the clock.
/// </summary>
public abstract class OrganizationWarningTests(PlatformFixture fixture)
{
    private const string Errors = "PartyBuilding:Organizations:";

    private sealed record Committee(Guid Id, SessionClient Admin);

    private async Task<Committee> NewCommitteeAsync(string code)
    {
        var committee = await fixture.CreateCommitteeAsync(code);
        return new Committee(committee.Id, await fixture.SignInAsync(code, $"{code}.admin"));
    }

    /// <summary>A branch in a committee of its own, with member records placed straight in it.</summary>
    private async Task<(SessionClient Admin, OrganizationDetailDto Branch)> NewBranchAsync(string code, int fullMembers, int probationaryMembers)
    {
        var (committeeId, admin) = await NewCommitteeAsync(code);
        var branch = await admin.CreateOrganizationAsync($"{code} 党支部", OrganizationType.Branch);
        await fixture.AddMembersAsync(committeeId, branch.Id, MemberStage.Full, fullMembers);
        await fixture.AddMembersAsync(committeeId, branch.Id, MemberStage.Probationary, probationaryMembers);
        return (admin, branch);
    }

    private static async Task<IReadOnlyList<SettingDto>> SetAsync(SessionClient admin, string name, int? value) =>
        await (await admin.SendAsync(HttpMethod.Put, "/api/settings", new[] { new { name, value } })).ReadAsync<List<SettingDto>>();

    private static async Task<List<string>> WarningCodesAsync(SessionClient admin, Guid id) =>
        [.. (await admin.GetOrganizationAsync(id)).Warnings.Select(w => w.Code)];

    private static Task<HttpResponseMessage> AddTermAsync(SessionClient admin, Guid organizationId, DateOnly startsOn, DateOnly? endsOn = null, object[]? members = null) =>
        admin.SendAsync(HttpMethod.Post, $"{Route}/{organizationId}/committee-terms", new { startsOn, endsOn, members = members ?? [] });

    [Fact]
    public async Task Should_warn_FewerThanMinimumFullMembers_citing_the_regulation_in_the_callers_language_and_follow_the_setting()
    {
        var (admin, branch) = await NewBranchAsync("warn-min", fullMembers: 2, probationaryMembers: 1);

        var detail = await admin.GetOrganizationAsync(branch.Id);

        detail.MemberCounts.ShouldBe(new OrganizationMemberCountsDto(2, 1, 0));
        var warning = detail.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(OrganizationWarningCodes.FewerThanMinimumFullMembers);
        warning.Message.ShouldContain("正式党员2人");
        var settings = await admin.GetJsonAsync<List<SettingDto>>("/api/settings");
        warning.Citation.ShouldBe(settings.Single(s => s.Name == OrganizationSettings.MinFullMembersPerBranch).Citation);
        warning.Citation.ShouldContain("支部工作条例");
        (await admin.GetOrganizationAsync(branch.Id, language: "en")).Warnings.Single().Message.ShouldStartWith("2 full members, fewer than the 3");

        await SetAsync(admin, OrganizationSettings.MinFullMembersPerBranch, 2);
        (await WarningCodesAsync(admin, branch.Id)).ShouldBeEmpty();

        await SetAsync(admin, OrganizationSettings.MinFullMembersPerBranch, null);
        (await WarningCodesAsync(admin, branch.Id)).ShouldBe([OrganizationWarningCodes.FewerThanMinimumFullMembers]);
        (await admin.GetJsonAsync<List<OrganizationTreeNodeDto>>($"{Route}/tree")).Single(n => n.Id == branch.Id)
            .ShouldSatisfyAllConditions(n => n.WarningCount.ShouldBe(1), n => n.MemberCount.ShouldBe(3));
    }

    [Fact]
    public async Task Should_warn_CommitteeRequired_until_a_term_runs_and_TooManyMembers_above_the_settings_thresholds()
    {
        var (admin, branch) = await NewBranchAsync("warn-size", fullMembers: 3, probationaryMembers: 8);
        (await WarningCodesAsync(admin, branch.Id)).ShouldBeEmpty("3 full members reach the minimum; 7 are needed for a committee; 11 are within 50");

        await SetAsync(admin, OrganizationSettings.CommitteeRequiredFromFullMembers, 3);
        await SetAsync(admin, OrganizationSettings.MaxMembersPerBranch, 10);

        (await WarningCodesAsync(admin, branch.Id)).ShouldBe(
            [OrganizationWarningCodes.CommitteeRequired, OrganizationWarningCodes.TooManyMembers], ignoreOrder: true);
        (await AddTermAsync(admin, branch.Id, fixture.Today().AddYears(-1))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var detail = await admin.GetOrganizationAsync(branch.Id);
        detail.Warnings.Select(w => w.Code).ShouldBe([OrganizationWarningCodes.TooManyMembers]);
        detail.CurrentTerm.ShouldNotBeNull().EndsOn.ShouldBe(fixture.Today().AddYears(2), "the committee's term is 3 years by default");
    }

    [Fact]
    public async Task Should_warn_TermEndingSoon_and_then_TermExpired_as_the_committees_clock_passes_the_end_of_the_term()
    {
        var (_, admin) = await NewCommitteeAsync("warn-term");
        var committee = await admin.CreateOrganizationAsync("届次党委", OrganizationType.PartyCommittee);
        (await WarningCodesAsync(admin, committee.Id)).ShouldBe([OrganizationWarningCodes.NoCommitteeTerm]);
        var endsOn = fixture.Today().AddDays(100);

        var term = await (await AddTermAsync(admin, committee.Id, endsOn.AddYears(-3))).ReadAsync<CommitteeTermDto>(HttpStatusCode.Created);

        term.EndsOn.ShouldBe(endsOn);
        term.DaysToEnd.ShouldBe(100);
        (await WarningCodesAsync(admin, committee.Id)).ShouldBeEmpty("100 days are beyond the 90-day warning");
        await SetAsync(admin, OrganizationSettings.TermEndingWarningDays, 120);
        var early = (await admin.GetOrganizationAsync(committee.Id)).Warnings.ShouldHaveSingleItem();
        early.Code.ShouldBe(OrganizationWarningCodes.TermEndingSoon);
        early.Message.ShouldContain("100");
        await SetAsync(admin, OrganizationSettings.TermEndingWarningDays, null);

        fixture.Clock.Advance(TimeSpan.FromDays(20));
        using var later = await fixture.SignInAsync("warn-term", "warn-term.admin");
        var soon = await later.GetOrganizationAsync(committee.Id);
        soon.Warnings.Select(w => w.Code).ShouldBe([OrganizationWarningCodes.TermEndingSoon]);
        soon.CurrentTerm.ShouldNotBeNull().DaysToEnd.ShouldBe(80);

        fixture.Clock.Advance(TimeSpan.FromDays(81));
        using var after = await fixture.SignInAsync("warn-term", "warn-term.admin");
        var expired = await after.GetOrganizationAsync(committee.Id);
        expired.CurrentTerm.ShouldBeNull();
        var warning = expired.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(OrganizationWarningCodes.TermExpired);
        warning.Message.ShouldContain(endsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (await after.GetJsonAsync<List<CommitteeTermDto>>($"{Route}/{committee.Id}/committee-terms")).Single().DaysToEnd.ShouldBe(-1);
    }

    [Fact]
    public async Task Should_keep_committee_terms_newest_first_with_their_posts_and_refuse_bad_or_stale_input()
    {
        var (_, admin) = await NewCommitteeAsync("terms");
        var village = (await admin.GetJsonAsync<List<OrganizationCategoryDto>>("/api/organization-categories"))
            .Single(c => c.Kind == UnitKind.VillageOrCommunity);
        var branch = await admin.CreateOrganizationAsync("村党支部", OrganizationType.Branch, configure: o => o.CategoryId = village.Id);
        var today = fixture.Today();

        var old = await (await AddTermAsync(admin, branch.Id, today.AddYears(-6))).ReadAsync<CommitteeTermDto>(HttpStatusCode.Created);
        var current = await (await AddTermAsync(admin, branch.Id, today.AddYears(-1), members:
            [new { post = "Secretary", name = "王书记" }, new { post = "Other", postTitle = "青年委员", name = "李委员" }]))
            .ReadAsync<CommitteeTermDto>(HttpStatusCode.Created);

        old.EndsOn.ShouldBe(today.AddYears(-1), "village and community committees serve 5 years");
        current.Members.Select(m => (m.Post, m.PostTitle, m.Name)).ShouldBe(
            [(CommitteePost.Secretary, null, "王书记"), (CommitteePost.Other, "青年委员", "李委员")]);
        (await admin.GetJsonAsync<List<CommitteeTermDto>>($"{Route}/{branch.Id}/committee-terms")).Select(t => t.Id).ShouldBe([current.Id, old.Id]);
        (await admin.GetOrganizationAsync(branch.Id)).CurrentTerm.ShouldNotBeNull().Id.ShouldBe(current.Id);

        var termRoute = $"{Route}/{branch.Id}/committee-terms/{current.Id}";
        var updated = await (await admin.SendAsync(HttpMethod.Put, termRoute, new
            {
                startsOn = current.StartsOn, endsOn = current.EndsOn, notes = "补选", members = new[] { new { post = "Secretary", name = "赵书记" } },
                concurrencyStamp = current.ConcurrencyStamp,
            }))
            .ReadAsync<CommitteeTermDto>();
        updated.Members.Select(m => m.Name).ShouldBe(["赵书记"]);
        updated.ConcurrencyStamp.ShouldNotBe(current.ConcurrencyStamp);
        await (await admin.SendAsync(HttpMethod.Put, termRoute, new
            {
                startsOn = current.StartsOn, members = Array.Empty<object>(), concurrencyStamp = current.ConcurrencyStamp,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);
        await (await AddTermAsync(admin, branch.Id, today, today.AddDays(-1)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "InvalidDates");
        await (await AddTermAsync(admin, branch.Id, today, members: [new { post = "Secretary", name = "查无此人", memberId = Guid.NewGuid() }]))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "UnknownMember");
        await (await AddTermAsync(admin, branch.Id, today, members: [new { post = "Secretary" }]))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        (await admin.SendAsync(HttpMethod.Delete, termRoute)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetJsonAsync<List<CommitteeTermDto>>($"{Route}/{branch.Id}/committee-terms")).Select(t => t.Id).ShouldBe([old.Id]);
        await (await admin.SendAsync(HttpMethod.Delete, termRoute))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
    }
}

public sealed class OrganizationWarningTestsOnSqlite(SqliteFixture fixture)
    : OrganizationWarningTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OrganizationWarningTestsOnPostgreSql(PostgreSqlFixture fixture)
    : OrganizationWarningTests(fixture), IClassFixture<PostgreSqlFixture>;
