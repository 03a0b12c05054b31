using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Activities;

public interface IActivitiesDbContext : Data.IUnitOfWork
{
    DbSet<Activity> Activities { get; }

    DbSet<ActivityCategory> ActivityCategories { get; }
}
