using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Modularity;

namespace PartyBuilding.Auditing;

public sealed class AuditingModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        context.Services.AddSingleton<AuditLogWriter>();
        context.Services.AddScoped<IAuditTrail, AuditTrail>();
        context.Services.AddScoped<IAuditLogAppService, AuditLogAppService>();
    }
}
