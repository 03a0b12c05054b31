using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBuilding.Framework.Modularity;

/// <summary>
/// A feature module registers its own services, permission provider, mapping profile, jobs and localization
/// texts; the host only lists the modules. ABP's lifecycle phases are left out on purpose: one registration
/// step is all these modules need.
/// </summary>
public interface IPartyBuildingModule
{
    void ConfigureServices(ModuleContext context);
}

public sealed class ModuleContext(IServiceCollection services, IConfiguration configuration)
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;
}
