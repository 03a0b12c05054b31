using System.Reflection;
using PartyBuilding.Auditing;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Identity;
using PartyBuilding.Tenancy;
using Shouldly;
using Xunit;

namespace PartyBuilding.Architecture;

/// <summary>
/// A module (a namespace <c>PartyBuilding.&lt;Module&gt;</c> in the implementation layers) may use another module
/// only through what that module publishes: its Domain.Shared and Application.Contracts types (DTOs, app service
/// and integration interfaces, constants) and the kernel. Its entities, DbContext interface, services and
/// stores stay private, so modules can change inside without breaking each other, unless a module declares that
/// it builds on another.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules =
        ["Tenancy", "Identity", "Auditing", "BackgroundJobs", "Settings", "Organizations", "Members", "Files", "Meetings", "Activities", "Demo"];

    /// <summary>
    /// Declared dependencies (ABP's <c>DependsOn</c>): a module may use the internals of the modules it builds on.
    /// Member records live inside the organisation tree, so their queries join it directly.
    /// </summary>
    private static readonly Dictionary<string, string[]> DependsOn = new()
    {
        ["Members"] = ["Organizations"],
    };

    private static readonly Assembly[] ImplementationAssemblies =
    [
        typeof(Tenant).Assembly, // Domain
        typeof(TenantAppService).Assembly, // Application
        typeof(PartyBuildingDbContext).Assembly, // EntityFrameworkCore
        typeof(PartyBuildingHost).Assembly, // HttpApi.Host
    ];

    [Fact]
    public void Should_reach_other_modules_only_through_their_published_contracts()
    {
        var violations = ImplementationAssemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(Violations)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Should_detect_a_module_that_uses_another_modules_internals()
    {
        Violations(typeof(Tenancy.SampleThatReachesIntoIdentity))
            .ShouldContain(v => v.Contains(nameof(PermissionGrantStore), StringComparison.Ordinal));
        Violations(typeof(Tenancy.SampleThatUsesPublishedContracts)).ShouldBeEmpty();
    }

    private static IEnumerable<string> Violations(Type type)
    {
        var module = ModuleOf(type);
        if (module is null)
        {
            return [];
        }

        return TypeReferenceScanner.ReferencedTypes(type)
            .Where(referenced => ModuleOf(referenced) is { } other && other != module
                && !DependsOn.GetValueOrDefault(module, []).Contains(other)
                && ImplementationAssemblies.Contains(referenced.Assembly))
            .Select(referenced => $"{type.FullName} ({module}) uses {referenced.FullName} ({ModuleOf(referenced)})");
    }

    /// <summary>The module a type belongs to: the namespace segment after <c>PartyBuilding</c> (or after <c>Controllers</c>).</summary>
    private static string? ModuleOf(Type type)
    {
        var segments = (type.Namespace ?? string.Empty).Split('.');
        if (segments.Length < 2 || segments[0] != "PartyBuilding")
        {
            return null;
        }

        var name = segments[1] == "Controllers" && segments.Length > 2 ? segments[2] : segments[1];
        return Modules.Contains(name) ? name : null;
    }
}
