using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyBuilding;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Users;

// Migrates the database and seeds the host and every committee, then exits: run it before deploying the host
// (with Database:AutoMigrate=false there) so several nodes never race to migrate.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddPartyBuildingApplication(builder.Configuration);
builder.Services.AddPartyBuildingEntityFrameworkCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton<ICurrentPrincipalAccessor, NoUser>();

using var host = builder.Build();
await using var scope = host.Services.CreateAsyncScope();
await scope.ServiceProvider.GetRequiredService<DbMigrationService>().MigrateAndSeedAsync();

/// <summary>The migrator acts as the system: no signed-in user, so audit fields record none.</summary>
internal sealed class NoUser : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal => null;
}
