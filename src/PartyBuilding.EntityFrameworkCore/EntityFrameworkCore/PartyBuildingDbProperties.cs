namespace PartyBuilding.EntityFrameworkCore;

public static class PartyBuildingDbProperties
{
    /// <summary>
    /// Table prefix instead of schemas: SQLite has no schemas, and one naming rule must serve both providers.
    /// </summary>
    public const string DbTablePrefix = "Pb";
}
