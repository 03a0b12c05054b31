using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Framework.Application.Services;

/// <summary>Maps objects (entities to DTOs); the mapping library stays behind this seam.</summary>
public interface IObjectMapper
{
    TDestination Map<TDestination>(object source);

    void Map<TSource, TDestination>(TSource source, TDestination destination);
}

/// <summary>
/// Base of the use-case classes. It resolves the cross-cutting services lazily so a derived service's
/// constructor lists only what is particular to it.
/// </summary>
public abstract class ApplicationService(IServiceProvider services)
{
    private ICurrentTenant? _currentTenant;
    private ICurrentUser? _currentUser;
    private TimeProvider? _clock;
    private IObjectMapper? _objectMapper;

    protected IServiceProvider Services { get; } = services;

    protected ICurrentTenant CurrentTenant => _currentTenant ??= Services.GetRequiredService<ICurrentTenant>();

    protected ICurrentUser CurrentUser => _currentUser ??= Services.GetRequiredService<ICurrentUser>();

    protected TimeProvider Clock => _clock ??= Services.GetRequiredService<TimeProvider>();

    protected IObjectMapper ObjectMapper => _objectMapper ??= Services.GetRequiredService<IObjectMapper>();
}
