namespace PartyBuilding.Auditing;

/// <summary>
/// Lets a module record what the request trail does not cover by itself: read requests are not audited, yet some
/// reads must be, such as personal data shown in clear. The row names the current request, user and committee.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Writes the row at once, so the caller can refuse to go on when it cannot be recorded.</summary>
    Task RecordAsync(string action, CancellationToken cancellationToken = default);
}
