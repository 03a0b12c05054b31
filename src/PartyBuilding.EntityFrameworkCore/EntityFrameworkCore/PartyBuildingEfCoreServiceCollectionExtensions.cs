using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyBuilding.Activities;
using PartyBuilding.Auditing;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.Files;
using PartyBuilding.Identity;
using PartyBuilding.Inspections;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Settings;
using PartyBuilding.Tenancy;

namespace PartyBuilding.EntityFrameworkCore;

public static class PartyBuildingEfCoreServiceCollectionExtensions
{
    public const string ConnectionStringName = "Default";

    private const string DefaultDataFolder = "data";

    /// <param name="contentRoot">Where the default SQLite file goes when no connection string is configured.</param>
    public static IServiceCollection AddPartyBuildingEntityFrameworkCore(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options.Provider, configuration.GetConnectionString(ConnectionStringName), contentRoot);

        services.AddSingleton(options);
        services.AddScoped<PlatformSaveChangesInterceptor>();
        services.AddDbContext<PartyBuildingDbContext>((provider, builder) =>
        {
            builder.UsePartyBuildingProvider(options.Provider, connectionString);
            builder.AddInterceptors(provider.GetRequiredService<PlatformSaveChangesInterceptor>());
        });

        new IdentityBuilder(typeof(AppUser), typeof(AppRole), services).AddEntityFrameworkStores<PartyBuildingDbContext>();
        services.AddScoped<DbMigrationService>();
        services.AddScoped<ITenancyDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IIdentityDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IAuditingDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IBackgroundJobsDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<ISettingsDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IOrganizationsDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IMembersDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IMeetingsDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IFilesDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IActivitiesDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        services.AddScoped<IInspectionsDbContext>(sp => sp.GetRequiredService<PartyBuildingDbContext>());
        return services;
    }

    public static DbContextOptionsBuilder UsePartyBuildingProvider(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString);
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(WithConnectTimeout(connectionString));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {provider}.");
        }

        // The migrations are written by hand and carry no model snapshot; the schema-drift test proves them
        // equal to the model on both providers instead.
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// Seconds a request waits to open a PostgreSQL connection (or to get one from a full pool) when the connection
    /// string sets no <c>Timeout</c>. Npgsql's own default of 15 s would hold every request that long while the
    /// server is down or unreachable; a server on the network answers a connect within milliseconds, so a few
    /// seconds only cut short what would fail anyway, and the client gets its 503 while it is still waiting.
    /// </summary>
    public const int DefaultPostgreSqlConnectTimeoutSeconds = 3;

    /// <summary>The connection string with <see cref="DefaultPostgreSqlConnectTimeoutSeconds"/> unless it sets its own <c>Timeout</c>.</summary>
    public static string WithConnectTimeout(string connectionString)
    {
        // NpgsqlConnectionStringBuilder knows every keyword, so only the plain parser tells what the string sets.
        if (new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey(nameof(NpgsqlConnectionStringBuilder.Timeout)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = DefaultPostgreSqlConnectTimeoutSeconds }.ConnectionString;
    }

    private static string ResolveConnectionString(DatabaseProvider provider, string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is required for the {provider} provider.");
        }

        var folder = Path.Combine(contentRoot, DefaultDataFolder);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "partybuilding.db") }.ToString();
    }

    /// <summary>
    /// The folder of the platform's data: where the SQLite file is, or <c>data</c> under the content root for a
    /// server database. Files kept outside the database (the blob store) default to a folder in it, so a backup of
    /// the folder takes both.
    /// </summary>
    public static string DataDirectory(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (options.Provider == DatabaseProvider.Sqlite && !string.IsNullOrWhiteSpace(configured)
            && new SqliteConnectionStringBuilder(configured).DataSource is { Length: > 0 } file && file != ":memory:")
        {
            return Path.GetDirectoryName(Path.GetFullPath(file))!;
        }

        return Path.Combine(contentRoot, DefaultDataFolder);
    }
}
