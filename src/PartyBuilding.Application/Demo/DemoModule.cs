using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.Modularity;

namespace PartyBuilding.Demo;

/// <summary>The demo committee a first-time user sees (<c>Demo:Seed=true</c>); it grows with every module.</summary>
public sealed class DemoModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        if (context.Configuration.GetValue<bool>("Demo:Seed"))
        {
            context.Services.AddScoped<IDataSeedContributor, DemoDataSeedContributor>();
            context.Services.AddScoped<LinxiOrganizationsAndMembers>();
            context.Services.AddScoped<LinxiMeetings>();
            context.Services.AddScoped<LinxiActivities>();
        }
    }
}
