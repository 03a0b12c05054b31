using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Identity;

namespace PartyBuilding.Tenancy;

/// <summary>The organization department's management of joint party committees.</summary>
public sealed class TenantAppService(
    IServiceProvider services,
    ITenancyDbContext db,
    ITenantStore tenantStore,
    IDataSeeder dataSeeder,
    IPasswordPolicy passwordPolicy) : ApplicationService(services), ITenantAppService
{
    public async Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken cancellationToken = default)
    {
        var query = db.Tenants.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(t => t.Code.Contains(filter) || t.Name.Contains(filter)
                || (t.Region != null && t.Region.Contains(filter)));
        }

        if (input.IsActive.HasValue)
        {
            query = query.Where(t => t.IsActive == input.IsActive.Value);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBySorting(
                input.Sorting, t => t.Code,
                nameof(Tenant.Code), nameof(Tenant.Name), nameof(Tenant.Region), nameof(Tenant.IsActive), nameof(Tenant.CreationTime))
            .Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        return new PagedResultDto<TenantDto>(total, items.Select(ObjectMapper.Map<TenantDto>).ToList());
    }

    public async Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ObjectMapper.Map<TenantDto>(await FindAsync(id, cancellationToken));

    public async Task<TenantDto> CreateAsync(CreateTenantDto input, CancellationToken cancellationToken = default)
    {
        var code = input.Code.Trim().ToLowerInvariant();
        var timeZone = ValidTimeZone(input.TimeZone);
        passwordPolicy.EnsureAcceptable(input.AdminPassword);
        if (await db.Tenants.IgnoreQueryFilters([DataFilters.SoftDelete]).AnyAsync(t => t.Code == code, cancellationToken))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Tenancy.CodeAlreadyExists, 409, code);
        }

        var tenant = new Tenant(Guid.CreateVersion7(), code, input.Name.Trim(), input.Region?.Trim(), timeZone);
        tenant.SetActive(input.IsActive);

        // The committee, its roles and its admin are created together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        await dataSeeder.SeedAsync(
            new DataSeedContext(tenant.Id)
                .With(DataSeedContext.AdminUserName, input.AdminUserName.Trim())
                .With(DataSeedContext.AdminPassword, input.AdminPassword),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        tenantStore.Invalidate(tenant.Id, tenant.Code);

        return ObjectMapper.Map<TenantDto>(tenant);
    }

    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken cancellationToken = default)
    {
        var tenant = await FindAsync(id, cancellationToken);
        db.SetOriginalConcurrencyStamp(tenant, input.ConcurrencyStamp);
        tenant.Update(input.Name.Trim(), input.Region?.Trim(), ValidTimeZone(input.TimeZone));
        tenant.SetActive(input.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        tenantStore.Invalidate(tenant.Id, tenant.Code);
        return ObjectMapper.Map<TenantDto>(tenant);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var tenant = await FindAsync(id, cancellationToken);
        db.Tenants.Remove(tenant);
        await db.SaveChangesAsync(cancellationToken);
        tenantStore.Invalidate(tenant.Id, tenant.Code);
    }

    private async Task<Tenant> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Tenants.FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(Tenant), id);

    private static string ValidTimeZone(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            return TenantClock.DefaultTimeZoneId;
        }

        return TenantClock.IsKnownTimeZone(timeZone.Trim())
            ? timeZone.Trim()
            : throw new BusinessException(PartyBuildingErrorCodes.Tenancy.InvalidTimeZone, 400, timeZone);
    }
}
