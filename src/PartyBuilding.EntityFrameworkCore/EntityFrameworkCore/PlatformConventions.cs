using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.EntityFrameworkCore;

internal static class PlatformConventions
{
    public const int ConcurrencyStampMaxLength = 40;

    private static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtcConverter =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    /// <summary>
    /// Applies the rules every entity shares, after the modules have configured theirs: the named tenant and
    /// soft-delete filters, the concurrency stamp, keys assigned by the code, and UTC kind on every DateTime read back.
    /// </summary>
    public static void ApplyPlatformConventions(this ModelBuilder builder, PartyBuildingDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()).ToList())
        {
            var clrType = entityType.ClrType;
            var entity = builder.Entity(clrType);

            if (typeof(IMultiTenant).IsAssignableFrom(clrType))
            {
                entity.HasQueryFilter(DataFilters.MultiTenant, TenantFilter(clrType, context));
            }

            if (typeof(ISoftDelete).IsAssignableFrom(clrType))
            {
                entity.HasQueryFilter(DataFilters.SoftDelete, SoftDeleteFilter(clrType));
            }

            // The platform's entities take their Guid (version 7) in the constructor. Left "generated on add", EF would
            // take a new child with its key already set, added to a loaded aggregate's collection, for an existing row
            // and update it (a meeting's replaced attendees, say) instead of inserting it.
            if (typeof(Entity<Guid>).IsAssignableFrom(clrType))
            {
                entity.Property(nameof(Entity<Guid>.Id)).ValueGeneratedNever();
            }

            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clrType))
            {
                entity.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp))
                    .IsConcurrencyToken()
                    .HasMaxLength(ConcurrencyStampMaxLength);
            }
        }

        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()))
        {
            if (property.ClrType == typeof(DateTime))
            {
                property.SetValueConverter(UtcConverter);
            }
            else if (property.ClrType == typeof(DateTime?))
            {
                property.SetValueConverter(NullableUtcConverter);
            }
        }
    }

    private static LambdaExpression TenantFilter(Type clrType, PartyBuildingDbContext context)
    {
        var entity = Expression.Parameter(clrType, "e");
        var tenantId = Expression.Call(
            typeof(EF), nameof(EF.Property), [typeof(Guid?)], entity, Expression.Constant(nameof(IMultiTenant.TenantId)));
        var current = Expression.Property(Expression.Constant(context), nameof(PartyBuildingDbContext.CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }

    private static LambdaExpression SoftDeleteFilter(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var isDeleted = Expression.Call(
            typeof(EF), nameof(EF.Property), [typeof(bool)], entity, Expression.Constant(nameof(ISoftDelete.IsDeleted)));
        return Expression.Lambda(Expression.Not(isDeleted), entity);
    }
}
