using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Migrations;

/// <summary>
/// Attachments (the Files module; their bytes live in the blob store, ADR 0010), and brand activities with their
/// categories, participants and reviews (the Activities module). Hand-written and
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

        migrationBuilder.CreateTable(
            name: "PbActivityCategories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Group = table.Column<int>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                IsDeleted = table.Column<bool>(nullable: false),
                DeletionTime = table.Column<DateTime>(nullable: true),
                DeleterId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbActivityCategories", x => x.Id));
        migrationBuilder.CreateIndex("IX_PbActivityCategories_TenantId_Name", "PbActivityCategories", ["TenantId", "Name"]);

        migrationBuilder.CreateTable(
            name: "PbActivities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 128, nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                HeldOn = table.Column<DateOnly>(nullable: false),
                Place = table.Column<string>(maxLength: 128, nullable: true),
                CategoryId = table.Column<Guid>(nullable: false),
                Requirement = table.Column<int>(nullable: false),
                Mode = table.Column<int>(nullable: false),
                BrandName = table.Column<string>(maxLength: 64, nullable: true),
                OtherParticipantCount = table.Column<int>(nullable: false),
                VolunteerHours = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                PeopleServed = table.Column<int>(nullable: false),
                Outcome = table.Column<string>(maxLength: 4000, nullable: true),
                Status = table.Column<int>(nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                IsDeleted = table.Column<bool>(nullable: false),
                DeletionTime = table.Column<DateTime>(nullable: true),
                DeleterId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbActivities", x => x.Id);
                table.ForeignKey("FK_PbActivities_PbActivityCategories_CategoryId", x => x.CategoryId,
                    "PbActivityCategories", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbActivities_CategoryId", "PbActivities", "CategoryId");
        migrationBuilder.CreateIndex(
            "IX_PbActivities_TenantId_OrganizationId_HeldOn", "PbActivities", ["TenantId", "OrganizationId", "HeldOn"]);
        migrationBuilder.CreateIndex("IX_PbActivities_TenantId_Status_HeldOn", "PbActivities", ["TenantId", "Status", "HeldOn"]);

        migrationBuilder.CreateTable(
            name: "PbActivityParticipants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                ActivityId = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbActivityParticipants", x => x.Id);
                table.ForeignKey("FK_PbActivityParticipants_PbActivities_ActivityId", x => x.ActivityId,
                    "PbActivities", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbActivityParticipants_ActivityId", "PbActivityParticipants", "ActivityId");
        migrationBuilder.CreateIndex(
            "IX_PbActivityParticipants_TenantId_MemberId", "PbActivityParticipants", ["TenantId", "MemberId"]);

        migrationBuilder.CreateTable(
            name: "PbActivityReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                ActivityId = table.Column<Guid>(nullable: false),
                Decision = table.Column<int>(nullable: false),
                Comment = table.Column<string>(maxLength: 1000, nullable: true),
                ReviewerId = table.Column<Guid>(nullable: true),
                ReviewerName = table.Column<string>(maxLength: 64, nullable: false),
                Time = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbActivityReviews", x => x.Id);
                table.ForeignKey("FK_PbActivityReviews_PbActivities_ActivityId", x => x.ActivityId,
                    "PbActivities", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbActivityReviews_ActivityId", "PbActivityReviews", "ActivityId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "PbActivityReviews", "PbActivityParticipants", "PbActivities", "PbActivityCategories", "PbAttachments" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
