using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Files;

public interface IFilesDbContext : Data.IUnitOfWork
{
    DbSet<Attachment> Attachments { get; }
}
