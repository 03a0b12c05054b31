using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace PartyBuilding.Framework.Authorization.Permissions;

public sealed class PermissionRequirement(string permissionName) : IAuthorizationRequirement
{
    public string PermissionName { get; } = permissionName;
}

public sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await checker.IsGrantedAsync(context.User, requirement.PermissionName))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// Turns every defined permission name into an authorization policy on demand, so
/// <c>[Authorize(PartyBuildingPermissions.Tenants.Create)]</c> works without registering a policy per permission.
/// </summary>
public sealed class PermissionPolicyProvider(
    IOptions<AuthorizationOptions> options,
    IPermissionDefinitionManager definitions) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || definitions.Find(policyName) is null)
        {
            return policy;
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
    }
}
