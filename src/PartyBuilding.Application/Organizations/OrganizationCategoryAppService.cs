using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Organizations;

public sealed class OrganizationCategoryAppService(IServiceProvider services, IOrganizationsDbContext db)
    : ApplicationService(services), IOrganizationCategoryAppService
{
    public async Task<IReadOnlyList<OrganizationCategoryDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        (await db.OrganizationCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken))
        .ConvertAll(ToDto);

    public async Task<OrganizationCategoryDto> CreateAsync(OrganizationCategoryInput input, CancellationToken cancellationToken = default)
    {
        var category = new OrganizationCategory(Guid.CreateVersion7(), input.Name.Trim(), input.Kind, input.SortOrder);
        db.OrganizationCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(category);
    }

    public async Task<OrganizationCategoryDto> UpdateAsync(
        Guid id, UpdateOrganizationCategoryInput input, CancellationToken cancellationToken = default)
    {
        var category = await FindAsync(id, cancellationToken);
        db.SetOriginalConcurrencyStamp(category, input.ConcurrencyStamp);
        category.Name = input.Name.Trim();
        category.Kind = input.Kind;
        category.SortOrder = input.SortOrder;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(category);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var category = await FindAsync(id, cancellationToken);
        var users = await db.Organizations.CountAsync(o => o.CategoryId == id, cancellationToken);
        if (users > 0)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.CategoryInUse, 409, category.Name, users);
        }

        db.OrganizationCategories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<OrganizationCategory> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.OrganizationCategories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(OrganizationCategory), id);

    private static OrganizationCategoryDto ToDto(OrganizationCategory category) => new()
    {
        Id = category.Id,
        Name = category.Name,
        Kind = category.Kind,
        SortOrder = category.SortOrder,
        ConcurrencyStamp = category.ConcurrencyStamp,
    };
}
