using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using PartyBuilding.Auditing;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.ExceptionHandling;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.BlobStoring;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Framework.Users;
using PartyBuilding.Framework.Security;
using PartyBuilding.Identity;
using PartyBuilding.MultiTenancy;
using PartyBuilding.Security;

namespace PartyBuilding;

/// <summary>The HTTP host: composes the modules and sets up the pipeline in the order the guards depend on.</summary>
public static class PartyBuildingHost
{
    /// <summary>Requests larger than this are refused with 413 before they reach a handler.</summary>
    public const long MaxRequestBodyBytes = 30L * 1024 * 1024;

    private const string SmartScheme = "PartyBuilding.Smart";

    public static WebApplicationBuilder AddPartyBuildingHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        DbMigrationService.RequireHostAdminPassword(configuration);
        // Fails at start, not at the first member record, when the deployment has no key.
        AesGcmPersonalDataProtector.FromConfiguration(configuration);

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        // ASP.NET Core's request lines carry the query string, and a member search by ID number puts one there:
        // pinned in code, so no logging configuration, however verbose, writes them.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        services.AddPartyBuildingApplication(configuration);
        services.AddPartyBuildingEntityFrameworkCore(configuration, builder.Environment.ContentRootPath);
        services.AddSingleton<IBlobStore>(new FileSystemBlobStore(BlobPath(configuration, builder.Environment.ContentRootPath)));
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddPartyBuildingJobs(configuration, database);

        services.AddDataProtection().SetApplicationName("PartyBuilding");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentPrincipalAccessor, HttpContextPrincipalAccessor>();
        services.AddSingleton<ProblemDetailsWriter>();
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.AddProblemDetails();

        AddAuthentication(services);
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryMiddleware.RequestTokenHeader;
            o.Cookie.Name = ".PartyBuilding.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddControllers()
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                o.JsonSerializerOptions.Converters.Add(new NulFreeStringConverter());
                o.JsonSerializerOptions.MaxDepth = 32;
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(TextLocalizer)))
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ValidationSetup.InvalidModelStateResponse);
        services.AddSingleton<IClientErrorFactory, PlatformClientErrorFactory>();
        services.AddOptions<MvcOptions>().Configure<TextLocalizer>((o, localizer) =>
            {
                o.ModelMetadataDetailsProviders.Add(new LocalizedValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(new LocalizedDisplayMetadataProvider(localizer));
                o.MaxModelValidationErrors = 50;
                o.Filters.Add<NulInQueryFilter>();
            });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBodyBytes);

        services.AddOpenApi();
        services.AddHealthChecks()
            .AddCheck("live", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(), tags: ["live"])
            .AddDbContextCheck<PartyBuildingDbContext>("database", tags: ["ready"]);
        return builder;
    }

    public static async Task<WebApplication> UsePartyBuildingHostAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<DatabaseOptions>().AutoMigrate)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DbMigrationService>().MigrateAndSeedAsync();
        }

        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages(WriteStatusProblemAsync);
        app.UseRequestLocalization(new RequestLocalizationOptions()
            .SetDefaultCulture(TextLocalizer.DefaultCulture)
            .AddSupportedCultures(TextLocalizer.SupportedCultures)
            .AddSupportedUICultures(TextLocalizer.SupportedCultures));
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<SessionValidationMiddleware>();
        app.UseMiddleware<AuditingMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<AntiforgeryMiddleware>();
        app.UseMiddleware<ApiExceptionMiddleware>();
        app.UseAuthorization();

        app.MapControllers();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o => o.SwaggerEndpoint("/openapi/v1.json", "PartyBuilding v1"));
        app.MapHealthChecks("/health/live", new() { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.Map("/api/{**path}", (HttpContext context, ProblemDetailsWriter problems) =>
            problems.WriteAsync(context, 404, ProblemDetailsWriter.CodeOfStatus(404)));
        app.MapFallbackToFile("index.html");
        return app;
    }

    /// <summary><c>Storage:BlobPath</c> (relative to the content root), by default <c>blobs</c> in the data folder (ADR 0010).</summary>
    private static string BlobPath(IConfiguration configuration, string contentRoot) =>
        configuration[FileSystemBlobStore.ConfigurationKey] is { Length: > 0 } configured
            ? Path.Combine(contentRoot, configured)
            : Path.Combine(PartyBuildingEfCoreServiceCollectionExtensions.DataDirectory(configuration, contentRoot), "blobs");

    private static void AddAuthentication(IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                // The refresh token lapses after the same 30 idle minutes: refreshing is a bearer client's activity,
                // and a client idle longer must sign in again, as a console session must.
                o.BearerTokenExpiration = IdentityConsts.IdleTimeout;
                o.RefreshTokenExpiration = IdentityConsts.IdleTimeout;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.Cookie.Name = ".PartyBuilding.Session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = IdentityConsts.IdleTimeout;
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => WriteProblemAsync(context.HttpContext, 401, FrameworkErrorCodes.Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => WriteProblemAsync(context.HttpContext, 403, FrameworkErrorCodes.Forbidden);
                // Sessions are checked on every request by SessionValidationMiddleware, for cookies and bearer
                // tokens alike; Identity's periodic cookie check would only repeat it late.
                o.Events.OnValidatePrincipal = _ => Task.CompletedTask;
            }));
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string code) =>
        context.RequestServices.GetRequiredService<ProblemDetailsWriter>().WriteAsync(context, status, code);

    private static Task WriteStatusProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        return http.Request.Path.StartsWithSegments("/api")
            ? WriteProblemAsync(http, http.Response.StatusCode, ProblemDetailsWriter.CodeOfStatus(http.Response.StatusCode))
            : Task.CompletedTask;
    }
}
