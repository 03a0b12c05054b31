using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>What a calendar feed token names.</summary>
public sealed record CalendarFeedToken(Guid TenantId, Guid OrganizationId, Guid UserId);

/// <summary>
/// Calendar apps send no cookie, so the feed is read with a token in the URL. The token is sealed with ASP.NET
/// Core Data Protection (authenticated encryption, keys shared by the nodes through the database) and names the
/// committee, the organisation and the user; it grants nothing by itself: each read acts as that user with
/// their roles and reach as they are then, so a user who loses reach loses the feed.
/// </summary>
public sealed class MeetingCalendarFeed(
    IDataProtectionProvider dataProtection,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IOrganizationLookup organizations)
{
    public const string Route = "/api/meetings/calendar.ics";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("PartyBuilding.Meetings.CalendarFeed.v1");

    public async Task<CalendarFeedDto> CreateAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var organization = await organizations.GetWithinReachAsync(organizationId, cancellationToken);
        var payload = string.Join('.', currentTenant.Id!.Value.ToString("N"), organization.Id.ToString("N"), currentUser.Id!.Value.ToString("N"));
        var token = _protector.Protect(payload);
        return new CalendarFeedDto(
            $"{Route}?organizationId={organization.Id:D}&token={Uri.EscapeDataString(token)}");
    }

    /// <summary>The token's content, or 401 <c>…:InvalidCalendarToken</c> when it was not issued by this platform or names another organisation.</summary>
    public CalendarFeedToken Read(string? token, Guid organizationId)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token ?? string.Empty);
        }
        catch (CryptographicException)
        {
            throw Invalid();
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        var parts = payload.Split('.');
        if (parts.Length != 3
            || !Guid.TryParseExact(parts[0], "N", out var tenantId)
            || !Guid.TryParseExact(parts[1], "N", out var tokenOrganization)
            || !Guid.TryParseExact(parts[2], "N", out var userId)
            || tokenOrganization != organizationId)
        {
            throw Invalid();
        }

        return new CalendarFeedToken(tenantId, tokenOrganization, userId);
    }

    private static BusinessException Invalid() => new(PartyBuildingErrorCodes.Meetings.InvalidCalendarToken, 401);
}

/// <summary>Writes iCalendar (RFC 5545): CRLF line ends, text escaped (§3.3.11) and lines folded at 75 octets (§3.1).</summary>
public sealed class ICalendarWriter
{
    private const int MaxLineOctets = 75;

    private readonly StringBuilder _text = new();

    public ICalendarWriter Line(string name, string value) => Raw($"{name}:{Escape(value)}");

    public ICalendarWriter Raw(string contentLine)
    {
        Fold(contentLine);
        return this;
    }

    public static string UtcStamp(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    public override string ToString() => _text.ToString();

    /// <summary>Breaks before a character that would pass 75 octets, never inside a UTF-8 sequence; continuation lines start with a space.</summary>
    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 0;
                // The leading space of a continuation line counts towards its 75 octets.
                limit = MaxLineOctets - 1;
            }

            _text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        _text.Append("\r\n");
    }
}
