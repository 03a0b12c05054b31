using System.Security.Claims;
using PartyBuilding.ExceptionHandling;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;
using PartyBuilding.Tenancy;

namespace PartyBuilding.MultiTenancy;

/// <summary>
/// Decides which committee a request acts in. The authenticated user's own committee is authoritative; only
/// organization department (host) users may act inside a committee, by naming it in the <c>__tenant</c> header.
/// Anonymous requests run in the host context, where tenant rows are invisible.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    /// <summary>Where the resolved committee is left for middleware that runs outside the tenant scope (auditing).</summary>
    public const string ResolvedTenantItem = "PartyBuilding:ResolvedTenant";

    public async Task InvokeAsync(
        HttpContext context, ICurrentTenant currentTenant, ITenantStore tenantStore, ProblemDetailsWriter problems)
    {
        TenantConfiguration? tenant = null;
        var requested = context.Request.Headers[TenantConsts.TenantHeader].ToString().Trim();
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var claim = context.User.FindFirstValue(PartyBuildingClaimTypes.TenantId);
            if (Guid.TryParse(claim, out var ownTenantId))
            {
                tenant = await tenantStore.FindAsync(ownTenantId, context.RequestAborted);
                if (tenant is not { IsActive: true })
                {
                    // The committee was deactivated or deleted after this session began.
                    await problems.WriteAsync(context, 401, PartyBuildingErrorCodes.Tenancy.TenantNotFound);
                    return;
                }

                if (requested.Length > 0 && !Names(tenant, requested))
                {
                    await problems.WriteAsync(context, 403, PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed);
                    return;
                }
            }
            else if (requested.Length > 0)
            {
                tenant = Guid.TryParse(requested, out var requestedId)
                    ? await tenantStore.FindAsync(requestedId, context.RequestAborted)
                    : await tenantStore.FindByCodeAsync(requested, context.RequestAborted);
                if (tenant is not { IsActive: true })
                {
                    await problems.WriteAsync(context, 404, PartyBuildingErrorCodes.Tenancy.TenantNotFound);
                    return;
                }
            }
        }

        context.Items[ResolvedTenantItem] = tenant?.Id;
        using (currentTenant.Change(tenant?.Id, tenant?.Code))
        {
            await next(context);
        }
    }

    private static bool Names(TenantConfiguration tenant, string requested) =>
        string.Equals(tenant.Code, requested, StringComparison.OrdinalIgnoreCase)
        || (Guid.TryParse(requested, out var id) && id == tenant.Id);
}
