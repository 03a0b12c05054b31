using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Framework.Settings;

namespace PartyBuilding.Settings;

/// <summary>Committee settings: definitions come from each module, values from the committee's own rows.</summary>
public sealed class SettingsModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        context.Services.AddSingleton<ISettingDefinitionManager, SettingDefinitionManager>();
        context.Services.AddSingleton<SettingStore>();
        context.Services.AddSingleton<ISettingProvider>(sp => sp.GetRequiredService<SettingStore>());
        context.Services.AddScoped<ISettingAppService, SettingAppService>();
    }
}
