using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Framework.Settings;

namespace PartyBuilding.Settings;

/// <summary>The committee's values of the rules that differ between places (DOMAIN.md §2.7).</summary>
public sealed class SettingAppService(
    IServiceProvider services,
    ISettingsDbContext db,
    ISettingDefinitionManager definitions,
    SettingStore store,
    TextLocalizer localizer) : ApplicationService(services), ISettingAppService
{
    public async Task<IReadOnlyList<SettingDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var values = await store.GetValuesAsync(cancellationToken);
        return definitions.All.Select(d =>
        {
            var stored = values.TryGetValue(d.Name, out var raw) ? SettingValueFormat.Parse(raw) : null;
            return new SettingDto
            {
                Name = d.Name,
                DisplayName = localizer[d.DisplayNameKey],
                Value = stored ?? d.DefaultValue,
                DefaultValue = d.DefaultValue,
                MinValue = d.MinValue,
                MaxValue = d.MaxValue,
                Citation = d.Citation,
                IsCustomized = stored is not null,
            };
        }).ToList();
    }

    public async Task<IReadOnlyList<SettingDto>> UpdateAsync(
        IReadOnlyList<UpdateSettingDto> input, CancellationToken cancellationToken = default)
    {
        var rows = await db.SettingValues.ToDictionaryAsync(v => v.Name, StringComparer.Ordinal, cancellationToken);
        foreach (var change in input)
        {
            var definition = definitions.Find(change.Name)
                ?? throw new BusinessException(PartyBuildingErrorCodes.Settings.UnknownSetting, 400, change.Name);
            rows.TryGetValue(definition.Name, out var row);
            if (change.Value is not { } value)
            {
                if (row is not null)
                {
                    db.SettingValues.Remove(row);
                }

                continue;
            }

            if (value < definition.MinValue || value > definition.MaxValue)
            {
                throw new BusinessException(
                    PartyBuildingErrorCodes.Settings.ValueOutOfRange, 400, definition.Name, definition.MinValue, definition.MaxValue);
            }

            if (row is null)
            {
                db.SettingValues.Add(new SettingValue(Guid.CreateVersion7(), definition.Name, SettingValueFormat.Format(value)));
            }
            else
            {
                row.Value = SettingValueFormat.Format(value);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        store.Invalidate(CurrentTenant.Id);
        return await GetListAsync(cancellationToken);
    }
}
