using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.BackgroundJobs;

public interface IBackgroundJobsDbContext : Data.IUnitOfWork
{
    DbSet<JobRun> JobRuns { get; }
}
