namespace PartyBuilding.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Bound from the <c>Database</c> section; the connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Migrate and seed when the host starts (the embedded default); production runs the DbMigrator.</summary>
    public bool AutoMigrate { get; set; } = true;
}
