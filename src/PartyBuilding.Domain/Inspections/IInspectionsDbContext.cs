using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Inspections;

public interface IInspectionsDbContext : Data.IUnitOfWork
{
    DbSet<InspectionFinding> InspectionFindings { get; }
}
