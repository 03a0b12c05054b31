using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Tenancy;

public sealed class TenancyModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        context.Services.AddSingleton<ITenantStore, TenantStore>();
        context.Services.AddScoped<ITenantAppService, TenantAppService>();
        context.Services.AddAutoMapper(cfg => cfg.AddProfile<TenancyMappingProfile>());
    }
}
