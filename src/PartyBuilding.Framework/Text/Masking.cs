namespace PartyBuilding.Framework.Text;

/// <summary>
/// Masks personal identifiers for answers, exports and the audit trail: the first three and last four
/// characters stay visible (<c>150***********1234</c>, <c>138****5678</c>) so people can still tell records apart.
/// </summary>
public static class Masking
{
    private const int VisiblePrefix = 3;
    private const int VisibleSuffix = 4;

    public static string? Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.Length <= VisiblePrefix + VisibleSuffix)
        {
            return new string('*', value.Length);
        }

        return string.Concat(
            value.AsSpan(0, VisiblePrefix),
            new string('*', value.Length - VisiblePrefix - VisibleSuffix),
            value.AsSpan(value.Length - VisibleSuffix));
    }
}
