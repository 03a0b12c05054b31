using System.ComponentModel.DataAnnotations;

namespace PartyBuilding.Settings;

public sealed class SettingDto
{
    public string Name { get; set; } = null!;

    /// <summary>The localized name of the setting.</summary>
    public string DisplayName { get; set; } = null!;

    public int Value { get; set; }

    public int DefaultValue { get; set; }

    public int MinValue { get; set; }

    public int MaxValue { get; set; }

    /// <summary>The rule the default comes from.</summary>
    public string Citation { get; set; } = null!;

    /// <summary>Whether the committee has set its own value.</summary>
    public bool IsCustomized { get; set; }
}

public sealed class UpdateSettingDto
{
    [Required]
    [StringLength(128)]
    public string Name { get; set; } = null!;

    /// <summary>The committee's value, or null to go back to the default.</summary>
    public int? Value { get; set; }
}

public interface ISettingAppService
{
    Task<IReadOnlyList<SettingDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SettingDto>> UpdateAsync(IReadOnlyList<UpdateSettingDto> input, CancellationToken cancellationToken = default);
}
