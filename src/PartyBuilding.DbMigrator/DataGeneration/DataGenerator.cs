using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyBuilding.Activities;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Settings;
using PartyBuilding.Identity;
using PartyBuilding.Organizations;
using PartyBuilding.Tenancy;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// Fills an empty database with synthetic committees at a named scale (see <see cref="GenerationPlan"/>). Committees,
/// their seeded catalogues, rules and roles, and the users are created through the platform's own services, so they
/// are right by construction; the bulk of the rows (organisations, members and their history, terms, meetings,
/// activities and their child rows) is generated per committee in parallel and loaded by binary COPY (PostgreSQL)
/// or prepared inserts in one transaction (SQLite), holding exactly what the services would have written.
/// </summary>
public static partial class DataGenerator
{
    public static async Task<GenerationReport> GenerateAsync(
        IServiceProvider rootServices, GenerationPlan plan, CancellationToken cancellationToken = default)
    {
        plan.Validate();
        var logger = rootServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataGenerator).FullName!);
        var stopwatch = Stopwatch.StartNew();
        await EnsureEmptyAsync(rootServices, cancellationToken);

        // On PostgreSQL committees are generated and loaded while the next ones are being created; SQLite has one
        // writer, and the load's transaction would lock the services out, so there all committees come first.
        var created = Channel.CreateUnbounded<CommitteeSetup>();
        var committees = new List<CommitteeSetup>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        async Task CreateCommitteesAsync()
        {
            try
            {
                for (var index = 0; index < plan.Committees; index++)
                {
                    var committee = await CreateCommitteeAsync(rootServices, plan, index, stop.Token);
                    committees.Add(committee);
                    await created.Writer.WriteAsync(committee, stop.Token);
                }

                created.Writer.Complete();
                LogPhase(logger, "committees created", stopwatch.Elapsed.TotalSeconds);
            }
            catch (Exception exception)
            {
                created.Writer.Complete(exception);
                throw;
            }
        }

        var provider = rootServices.GetRequiredService<DatabaseOptions>().Provider;
        var creating = provider == DatabaseProvider.Sqlite ? Task.CompletedTask : CreateCommitteesAsync();
        if (provider == DatabaseProvider.Sqlite)
        {
            await CreateCommitteesAsync();
        }

        IReadOnlyDictionary<string, long> rows;
        IReadOnlyDictionary<int, SecretaryPlacement> secretaries;
        try
        {
            (rows, secretaries) = await LoadContentAsync(rootServices, plan, created.Reader, stop.Token);
            await creating;
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAny(creating);
            throw;
        }

        LogPhase(logger, "content loaded", stopwatch.Elapsed.TotalSeconds);
        foreach (var committee in committees)
        {
            await CreateSecretaryAsync(rootServices, committee, secretaries[committee.Index], cancellationToken);
        }

        LogPhase(logger, "secretaries created", stopwatch.Elapsed.TotalSeconds);
        await AnalyzeAsync(rootServices, cancellationToken);
        return new GenerationReport(plan, rows, committees.Count, committees.Count * 2, stopwatch.Elapsed);
    }

    private static async Task EnsureEmptyAsync(IServiceProvider rootServices, CancellationToken cancellationToken)
    {
        await using var scope = rootServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyBuildingDbContext>();
        var committees = await db.Tenants.IgnoreQueryFilters([DataFilters.SoftDelete]).CountAsync(cancellationToken);
        if (committees > 0)
        {
            throw new GenerationRefusedException(committees);
        }
    }

    /// <summary>Creates the committee and its admin as the organisation department would, and reads back what it was seeded with.</summary>
    private static async Task<CommitteeSetup> CreateCommitteeAsync(
        IServiceProvider rootServices, GenerationPlan plan, int index, CancellationToken cancellationToken)
    {
        var code = plan.CommitteeCode(index);
        var county = Vocabulary.Counties[index % Vocabulary.Counties.Length];
        var field = Vocabulary.CommitteeFields[index / Vocabulary.Counties.Length % Vocabulary.CommitteeFields.Length];
        var round = index / (Vocabulary.Counties.Length * Vocabulary.CommitteeFields.Length);
        TenantDto tenant;
        await using (var scope = rootServices.CreateAsyncScope())
        {
            tenant = await scope.ServiceProvider.GetRequiredService<ITenantAppService>().CreateAsync(new CreateTenantDto
            {
                Code = code,
                Name = county.Name + field + "联合党委" + (round == 0 ? "" : $"（第{round + 1}片区）"),
                Region = "内蒙古自治区赤峰市" + county.Name,
                AdminUserName = code + ".admin",
                AdminPassword = GenerationPlan.Password,
            }, cancellationToken);
        }

        await using var tenantScope = rootServices.CreateAsyncScope();
        var services = tenantScope.ServiceProvider;
        using var _ = services.GetRequiredService<ICurrentTenant>().Change(tenant.Id, tenant.Code);
        var db = services.GetRequiredService<PartyBuildingDbContext>();
        var admin = await db.Users.AsNoTracking().Where(u => u.UserName == code + ".admin")
            .Select(u => new { u.Id, u.UserName, u.Name }).SingleAsync(cancellationToken);
        var organizationCategories = (await db.OrganizationCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken))
            .GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.First().Id);
        var activityCategories = await db.ActivityCategories.AsNoTracking().Where(c => c.IsActive)
            .ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        var rules = (await db.MeetingRules.AsNoTracking().Where(r => r.IsEnabled).ToListAsync(cancellationToken))
            .Select(r => r.ToPlanRule())
            .OrderBy(r => r.MeetingType).ThenBy(r => r.PeriodKind).ThenBy(r => r.RequiredCount)
            .ToList();
        var settings = services.GetRequiredService<ISettingProvider>();
        var ruleValues = new CommitteeRuleValues(
            await settings.GetIntAsync(OrganizationSettings.CommitteeRequiredFromFullMembers, cancellationToken),
            await settings.GetIntAsync(OrganizationSettings.MaxMembersPerBranch, cancellationToken),
            await settings.GetIntAsync(OrganizationSettings.TermYears, cancellationToken),
            await settings.GetIntAsync(OrganizationSettings.VillageTermYears, cancellationToken));
        return new CommitteeSetup(
            index, code, tenant.Id, county, admin.Id, admin.UserName!, admin.Name, organizationCategories, activityCategories, rules, ruleValues);
    }

    /// <summary>
    /// Generates the committees in parallel (each from its own seed, so the order does not matter) and hands each
    /// finished committee to the writers through a short queue, which keeps at most a few committees in memory.
    /// </summary>
    private static async Task<(IReadOnlyDictionary<string, long> Rows, IReadOnlyDictionary<int, SecretaryPlacement> Secretaries)> LoadContentAsync(
        IServiceProvider rootServices, GenerationPlan plan, ChannelReader<CommitteeSetup> committees, CancellationToken cancellationToken)
    {
        var provider = rootServices.GetRequiredService<DatabaseOptions>().Provider;
        var protector = rootServices.GetRequiredService<IPersonalDataProtector>();
        IModel model;
        string connectionString;
        await using (var scope = rootServices.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyBuildingDbContext>();
            model = db.Model;
            connectionString = db.Database.GetConnectionString()!;
        }

        var writers = BulkSink.Parallelism(provider);
        var queue = Channel.CreateBounded<CommitteeContent>(writers + 1);
        var secretaries = new ConcurrentDictionary<int, SecretaryPlacement>();
        var rows = new ConcurrentDictionary<string, long>();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // A failure anywhere stops the others, so no one waits forever on the queue.
        async Task StopOthersOnFailure(Func<Task> work)
        {
            try
            {
                await work();
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }

        var generate = StopOthersOnFailure(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(
                    committees.ReadAllAsync(failed.Token),
                    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = failed.Token },
                    async (committee, token) => await queue.Writer.WriteAsync(new CommitteeGenerator(plan, committee, protector).Generate(), token));
            }
            finally
            {
                queue.Writer.Complete();
            }
        });

        var write = Enumerable.Range(0, writers).Select(_ => Task.Run(() => StopOthersOnFailure(async () =>
        {
            await using var sink = await BulkSink.OpenAsync(provider, connectionString, model, failed.Token);
            await foreach (var content in queue.Reader.ReadAllAsync(failed.Token))
            {
                await sink.WriteAsync(content.Batch, failed.Token);
                foreach (var table in content.Batch.Tables)
                {
                    rows.AddOrUpdate(model.FindEntityType(table.EntityType)!.GetTableName()!, table.Count, (_, n) => n + table.Count);
                }

                secretaries[content.Secretary.CommitteeIndex] = content.Secretary;
            }

            await sink.CompleteAsync(failed.Token);
        })));

        await Task.WhenAll(write.Append(generate));
        var inModelOrder = model.GetEntityTypes()
            .Select(t => t.GetTableName()!)
            .Where(rows.ContainsKey)
            .Distinct()
            .ToDictionary(t => t, t => rows[t]);
        return (inModelOrder, secretaries);
    }

    /// <summary>The secretary of the committee's first branch, placed there with their own member record.</summary>
    private static async Task CreateSecretaryAsync(
        IServiceProvider rootServices, CommitteeSetup committee, SecretaryPlacement secretary, CancellationToken cancellationToken)
    {
        await using var scope = rootServices.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(committee.TenantId, committee.Code);
        await scope.ServiceProvider.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
        {
            UserName = committee.Code + ".secretary",
            Name = secretary.Name,
            Password = GenerationPlan.Password,
            RoleNames = [RoleNames.BranchSecretary],
            OrganizationId = secretary.BranchId,
            MemberId = secretary.MemberId,
        }, cancellationToken);
    }

    /// <summary>Gathers planner statistics after the load, so the first queries are not planned for empty tables.</summary>
    private static async Task AnalyzeAsync(IServiceProvider rootServices, CancellationToken cancellationToken)
    {
        await using var scope = rootServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyBuildingDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data generation: {Phase} after {Seconds:F1} s")]
    private static partial void LogPhase(ILogger logger, string phase, double seconds);
}
