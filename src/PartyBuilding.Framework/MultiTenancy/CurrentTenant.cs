namespace PartyBuilding.Framework.MultiTenancy;

/// <summary>
/// Keeps the tenant in an <see cref="AsyncLocal{T}"/> so it flows with async calls but not between
/// concurrent requests. It is a singleton: the value lives in the execution context, not in the instance.
/// </summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Current = new();

    public Guid? Id => Current.Value?.TenantId;

    public string? Code => Current.Value?.Code;

    public IDisposable Change(Guid? tenantId, string? code = null)
    {
        var outer = Current.Value;
        Current.Value = new TenantScope(tenantId, code);
        return new RestoreOnDispose(outer);
    }

    private sealed record TenantScope(Guid? TenantId, string? Code);

    private sealed class RestoreOnDispose(TenantScope? outer) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Current.Value = outer;
        }
    }
}
