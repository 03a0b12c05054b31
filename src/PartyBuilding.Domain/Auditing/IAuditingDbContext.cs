using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Auditing;

public interface IAuditingDbContext : Data.IUnitOfWork
{
    DbSet<AuditLog> AuditLogs { get; }
}
