using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Data;

public static class HostQueryExtensions
{
    /// <summary>
    /// In the host context, lifts the tenant filter so the organization department sees every committee's rows
    /// (or one committee's, when <paramref name="tenantId"/> is given); inside a committee it changes nothing.
    /// This is the one place module code lifts the tenant filter; callers sit behind a host permission.
    /// </summary>
    public static IQueryable<T> AcrossCommitteesForHost<T>(this IQueryable<T> query, ICurrentTenant currentTenant, Guid? tenantId)
        where T : class, IMultiTenant
    {
        if (currentTenant.IsAvailable)
        {
            return query;
        }

        query = query.IgnoreQueryFilters([DataFilters.MultiTenant]);
        return tenantId.HasValue ? query.Where(e => e.TenantId == tenantId) : query;
    }
}
