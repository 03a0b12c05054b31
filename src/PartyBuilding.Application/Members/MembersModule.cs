using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Settings;
using PartyBuilding.Members.Import;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members;

/// <summary>Member records (党员档案), the development pipeline, transfers, import and export.</summary>
public sealed class MembersModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddSingleton<IPersonalDataProtector>(_ => AesGcmPersonalDataProtector.FromConfiguration(context.Configuration));
        services.AddSingleton<SettingDefinitionProvider, MemberSettings.DefinitionProvider>();
        services.AddScoped<IMemberLookup, MemberLookup>();
        services.AddScoped<IOrganizationMemberCounter, OrganizationMemberCounter>();
        services.AddScoped<MemberManager>();
        services.AddScoped<MemberAppService>();
        services.AddScoped<IMemberAppService>(sp => sp.GetRequiredService<MemberAppService>());
        services.AddScoped<IMemberImportAppService, MemberImportAppService>();
        services.AddScoped<MemberReach>();
        services.AddScoped<IMemberDevelopmentAppService, MemberDevelopmentAppService>();
        services.AddScoped<IMemberTransferAppService, MemberTransferAppService>();
    }
}
