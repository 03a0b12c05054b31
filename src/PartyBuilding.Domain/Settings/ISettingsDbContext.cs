using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Settings;

public interface ISettingsDbContext : Data.IUnitOfWork
{
    DbSet<SettingValue> SettingValues { get; }
}
