namespace PartyBuilding.Members;

/// <summary>
/// The resident identity number of GB 11643-1999: six digits of region, the birth date as yyyyMMdd, a three-digit
/// sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0–9 or X).
/// </summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-cases a trailing x and trims, so the same person always hashes the same way.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool HasValidChecksum(string value)
    {
        if (value.Length != MemberConsts.IdNumberLength)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }

            sum += (value[i] - '0') * Weights[i];
        }

        return value[17] == CheckCharacters[sum % 11];
    }

    /// <summary>The birth date the number encodes, or null when the digits are not a real date.</summary>
    public static DateOnly? BirthDateOf(string value) =>
        value.Length == MemberConsts.IdNumberLength
        && DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;

    public static Gender? GenderOf(string value) =>
        value.Length == MemberConsts.IdNumberLength && value[16] is >= '0' and <= '9'
            ? (value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female
            : null;

    /// <summary>Computes the check character for the first 17 digits; used by generators of test and demo data.</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Whole years between a birth date and a day.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}
