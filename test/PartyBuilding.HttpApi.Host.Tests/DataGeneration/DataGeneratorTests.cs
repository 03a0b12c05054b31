using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Activities;
using PartyBuilding.DbMigrator;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Text;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// The data generator at the tiny scale: the planned counts, ID numbers encrypted and hashed as the Members module
/// does it, the platform's own reads (sign-in, tree, member page, compliance, statistics) agreeing with the rows,
/// the same content for the same seed, and refusal of a database that already holds committees.
/// </summary>
public abstract partial class DataGeneratorTests(PlatformFixture fixture)
{
    private static readonly GenerationPlan Tiny = GenerationPlan.ForScale("tiny", 42, GenerationPlan.DefaultAsOf);

    /// <summary>The counts of the tiny scale's first committee, as a plan of its own.</summary>
    private static readonly string[] FirstCommitteeOnly =
    [
        "--committees", "1",
        "--organizations", Tiny.ShareOf(Tiny.Organizations, 0).ToString(CultureInfo.InvariantCulture),
        "--members", Tiny.ShareOf(Tiny.Members, 0).ToString(CultureInfo.InvariantCulture),
        "--activities", Tiny.ShareOf(Tiny.Activities, 0).ToString(CultureInfo.InvariantCulture),
    ];

    private Task<GenerationReport> GeneratedAsync() =>
        fixture.SharedAsync("generated", () => DataGenerator.GenerateAsync(fixture.Services, Tiny));

    [Fact]
    public async Task Writes_the_planned_counts_and_reports_every_row()
    {
        var report = await GeneratedAsync();

        report.RowsByTable["PbOrganizations"].ShouldBe(Tiny.Organizations);
        report.RowsByTable["PbMembers"].ShouldBe(Tiny.Members);
        report.RowsByTable["PbMemberHistory"].ShouldBe(Tiny.Members);
        report.RowsByTable["PbActivities"].ShouldBe(Tiny.Activities);
        report.RowsByTable["PbMeetingAttendees"].ShouldBeGreaterThan(report.RowsByTable["PbMeetings"]);
        report.TotalRows.ShouldBe(report.RowsByTable.Values.Sum());
        report.RowsPerSecond.ShouldBeGreaterThan(0);
        await fixture.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            (await db.Tenants.OrderBy(t => t.Code).Select(t => t.Code).ToListAsync()).ShouldBe(["c001", "c002"]);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var (table, rows) in report.RowsByTable)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                Convert.ToInt64(await count.ExecuteScalarAsync()).ShouldBe(rows, table);
            }

            // Every duty of the seeded rules was held somewhere, the 组织生活会 of November included.
            (await db.MeetingTypes.IgnoreQueryFilters().Select(t => t.Type).Distinct().CountAsync()).ShouldBe(Enum.GetValues<MeetingType>().Length);
            var paths = await db.Organizations.IgnoreQueryFilters().GroupBy(o => o.TenantId).Select(g => g.Max(o => o.Path.Length)).ToListAsync();
            paths.ShouldAllBe(length => length >= 3 * OrganizationConsts.PathSegmentLength && length <= 5 * OrganizationConsts.PathSegmentLength);
        });
    }

    [Fact]
    public async Task Id_numbers_are_encrypted_and_hashed_as_the_members_module_does_and_never_stored_in_clear()
    {
        await GeneratedAsync();
        var protector = fixture.Services.GetRequiredService<IPersonalDataProtector>();
        var clear = new HashSet<string>();
        await fixture.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            var members = await db.Members.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            members.Count.ShouldBe(Tiny.Members);
            foreach (var member in members)
            {
                var idNumber = protector.Unprotect(member.IdNumberCipher);
                idNumber.Length.ShouldBe(MemberConsts.IdNumberLength);
                IdNumber.HasValidChecksum(idNumber).ShouldBeTrue(idNumber);
                IdNumber.BirthDateOf(idNumber).ShouldBe(member.BirthDate);
                IdNumber.GenderOf(idNumber).ShouldBe(member.Gender);
                idNumber.ShouldStartWith("15"); // 内蒙古自治区
                member.IdNumberHash.ShouldBe(protector.Hash(idNumber));
                member.IdNumberMasked.ShouldBe(Masking.Mask(idNumber));
                IdNumber.AgeOn(member.BirthDate, member.AppliedOn!.Value).ShouldBeGreaterThanOrEqualTo(MemberConsts.MinimumApplicantAge);
                clear.Add(idNumber);
                clear.Add(protector.Unprotect(member.PhoneCipher!));
            }

            clear.Count(n => n.StartsWith("150424", StringComparison.Ordinal)).ShouldBeGreaterThan(0); // 林西县

            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var all = connection.CreateCommand();
            all.CommandText = "SELECT * FROM \"PbMembers\"";
            await using var reader = await all.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    foreach (Match digits in DigitRuns().Matches(Convert.ToString(reader.GetValue(i)) ?? ""))
                    {
                        clear.ShouldNotContain(digits.Value, reader.GetName(i));
                    }
                }
            }
        });
    }

    [Fact]
    public async Task Committee_users_sign_in_and_the_platforms_reads_agree_with_the_generated_rows()
    {
        await GeneratedAsync();
        var expected = await fixture.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            var tenantId = await db.Tenants.Where(t => t.Code == "c001").Select(t => t.Id).SingleAsync();
            var secretary = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.TenantId == tenantId && u.UserName == "c001.secretary");
            var organizations = await db.Organizations.IgnoreQueryFilters().Where(o => o.TenantId == tenantId).ToListAsync();
            var root = organizations.OrderBy(o => o.Path).First();
            var branch = organizations.Single(o => o.Id == secretary.OrganizationId);
            var members = await db.Members.IgnoreQueryFilters().Where(m => m.TenantId == tenantId)
                .Select(m => new { m.OrganizationId, m.Id }).ToListAsync();
            int MembersUnder(Organization top) =>
                members.Count(m => organizations.Single(o => o.Id == m.OrganizationId).Path.StartsWith(top.Path, StringComparison.Ordinal));
            var year = new DateOnly(Tiny.AsOf.Year, 1, 1);
            var approved = await db.Activities.IgnoreQueryFilters()
                .Where(a => a.TenantId == tenantId && a.Status == ActivityStatus.Approved && a.HeldOn >= year)
                .Select(a => a.OrganizationId).ToListAsync();
            var held = await db.Meetings.IgnoreQueryFilters()
                .CountAsync(m => m.OrganizationId == branch.Id && m.Status == MeetingStatus.Submitted && m.HeldOn >= year);
            return new
            {
                Organizations = organizations.Count,
                Members = members.Count,
                Root = root,
                RootMembers = MembersUnder(root),
                Branch = branch,
                BranchMembers = MembersUnder(branch),
                SecretaryMemberId = secretary.MemberId,
                Approved = approved.Count,
                BranchApproved = approved.Count(id => organizations.Single(o => o.Id == id).Path.StartsWith(branch.Path, StringComparison.Ordinal)),
                BranchHeld = held,
            };
        });
        expected.Organizations.ShouldBe(Tiny.ShareOf(Tiny.Organizations, 0));

        using var admin = await fixture.SignInAsync("c001", "c001.admin", GenerationPlan.Password);
        var tree = await admin.GetJsonAsync<List<OrganizationTreeNodeDto>>("/api/organizations/tree");
        Flatten(tree).Count().ShouldBe(expected.Organizations);
        Flatten(tree).Where(n => n.Type != OrganizationType.PartyGroup).Sum(n => n.MemberCount).ShouldBe(expected.Members);
        var page = await admin.GetJsonAsync<Paged<MemberListItemDto>>($"/api/members?organizationId={expected.Root.Id}&maxResultCount=20");
        page.TotalCount.ShouldBe(expected.RootMembers);
        page.Items.Count.ShouldBe(Math.Min(20, expected.RootMembers));
        page.Items.ShouldAllBe(m => m.IdNumber.Contains('*'));
        var statistics = await admin.GetJsonAsync<ActivityStatisticsDto>($"/api/activities/statistics?period={Tiny.AsOf.Year}");
        statistics.ByOrganization.Sum(o => o.Approved).ShouldBe(expected.Approved);
        statistics.ByCategory.Sum(c => c.Approved).ShouldBe(expected.Approved);

        using var secretary = await fixture.SignInAsync("c001", "c001.secretary", GenerationPlan.Password);
        var own = await secretary.GetJsonAsync<List<OrganizationTreeNodeDto>>("/api/organizations/tree");
        own.Single().Id.ShouldBe(expected.Branch.Id);
        (await secretary.GetJsonAsync<Paged<MemberListItemDto>>("/api/members?maxResultCount=1")).TotalCount.ShouldBe(expected.BranchMembers);
        (await secretary.GetJsonAsync<MemberDto>("/api/members/me")).Id.ShouldBe(expected.SecretaryMemberId!.Value);
        var compliance = await secretary.GetJsonAsync<ComplianceReportDto>(
            $"/api/meetings/compliance?period={Tiny.AsOf.Year}&organizationId={expected.Branch.Id}");
        var ofBranch = compliance.Organizations.Single(o => o.OrganizationId == expected.Branch.Id);
        ofBranch.Held.ShouldBe(expected.BranchHeld);
        ofBranch.Required.ShouldBeGreaterThan(0);
        ofBranch.Fulfilled.ShouldBeGreaterThan(0);
        var branchStatistics = await secretary.GetJsonAsync<ActivityStatisticsDto>($"/api/activities/statistics?period={Tiny.AsOf.Year}");
        branchStatistics.ByOrganization.Sum(o => o.Approved).ShouldBe(expected.BranchApproved);
    }

    /// <summary>
    /// A committee is the same whichever run and database it is generated in (it has a seed of its own, which is what
    /// lets committees be generated in parallel): c001 alone, by the command, equals c001 of the shared generation.
    /// </summary>
    [Fact]
    public async Task The_same_seed_gives_the_same_content_and_another_seed_other_content()
    {
        var report = await GeneratedAsync();
        var model = fixture.Services.CreateScope().ServiceProvider.GetRequiredService<PartyBuildingDbContext>().Model;
        Task<string> DigestAsync(string connectionString) =>
            GenerationDigest.ComputeAsync(fixture.Provider, connectionString, model, report.RowsByTable.Keys, "c001");
        var generated = await DigestAsync(fixture.Database.ConnectionString);

        await using var same = await TestDatabase.CreateAsync(fixture.Provider);
        (await RunCommandAsync(same, "42", FirstCommitteeOnly)).ExitCode.ShouldBe(0);
        (await DigestAsync(same.ConnectionString)).ShouldBe(generated);

        await using var other = await TestDatabase.CreateAsync(fixture.Provider);
        (await RunCommandAsync(other, "43", FirstCommitteeOnly)).ExitCode.ShouldBe(0);
        (await DigestAsync(other.ConnectionString)).ShouldNotBe(generated);
    }

    [Fact]
    public async Task A_database_that_holds_committees_is_refused()
    {
        var report = await GeneratedAsync();

        await Should.ThrowAsync<GenerationRefusedException>(() => DataGenerator.GenerateAsync(fixture.Services, Tiny));
        var (exitCode, error) = await RunCommandAsync(fixture.Database, "42");
        exitCode.ShouldBe(MigratorCommand.Refused);
        error.ShouldContain("already holds 2 committee(s)");
        await fixture.InTenantAsync(null, async sp =>
            (await sp.GetRequiredService<PartyBuildingDbContext>().Members.IgnoreQueryFilters().LongCountAsync()).ShouldBe(report.RowsByTable["PbMembers"]));
    }

    /// <summary>The DbMigrator's <c>generate</c> command, as the console runs it, on a database of the fixture's provider and key.</summary>
    private async Task<(int ExitCode, string Error)> RunCommandAsync(TestDatabase database, string seed, params string[] counts)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await MigratorCommand.RunAsync(
        [
            "generate", "--scale", "tiny", "--seed", seed,
            "--Database:Provider", database.Provider.ToString(),
            "--ConnectionStrings:Default", database.ConnectionString,
            "--Host:AdminPassword", PlatformFixture.HostAdminPassword,
            "--" + AesGcmPersonalDataProtector.ConfigurationKey, fixture.PersonalDataKey,
            "--Logging:LogLevel:Default", "Warning",
            .. counts,
        ], output, error);
        return (exitCode, error.ToString());
    }

    private static IEnumerable<OrganizationTreeNodeDto> Flatten(IEnumerable<OrganizationTreeNodeDto> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    /// <summary>Runs of digits as long as a phone or ID number: what a clear value would look like.</summary>
    [GeneratedRegex("[0-9]{11,17}[0-9X]?")]
    private static partial Regex DigitRuns();
}

public sealed class DataGeneratorTestsOnSqlite(SqliteFixture fixture) : DataGeneratorTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DataGeneratorTestsOnPostgreSql(PostgreSqlFixture fixture) : DataGeneratorTests(fixture), IClassFixture<PostgreSqlFixture>;
