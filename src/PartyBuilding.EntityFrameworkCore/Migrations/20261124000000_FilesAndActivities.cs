using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Migrations;

/// <summary>
/// Attachments (the Files module; their bytes live in the blob store, ADR 0010). Hand-written and
/// provider-neutral like the earlier migrations; the schema-drift test holds it to the model.
/// </summary>
[DbContext(typeof(PartyBuildingDbContext))]
[Migration("20261124000000_FilesAndActivities")]
public sealed class FilesAndActivities : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PbAttachments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                OwnerType = table.Column<string>(maxLength: 32, nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 128, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                BlobName = table.Column<string>(maxLength: 64, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbAttachments", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_PbAttachments_TenantId_OwnerType_OwnerId", "PbAttachments", ["TenantId", "OwnerType", "OwnerId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PbAttachments");
}
