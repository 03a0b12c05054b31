namespace PartyBuilding.Tenancy;

public static class TenantConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxRegionLength = 128;
    public const int MaxTimeZoneLength = 64;

    /// <summary>Lower-case letters, digits and inner hyphens: the code is typed at login and appears in links.</summary>
    public const string CodePattern = "^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$";

    /// <summary>The header through which a host user acts inside a committee (ABP's name for it).</summary>
    public const string TenantHeader = "__tenant";
}
