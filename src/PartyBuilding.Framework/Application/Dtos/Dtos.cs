using System.ComponentModel.DataAnnotations;

namespace PartyBuilding.Framework.Application.Dtos;

public abstract class EntityDto<TKey>
{
    public TKey Id { get; set; } = default!;
}

public sealed class PagedResultDto<T>(long totalCount, IReadOnlyList<T> items)
{
    public long TotalCount { get; } = totalCount;

    public IReadOnlyList<T> Items { get; } = items;
}

public class PagedResultRequestDto
{
    /// <summary>
    /// The largest page a client may ask for: beyond it a list request becomes an export, and exports have their
    /// own endpoints with their own limits.
    /// </summary>
    public const int MaxPageSize = 1000;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}

public class PagedAndSortedResultRequestDto : PagedResultRequestDto
{
    /// <summary>A property name with optional <c>asc</c>/<c>desc</c>, e.g. <c>creationTime desc</c>.</summary>
    [StringLength(64)]
    public string? Sorting { get; set; }
}
