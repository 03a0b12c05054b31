using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartyBuilding.DataGeneration;

/// <summary>Where a column's value comes from when a generated entity is written without EF.</summary>
internal enum ColumnSource
{
    Property,
    TenantId,
    CreationTime,
    CreatorId,
    LastModificationTime,
    LastModifierId,
    Parent,
}

/// <summary>
/// One column of a table as EF maps it: the property's getter, EF's value converter (enums to numbers, the UTC
/// DateTime kind, lists to text) and EF's type mapping, so a row written here holds exactly what SaveChanges writes.
/// </summary>
internal sealed class EntityColumn(string name, ColumnSource source, IProperty property)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();
    private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;

    public string Name { get; } = name;

    public ColumnSource Source { get; } = source;

    public RelationalTypeMapping TypeMapping { get; } = property.GetRelationalTypeMapping();

    /// <summary>The store type without facets ("character varying", "numeric"): what a COPY row names its values by.</summary>
    public string DataTypeName { get; } = StripFacets(property.GetRelationalTypeMapping().StoreType);

    /// <summary>The value the database receives for this row, null for SQL NULL.</summary>
    public object? ValueOf(object entity, RowAudit audit, CommitteeBatch batch)
    {
        object? value = Source switch
        {
            ColumnSource.TenantId => batch.TenantId,
            ColumnSource.CreationTime => audit.Created,
            ColumnSource.CreatorId => batch.UserId,
            ColumnSource.LastModificationTime => audit.Modified,
            ColumnSource.LastModifierId => audit.Modified is null ? null : batch.UserId,
            ColumnSource.Parent => audit.Parent ?? throw new InvalidOperationException($"A {entity.GetType().Name} needs its parent."),
            _ => _getter.GetClrValueUsingContainingEntity(entity),
        };
        return value is null || _converter is null ? value : _converter.ConvertToProvider(value);
    }

    private static string StripFacets(string storeType)
    {
        var open = storeType.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? storeType : storeType[..open].TrimEnd();
    }
}

/// <summary>
/// A table of the EF model with every mapped column, read from the model rather than listed by hand, so a column a
/// module adds later is written too (or the generator fails loudly when it cannot know the value).
/// </summary>
internal sealed class EntityTable
{
    private EntityTable(string name, IReadOnlyList<EntityColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<EntityColumn> Columns { get; }

    public static EntityTable For(IModel model, Type clrType)
    {
        var entityType = model.FindEntityType(clrType)
            ?? throw new InvalidOperationException($"{clrType.Name} is not an entity of the model.");
        var tableName = entityType.GetTableName()!;
        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        // A child of an aggregate (a meeting's attendee) gets its parent's key from the navigation when EF saves it.
        var parentKeys = entityType.GetForeignKeys()
            .Where(fk => fk.PrincipalToDependent is not null)
            .SelectMany(fk => fk.Properties)
            .ToHashSet();

        var columns = entityType.GetProperties().Select(property =>
        {
            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{clrType.Name}.{property.Name} is a shadow property the generator cannot fill.");
            }

            var source = parentKeys.Contains(property) ? ColumnSource.Parent : property.Name switch
            {
                "TenantId" => ColumnSource.TenantId,
                "CreationTime" => ColumnSource.CreationTime,
                "CreatorId" => ColumnSource.CreatorId,
                "LastModificationTime" => ColumnSource.LastModificationTime,
                "LastModifierId" => ColumnSource.LastModifierId,
                _ => ColumnSource.Property,
            };
            return new EntityColumn(property.GetColumnName(table)!, source, property);
        }).ToList();
        return new EntityTable(tableName, columns);
    }
}
