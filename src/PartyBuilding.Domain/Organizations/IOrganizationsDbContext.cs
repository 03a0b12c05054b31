using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Organizations;

public interface IOrganizationsDbContext : Data.IUnitOfWork
{
    DbSet<Organization> Organizations { get; }

    DbSet<OrganizationCategory> OrganizationCategories { get; }

    DbSet<CommitteeTerm> CommitteeTerms { get; }

    DbSet<OrganizationLogo> OrganizationLogos { get; }
}
