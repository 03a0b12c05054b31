namespace PartyBuilding.Auditing;

public static class AuditConsts
{
    public const int MaxUrlLength = 512;
    public const int MaxActionLength = 256;
    public const int MaxEntityTypeLength = 128;
    public const int MaxEntityIdLength = 64;
    public const int MaxClientIpLength = 64;
    public const int MaxErrorCodeLength = 128;
}
