namespace PartyBuilding.Framework.MultiTenancy;

/// <summary>The committee the current request, job or seed runs for; null <see cref="Id"/> means the host.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    string? Code { get; }

    bool IsAvailable => Id.HasValue;

    /// <summary>
    /// Switches the ambient tenant until the returned scope is disposed. Scopes nest and restore the outer
    /// tenant, so a host job can visit each committee in turn.
    /// </summary>
    IDisposable Change(Guid? tenantId, string? code = null);
}
