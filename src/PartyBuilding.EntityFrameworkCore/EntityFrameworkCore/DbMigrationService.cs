using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Identity;

namespace PartyBuilding.EntityFrameworkCore;

/// <summary>
/// Migrates the schema, seeds the host (its roles and the <c>admin</c> user), then seeds every committee inside
/// its own tenant scope: ABP's DbMigrator sequence. The host runs it at start on the embedded default; in
/// production the DbMigrator console runs it before the host is deployed.
/// </summary>
public sealed partial class DbMigrationService(
    IServiceScopeFactory scopeFactory,
    IConfiguration configuration,
    ILogger<DbMigrationService> logger)
{
    public const string HostAdminUserName = "admin";
    public const string HostAdminPasswordKey = "Host:AdminPassword";

    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken = default)
    {
        var adminPassword = RequireHostAdminPassword(configuration);

        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyBuildingDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
        }

        await SeedAsync(new DataSeedContext(null)
            .With(DataSeedContext.AdminUserName, HostAdminUserName)
            .With(DataSeedContext.AdminPassword, adminPassword), cancellationToken);

        List<Guid> tenantIds;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyBuildingDbContext>();
            tenantIds = await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        }

        foreach (var tenantId in tenantIds)
        {
            await SeedAsync(new DataSeedContext(tenantId), cancellationToken);
        }

        LogMigrated(tenantIds.Count);
    }

    /// <summary>
    /// The host refuses to start without the admin password: an empty database would otherwise get an admin
    /// nobody knows the password of, or none at all.
    /// </summary>
    public static string RequireHostAdminPassword(IConfiguration configuration)
    {
        var password = configuration[HostAdminPasswordKey];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                $"Configuration '{HostAdminPasswordKey}' is required: it is the password of the host's '{HostAdminUserName}' user.");
        }

        if (!PasswordRule.IsAcceptable(password))
        {
            throw new InvalidOperationException(
                $"Configuration '{HostAdminPasswordKey}' breaks the password rule: at least 8 characters from 3 of the 4 classes upper case, lower case, digits, symbols.");
        }

        return password;
    }

    private async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated; host and {TenantCount} committees seeded")]
    private partial void LogMigrated(int tenantCount);
}
