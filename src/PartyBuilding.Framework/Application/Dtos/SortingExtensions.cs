using System.Linq.Expressions;
using System.Reflection;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Framework.Application.Dtos;

public static class SortingExtensions
{
    /// <summary>
    /// Orders by a client-supplied <c>"property [asc|desc]"</c>. Only the listed properties may be named: sorting
    /// by a masked or secret column would reveal it row by row. Anything else is a 400, never a query error.
    /// </summary>
    public static IQueryable<T> OrderBySorting<T, TKey>(
        this IQueryable<T> query, string? sorting, Expression<Func<T, TKey>> defaultOrder, params string[] sortable)
    {
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return query.OrderBy(defaultOrder);
        }

        var parts = sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var property = parts.Length <= 2 && (parts.Length == 1 || descending || parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase))
            ? typeof(T).GetProperty(parts[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            : null;
        if (property is null || !sortable.Contains(property.Name, StringComparer.Ordinal) || !IsSortable(property.PropertyType))
        {
            throw new BusinessException(FrameworkErrorCodes.InvalidSorting, 400, sorting);
        }

        var parameter = Expression.Parameter(typeof(T), "e");
        var key = Expression.Lambda(Expression.Property(parameter, property), parameter);
        var method = descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy);
        return (IQueryable<T>)query.Provider.CreateQuery(Expression.Call(
            typeof(Queryable), method, [typeof(T), property.PropertyType], query.Expression, Expression.Quote(key)));
    }

    private static bool IsSortable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(DateTime)
            || underlying == typeof(DateOnly) || underlying == typeof(Guid) || underlying == typeof(decimal);
    }
}
