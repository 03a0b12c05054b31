using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.BackgroundJobs;

public static class BackgroundJobsModelBuilderExtensions
{
    public static void ConfigureBackgroundJobs(this ModelBuilder builder)
    {
        builder.Entity<JobRun>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "JobRuns");
            b.Property(r => r.JobName).HasMaxLength(JobRun.MaxJobNameLength).IsRequired();
            b.Property(r => r.PeriodKey).HasMaxLength(JobRun.MaxPeriodKeyLength).IsRequired();
            b.Property(r => r.Error).HasMaxLength(JobRun.MaxErrorLength);
            b.Property(r => r.Node).HasMaxLength(JobRun.MaxNodeLength);
            // The exactly-once guarantee: a second insert for the same committee, job and period fails.
            b.HasIndex(r => new { r.TenantId, r.JobName, r.PeriodKey }).IsUnique();
            b.HasIndex(r => new { r.Status, r.NextRetryAt });
        });
    }
}
