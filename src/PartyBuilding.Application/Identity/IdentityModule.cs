using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Permissions;

namespace PartyBuilding.Identity;

/// <summary>
/// Users, roles, permission grants and sign-in. The EF Core stores and the authentication schemes are added by
/// the host, which knows the DbContext and the HTTP pipeline.
/// </summary>
public sealed class IdentityModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddSingleton<PermissionDefinitionProvider, PlatformPermissionDefinitionProvider>();
        services.AddSingleton<IDefaultRoleGrantProvider, PlatformDefaultRoleGrants>();
        services.AddSingleton<PermissionGrantStore>();
        services.AddSingleton<IPermissionGrantStore>(sp => sp.GetRequiredService<PermissionGrantStore>());
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<IPasswordPolicy>(sp => sp.GetRequiredService<PasswordPolicy>());
        services.AddScoped<IDataSeedContributor, IdentityDataSeedContributor>();
        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<IUserPrincipalFactory, UserPrincipalFactory>();

        services.AddIdentityCore<AppUser>(options =>
            {
                // The class rule (3 of 4 character classes) is PasswordPolicy's; Identity checks only the length.
                options.Password.RequiredLength = IdentityConsts.MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = IdentityConsts.MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = IdentityConsts.LockoutDuration;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters =
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@-";
            })
            .AddRoles<AppRole>()
            .AddUserManager<PlatformUserManager>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<PlatformUserClaimsPrincipalFactory>()
            .AddSignInManager();
    }
}
