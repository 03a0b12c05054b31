using System.Security.Claims;

namespace PartyBuilding.Framework.Users;

/// <summary>
/// Work the platform does on its own behalf, such as a scheduled job, runs as no user, whoever set it off: a job
/// triggered by hand from the console must find the same as the one the scheduler runs, not only what the person
/// who triggered it may see. Ambient (<see cref="AsyncLocal{T}"/>), like the current tenant.
/// </summary>
public static class SystemUser
{
    private static readonly AsyncLocal<bool> Acting = new();

    /// <summary>An unauthenticated principal: reach and permission checks treat it as the system.</summary>
    public static ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity());

    public static bool IsActing => Acting.Value;

    /// <summary>Makes the system the current user until the scope is disposed.</summary>
    public static IDisposable Act()
    {
        var outer = Acting.Value;
        Acting.Value = true;
        return new RestoreOnDispose(outer);
    }

    private sealed class RestoreOnDispose(bool outer) : IDisposable
    {
        public void Dispose() => Acting.Value = outer;
    }
}
