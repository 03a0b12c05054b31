using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Activities;

public static class ActivitiesModelBuilderExtensions
{
    public static void ConfigureActivities(this ModelBuilder builder)
    {
        builder.Entity<ActivityCategory>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "ActivityCategories");
            b.Property(c => c.Name).HasMaxLength(ActivityConsts.MaxCategoryNameLength).IsRequired();
            b.HasIndex(c => new { c.TenantId, c.Name });
        });

        builder.Entity<Activity>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "Activities");
            b.Property(a => a.Title).HasMaxLength(ActivityConsts.MaxTitleLength).IsRequired();
            b.Property(a => a.Place).HasMaxLength(ActivityConsts.MaxPlaceLength);
            b.Property(a => a.BrandName).HasMaxLength(ActivityConsts.MaxBrandNameLength);
            b.Property(a => a.Outcome).HasMaxLength(ActivityConsts.MaxOutcomeLength);
            b.Property(a => a.VolunteerHours).HasPrecision(12, 2);
            b.Ignore(a => a.IsEditable);
            b.Ignore(a => a.ParticipantCount);
            // No foreign key to the organisations: they belong to another module, and are only ever soft-deleted.
            b.HasIndex(a => new { a.TenantId, a.OrganizationId, a.HeldOn });
            b.HasIndex(a => new { a.TenantId, a.Status, a.HeldOn });
            b.HasOne<ActivityCategory>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(a => a.Participants).HasField("_participants");
            b.HasMany(a => a.Reviews).WithOne().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(a => a.Reviews).HasField("_reviews");
        });

        builder.Entity<ActivityParticipant>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "ActivityParticipants");
            b.Property(p => p.Name).HasMaxLength(ActivityConsts.MaxPersonNameLength).IsRequired();
            b.HasIndex(p => new { p.TenantId, p.MemberId });
        });

        builder.Entity<ActivityReview>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "ActivityReviews");
            b.Property(r => r.Comment).HasMaxLength(ActivityConsts.MaxCommentLength);
            b.Property(r => r.ReviewerName).HasMaxLength(ActivityConsts.MaxPersonNameLength).IsRequired();
        });
    }
}
