using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Activities;

public sealed class ActivityCategoryAppService(IServiceProvider services, IActivitiesDbContext db)
    : ApplicationService(services), IActivityCategoryAppService
{
    public async Task<IReadOnlyList<ActivityCategoryDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        (await db.ActivityCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken))
        .ConvertAll(ToDto);

    public async Task<ActivityCategoryDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await FindAsync(id, cancellationToken));

    public async Task<ActivityCategoryDto> CreateAsync(ActivityCategoryInput input, CancellationToken cancellationToken = default)
    {
        var category = new ActivityCategory(Guid.CreateVersion7(), input.Name.Trim(), input.Group, input.SortOrder)
        {
            IsActive = input.IsActive,
        };
        db.ActivityCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(category);
    }

    public async Task<ActivityCategoryDto> UpdateAsync(
        Guid id, UpdateActivityCategoryInput input, CancellationToken cancellationToken = default)
    {
        var category = await FindAsync(id, cancellationToken);
        db.SetOriginalConcurrencyStamp(category, input.ConcurrencyStamp);
        category.Name = input.Name.Trim();
        category.Group = input.Group;
        category.SortOrder = input.SortOrder;
        category.IsActive = input.IsActive;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(category);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var category = await FindAsync(id, cancellationToken);
        var users = await db.Activities.CountAsync(a => a.CategoryId == id, cancellationToken);
        if (users > 0)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Activities.CategoryInUse, 409, category.Name, users);
        }

        db.ActivityCategories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ActivityCategory> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ActivityCategories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(ActivityCategory), id);

    private static ActivityCategoryDto ToDto(ActivityCategory category) => new()
    {
        Id = category.Id,
        Name = category.Name,
        Group = category.Group,
        SortOrder = category.SortOrder,
        IsActive = category.IsActive,
        ConcurrencyStamp = category.ConcurrencyStamp,
    };
}
