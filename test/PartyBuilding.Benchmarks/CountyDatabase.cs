using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.DataGeneration;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>
/// A database of one provider filled by the data generator at a named scale (county-S for the published figures,
/// tiny for the smoke run), with the platform in-process on it. The benchmarks act in the first committee, whose
/// officer is <see cref="AdminUserName"/>; <see cref="Township"/> is its largest subtree and <see cref="Branch"/>
/// its branch with the most meetings.
/// </summary>
public sealed class CountyDatabase : IAsyncDisposable
{
    public const int Seed = 20261122;

    private CountyDatabase(PlatformFixture fixture, GenerationReport generation, string code, Guid tenantId, Guid township, Guid branch)
    {
        Fixture = fixture;
        Generation = generation;
        Code = code;
        TenantId = tenantId;
        Township = township;
        Branch = branch;
    }

    public PlatformFixture Fixture { get; }

    public GenerationReport Generation { get; }

    public DatabaseProvider Provider => Fixture.Provider;

    public string Code { get; }

    /// <summary>
    /// The connection string for the server processes (the host, the baseline server): as the fixture's, but with
    /// SQLite's connection pool on, as a production host has it (the fixture turns it off to delete the file).
    /// </summary>
    public string ServerConnectionString => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(Fixture.Database.ConnectionString) { Pooling = true }.ToString()
        : Fixture.Database.ConnectionString;

    public string AdminUserName => $"{Code}.admin";

    public Guid TenantId { get; }

    public Guid Township { get; }

    public Guid Branch { get; }

    public static async Task<CountyDatabase> CreateAsync(DatabaseProvider provider, string scale)
    {
        var fixture = NewFixture(provider);
        await ((Xunit.IAsyncLifetime)fixture).InitializeAsync();
        try
        {
            var plan = GenerationPlan.ForScale(scale, Seed, GenerationPlan.DefaultAsOf);
            var generation = await DataGenerator.GenerateAsync(fixture.Services, plan);
            var code = plan.CommitteeCode(0);
            var tenantId = await fixture.InTenantAsync(null, sp => sp.GetRequiredService<PartyBuildingDbContext>()
                .Tenants.Where(t => t.Code == code).Select(t => t.Id).SingleAsync());
            var (township, branch) = await fixture.InTenantAsync(tenantId, FindTargetsAsync);
            return new CountyDatabase(fixture, generation, code, tenantId, township, branch);
        }
        catch
        {
            await ((Xunit.IAsyncLifetime)fixture).DisposeAsync();
            throw;
        }
    }

    /// <summary>A platform fixture for a benchmark: no log file, since writing every command's log line would be measured too.</summary>
    public static PlatformFixture NewFixture(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? new SqliteFixture { WritesLogFile = false }
        : new PostgreSqlFixture { WritesLogFile = false };

    /// <summary>Signs in as the committee's officer, in-process.</summary>
    public Task<SessionClient> AdminSessionAsync() =>
        Fixture.CreateSession().SignedInAsync(Code, AdminUserName, GenerationPlan.Password);

    public async ValueTask DisposeAsync() => await ((Xunit.IAsyncLifetime)Fixture).DisposeAsync();

    private static async Task<(Guid Township, Guid Branch)> FindTargetsAsync(IServiceProvider services)
    {
        var organizations = await services.GetRequiredService<IOrganizationsDbContext>().Organizations.AsNoTracking()
            .Select(o => new { o.Id, o.Path, o.Type }).ToListAsync();
        var membersByOrganization = await services.GetRequiredService<IMembersDbContext>().Members
            .GroupBy(m => m.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var meetingsByOrganization = await services.GetRequiredService<IMeetingsDbContext>().Meetings
            .GroupBy(m => m.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var rootDepth = organizations.Min(o => o.Path.Length);
        var township = organizations
            .Where(o => o.Path.Length == rootDepth + OrganizationConsts.PathSegmentLength)
            .MaxBy(o => organizations.Where(d => d.Path.StartsWith(o.Path, StringComparison.Ordinal))
                .Sum(d => membersByOrganization.GetValueOrDefault(d.Id)))!;
        var branch = organizations.MaxBy(o => meetingsByOrganization.GetValueOrDefault(o.Id))!;
        return (township.Id, branch.Id);
    }
}
