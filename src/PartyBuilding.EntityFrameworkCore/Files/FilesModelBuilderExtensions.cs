using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Files;

public static class FilesModelBuilderExtensions
{
    public static void ConfigureFiles(this ModelBuilder builder) =>
        builder.Entity<Attachment>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "Attachments");
            b.Property(a => a.OwnerType).HasMaxLength(FileConsts.MaxOwnerTypeLength).IsRequired();
            b.Property(a => a.FileName).HasMaxLength(FileConsts.MaxFileNameLength).IsRequired();
            b.Property(a => a.ContentType).HasMaxLength(FileConsts.MaxContentTypeLength).IsRequired();
            b.Property(a => a.Sha256).HasMaxLength(FileConsts.Sha256HexLength).IsRequired();
            b.Property(a => a.BlobName).HasMaxLength(FileConsts.MaxBlobNameLength).IsRequired();
            b.HasIndex(a => new { a.TenantId, a.OwnerType, a.OwnerId });
        });
}
