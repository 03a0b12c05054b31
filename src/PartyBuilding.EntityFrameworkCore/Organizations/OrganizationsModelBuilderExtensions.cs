using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Organizations;

public static class OrganizationsModelBuilderExtensions
{
    public static void ConfigureOrganizations(this ModelBuilder builder)
    {
        builder.Entity<Organization>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "Organizations");
            b.Property(o => o.Path).HasMaxLength(OrganizationConsts.MaxPathLength).IsRequired();
            b.Property(o => o.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsRequired();
            b.Property(o => o.ShortName).HasMaxLength(OrganizationConsts.MaxShortNameLength);
            b.Property(o => o.Code).HasMaxLength(OrganizationConsts.MaxCodeLength);
            b.Property(o => o.UnitName).HasMaxLength(OrganizationConsts.MaxUnitNameLength);
            b.Property(o => o.BrandName).HasMaxLength(OrganizationConsts.MaxBrandNameLength);
            b.Property(o => o.BrandSlogan).HasMaxLength(OrganizationConsts.MaxBrandSloganLength);
            b.Property(o => o.BrandDescription).HasMaxLength(OrganizationConsts.MaxBrandDescriptionLength);
            b.Ignore(o => o.Depth);
            // Unique across deleted organisations too: a path is never handed out twice, so history stays unambiguous.
            b.HasIndex(o => new { o.TenantId, o.Path }).IsUnique();
            b.HasIndex(o => new { o.TenantId, o.ParentId });
            b.HasOne<Organization>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<OrganizationCategory>().WithMany().HasForeignKey(o => o.CategoryId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<OrganizationCategory>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "OrganizationCategories");
            b.Property(c => c.Name).HasMaxLength(OrganizationConsts.MaxCategoryNameLength).IsRequired();
            b.HasIndex(c => new { c.TenantId, c.Name });
        });

        builder.Entity<CommitteeTerm>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "CommitteeTerms");
            b.Property(t => t.Notes).HasMaxLength(OrganizationConsts.MaxNotesLength);
            b.HasIndex(t => new { t.TenantId, t.OrganizationId, t.StartsOn });
            b.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TermId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(t => t.Members).HasField("_members");
        });

        builder.Entity<CommitteeMember>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "CommitteeMembers");
            b.Property(m => m.Name).HasMaxLength(OrganizationConsts.MaxPersonNameLength).IsRequired();
            b.Property(m => m.PostTitle).HasMaxLength(OrganizationConsts.MaxPostTitleLength);
        });

        builder.Entity<OrganizationLogo>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "OrganizationLogos");
            b.Property(l => l.ContentType).HasMaxLength(64).IsRequired();
            b.Property(l => l.Content).IsRequired();
            b.HasOne<Organization>().WithOne().HasForeignKey<OrganizationLogo>(l => l.Id).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
