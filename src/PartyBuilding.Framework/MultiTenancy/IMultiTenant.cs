namespace PartyBuilding.Framework.MultiTenancy;

/// <summary>
/// An entity owned by one joint party committee. <see cref="TenantId"/> is null only for rows of the host
/// (the organization department). The DbContext filters reads by the current tenant and its save interceptor
/// stamps and guards <see cref="TenantId"/>, so application code never sets it by hand.
/// </summary>
public interface IMultiTenant
{
    Guid? TenantId { get; }
}

/// <summary>
/// Marks an entity that belongs to the host and is shared by no tenant (e.g. the tenant list itself).
/// Every entity must be either <see cref="IMultiTenant"/> or <see cref="IHostEntity"/>; an architecture test
/// enforces it, so forgetting tenancy cannot silently leak rows between committees.
/// </summary>
public interface IHostEntity;
