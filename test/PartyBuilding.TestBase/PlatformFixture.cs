using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.BlobStoring;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Security;
using PartyBuilding.Identity;
using PartyBuilding.Tenancy;
using Xunit;

namespace PartyBuilding.Testing;

/// <summary>
/// The whole platform on a fresh database of one provider: the real host (migrations, seeding, middleware),
/// a clock the test moves, and a counter of the SQL commands it runs. One fixture serves one test class.
/// </summary>
public abstract class PlatformFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string HostAdminPassword = "Admin#2026pb";
    public const string UserPassword = "User#2026pb";

    /// <summary>A fresh key per fixture: tests that look for clear values in the database cannot pass by a fixed key.</summary>
    public string PersonalDataKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private TestDatabase? _database;

    public abstract DatabaseProvider Provider { get; }

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Starts at 2026-11-22 10:00 Beijing time.</summary>
    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));

    public CommandCounter Commands { get; } = new();

    /// <summary>The blob store's root: a fresh folder per fixture, removed with it.</summary>
    public string BlobPath { get; } = Path.Combine(Path.GetTempPath(), $"pbt_blobs_{Guid.NewGuid():N}");

    /// <summary>
    /// Whether the host's logs go to a <see cref="TestLogFile"/> (Information and above, EF Core's SQL included),
    /// for the scan of the test run's logs. Benchmarks turn it off: logging every command would be measured too.
    /// </summary>
    public bool WritesLogFile { get; init; } = true;

    private static readonly string[] VerboseLogCategories = ["Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Quartz"];

    private TestLogFile? _log;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _ = Services; // builds the host: migrates and seeds the host data
    }

    /// <summary>The fixture's fresh database; a fixture may put it on a server of its own.</summary>
    protected virtual Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync(Provider);

    /// <summary>Drops the database once the host is gone (and, in an override, the server it was put on).</summary>
    protected virtual ValueTask DisposeDatabaseAsync(TestDatabase database) => database.DisposeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        _log?.Dispose();
        if (_database is not null)
        {
            await DisposeDatabaseAsync(_database);
        }

        if (Directory.Exists(BlobPath))
        {
            Directory.Delete(BlobPath, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/PartyBuilding.HttpApi.Host");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Host:AdminPassword", HostAdminPassword);
        builder.UseSetting(AesGcmPersonalDataProtector.ConfigurationKey, PersonalDataKey);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting(FileSystemBlobStore.ConfigurationKey, BlobPath);
        // As verbose as an operator could configure it (every category at Information, EF Core's SQL included;
        // sensitive-data logging stays off, as in production): the logs scanned for clear ID numbers are all the
        // platform could write.
        foreach (var category in VerboseLogCategories)
        {
            builder.UseSetting($"Logging:LogLevel:{category}", WritesLogFile ? "Information" : "Warning");
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Commands);
            services.ConfigureDbContext<PartyBuildingDbContext>(o => o.AddInterceptors(Commands));
            if (WritesLogFile)
            {
                _log = new TestLogFile($"{GetType().Name}-{Guid.NewGuid():N}");
                services.AddSingleton<ILoggerProvider>(_log);
            }

            // The console keeps to warnings: the file has the rest.
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(
                new LoggerFilterRule(typeof(ConsoleLoggerProvider).FullName, null, LogLevel.Warning, null)));

            ConfigureTestServices(services);
        });
    }

    /// <summary>Hook for test classes that add services (e.g. test jobs).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>Runs <paramref name="action"/> in a new DI scope inside the given committee (null = host).</summary>
    public async Task<T> InTenantAsync<T>(Guid? tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        using var tenantScope = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await action(scope.ServiceProvider);
    }

    public Task InTenantAsync(Guid? tenantId, Func<IServiceProvider, Task> action) =>
        InTenantAsync<object?>(tenantId, async sp =>
        {
            await action(sp);
            return null;
        });

    /// <summary>Creates a committee with the admin <c>{code}.admin</c> (password <see cref="UserPassword"/>).</summary>
    public Task<TenantDto> CreateCommitteeAsync(string code) =>
        InTenantAsync(null, sp => sp.GetRequiredService<ITenantAppService>().CreateAsync(new CreateTenantDto
        {
            Code = code,
            Name = $"{code} 联合党委",
            AdminUserName = $"{code}.admin",
            AdminPassword = UserPassword,
        }));

    /// <summary>Creates a user of the committee with the given roles (password <see cref="UserPassword"/>).</summary>
    public Task<UserDto> CreateUserAsync(Guid? tenantId, string userName, params string[] roles) =>
        InTenantAsync(tenantId, sp => sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
        {
            UserName = userName,
            Name = userName,
            Password = UserPassword,
            RoleNames = roles,
        }));

    /// <summary>A client that keeps cookies and sends the antiforgery header, like the console in a browser.</summary>
    public SessionClient CreateSession() => new(CreateDefaultClient(new SessionHandler()));
}

public sealed class SqliteFixture : PlatformFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlFixture : PlatformFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>A SQL command as the platform sent it, so a benchmark baseline can run exactly the same SQL.</summary>
public sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>Counts the SQL commands the platform runs, to hold the line on queries per request.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    private System.Collections.Concurrent.ConcurrentQueue<CapturedCommand>? _recording;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Keeps the text and parameters of every command until <see cref="StopRecording"/>.</summary>
    public void StartRecording() => _recording = new();

    public IReadOnlyList<CapturedCommand> StopRecording()
    {
        var recorded = _recording?.ToList() ?? [];
        _recording = null;
        return recorded;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _recording?.Enqueue(new CapturedCommand(
            command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
