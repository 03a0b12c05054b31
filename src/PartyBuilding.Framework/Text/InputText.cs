namespace PartyBuilding.Framework.Text;

/// <summary>Free text as typed into a form: surrounding blanks are noise, and a blank field is no value at all.</summary>
public static class InputText
{
    public static string? TrimmedOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
