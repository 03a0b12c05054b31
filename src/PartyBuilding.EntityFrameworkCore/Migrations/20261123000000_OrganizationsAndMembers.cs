using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Migrations;

/// <summary>
/// Committee settings, the member organisation tree with committee terms and brand logos, member records with
/// their history, transfers and photos, and the users' organisational reach. Hand-written and provider-neutral
/// like the foundation; the schema-drift test holds it to the model.
/// </summary>
[DbContext(typeof(PartyBuildingDbContext))]
[Migration("20261123000000_OrganizationsAndMembers")]
public sealed class OrganizationsAndMembers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "OrganizationId", table: "PbUsers", nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "MemberId", table: "PbUsers", nullable: true);

        migrationBuilder.CreateTable(
            name: "PbSettingValues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 128, nullable: false),
                Value = table.Column<string>(maxLength: 256, nullable: false),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbSettingValues", x => x.Id));
        migrationBuilder.CreateIndex("IX_PbSettingValues_TenantId_Name", "PbSettingValues", ["TenantId", "Name"], unique: true);

        migrationBuilder.CreateTable(
            name: "PbOrganizationCategories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Kind = table.Column<int>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                IsDeleted = table.Column<bool>(nullable: false),
                DeletionTime = table.Column<DateTime>(nullable: true),
                DeleterId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbOrganizationCategories", x => x.Id));
        migrationBuilder.CreateIndex("IX_PbOrganizationCategories_TenantId_Name", "PbOrganizationCategories", ["TenantId", "Name"]);

        migrationBuilder.CreateTable(
            name: "PbOrganizations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                ParentId = table.Column<Guid>(nullable: true),
                Path = table.Column<string>(maxLength: 96, nullable: false),
                Type = table.Column<int>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 128, nullable: false),
                ShortName = table.Column<string>(maxLength: 64, nullable: true),
                Code = table.Column<string>(maxLength: 32, nullable: true),
                UnitName = table.Column<string>(maxLength: 128, nullable: true),
                EstablishedOn = table.Column<DateOnly>(nullable: true),
                JoinedOn = table.Column<DateOnly>(nullable: true),
                LeftOn = table.Column<DateOnly>(nullable: true),
                EndsOn = table.Column<DateOnly>(nullable: true),
                SortOrder = table.Column<int>(nullable: false),
                BrandName = table.Column<string>(maxLength: 64, nullable: true),
                BrandSlogan = table.Column<string>(maxLength: 128, nullable: true),
                BrandDescription = table.Column<string>(maxLength: 2000, nullable: true),
                HasBrandLogo = table.Column<bool>(nullable: false),
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
                table.PrimaryKey("PK_PbOrganizations", x => x.Id);
                table.ForeignKey("FK_PbOrganizations_PbOrganizationCategories_CategoryId", x => x.CategoryId,
                    "PbOrganizationCategories", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_PbOrganizations_PbOrganizations_ParentId", x => x.ParentId,
                    "PbOrganizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbOrganizations_CategoryId", "PbOrganizations", "CategoryId");
        migrationBuilder.CreateIndex("IX_PbOrganizations_ParentId", "PbOrganizations", "ParentId");
        migrationBuilder.CreateIndex("IX_PbOrganizations_TenantId_ParentId", "PbOrganizations", ["TenantId", "ParentId"]);
        migrationBuilder.CreateIndex("IX_PbOrganizations_TenantId_Path", "PbOrganizations", ["TenantId", "Path"], unique: true);

        migrationBuilder.CreateTable(
            name: "PbOrganizationLogos",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                ContentType = table.Column<string>(maxLength: 64, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbOrganizationLogos", x => x.Id);
                table.ForeignKey("FK_PbOrganizationLogos_PbOrganizations_Id", x => x.Id,
                    "PbOrganizations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PbCommitteeTerms",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                Notes = table.Column<string>(maxLength: 1000, nullable: true),
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
                table.PrimaryKey("PK_PbCommitteeTerms", x => x.Id);
                table.ForeignKey("FK_PbCommitteeTerms_PbOrganizations_OrganizationId", x => x.OrganizationId,
                    "PbOrganizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbCommitteeTerms_OrganizationId", "PbCommitteeTerms", "OrganizationId");
        migrationBuilder.CreateIndex(
            "IX_PbCommitteeTerms_TenantId_OrganizationId_StartsOn", "PbCommitteeTerms", ["TenantId", "OrganizationId", "StartsOn"]);

        migrationBuilder.CreateTable(
            name: "PbCommitteeMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                TermId = table.Column<Guid>(nullable: false),
                Post = table.Column<int>(nullable: false),
                PostTitle = table.Column<string>(maxLength: 32, nullable: true),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                MemberId = table.Column<Guid>(nullable: true),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbCommitteeMembers", x => x.Id);
                table.ForeignKey("FK_PbCommitteeMembers_PbCommitteeTerms_TermId", x => x.TermId,
                    "PbCommitteeTerms", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbCommitteeMembers_TermId", "PbCommitteeMembers", "TermId");

        migrationBuilder.CreateTable(
            name: "PbMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Gender = table.Column<int>(nullable: false),
                Ethnicity = table.Column<string>(maxLength: 16, nullable: false),
                BirthDate = table.Column<DateOnly>(nullable: false),
                IdNumberCipher = table.Column<string>(maxLength: 128, nullable: false),
                IdNumberHash = table.Column<string>(maxLength: 64, nullable: false),
                IdNumberMasked = table.Column<string>(maxLength: 18, nullable: false),
                PhoneCipher = table.Column<string>(maxLength: 128, nullable: true),
                PhoneMasked = table.Column<string>(maxLength: 20, nullable: true),
                Education = table.Column<int>(nullable: true),
                Job = table.Column<string>(maxLength: 64, nullable: true),
                WorkUnit = table.Column<string>(maxLength: 128, nullable: true),
                OrganizationId = table.Column<Guid>(nullable: false),
                PartyGroupId = table.Column<Guid>(nullable: true),
                Stage = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                AppliedOn = table.Column<DateOnly>(nullable: true),
                TalkedOn = table.Column<DateOnly>(nullable: true),
                ActivistOn = table.Column<DateOnly>(nullable: true),
                CandidateOn = table.Column<DateOnly>(nullable: true),
                AdmittedOn = table.Column<DateOnly>(nullable: true),
                ProbationEndsOn = table.Column<DateOnly>(nullable: true),
                ProbationExtended = table.Column<bool>(nullable: false),
                FullMembershipOn = table.Column<DateOnly>(nullable: true),
                IsMobile = table.Column<bool>(nullable: false),
                IsLostContact = table.Column<bool>(nullable: false),
                LostContactSince = table.Column<DateOnly>(nullable: true),
                PioneerPost = table.Column<int>(nullable: false),
                Notes = table.Column<string>(maxLength: 1000, nullable: true),
                HasPhoto = table.Column<bool>(nullable: false),
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
                table.PrimaryKey("PK_PbMembers", x => x.Id);
                table.ForeignKey("FK_PbMembers_PbOrganizations_OrganizationId", x => x.OrganizationId,
                    "PbOrganizations", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_PbMembers_PbOrganizations_PartyGroupId", x => x.PartyGroupId,
                    "PbOrganizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbMembers_OrganizationId", "PbMembers", "OrganizationId");
        migrationBuilder.CreateIndex("IX_PbMembers_PartyGroupId", "PbMembers", "PartyGroupId");
        migrationBuilder.CreateIndex("IX_PbMembers_TenantId_IdNumberHash", "PbMembers", ["TenantId", "IdNumberHash"]);
        migrationBuilder.CreateIndex("IX_PbMembers_TenantId_OrganizationId_Name", "PbMembers", ["TenantId", "OrganizationId", "Name"]);
        migrationBuilder.CreateIndex("IX_PbMembers_TenantId_Stage", "PbMembers", ["TenantId", "Stage"]);

        migrationBuilder.CreateTable(
            name: "PbMemberPhotos",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                ContentType = table.Column<string>(maxLength: 64, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbMemberPhotos", x => x.Id);
                table.ForeignKey("FK_PbMemberPhotos_PbMembers_Id", x => x.Id, "PbMembers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PbMemberHistory",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                MemberId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                FromValue = table.Column<string>(maxLength: 128, nullable: true),
                ToValue = table.Column<string>(maxLength: 128, nullable: true),
                EffectiveOn = table.Column<DateOnly>(nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                DecidingMeeting = table.Column<string>(maxLength: 128, nullable: true),
                DecidingMeetingOn = table.Column<DateOnly>(nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbMemberHistory", x => x.Id);
                table.ForeignKey("FK_PbMemberHistory_PbMembers_MemberId", x => x.MemberId,
                    "PbMembers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbMemberHistory_MemberId", "PbMemberHistory", "MemberId");
        migrationBuilder.CreateIndex(
            "IX_PbMemberHistory_TenantId_MemberId_EffectiveOn", "PbMemberHistory", ["TenantId", "MemberId", "EffectiveOn"]);

        migrationBuilder.CreateTable(
            name: "PbMemberTransfers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                Direction = table.Column<int>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: true),
                PersonName = table.Column<string>(maxLength: 64, nullable: false),
                LetterNumber = table.Column<string>(maxLength: 64, nullable: true),
                Counterparty = table.Column<string>(maxLength: 128, nullable: false),
                IsCrossProvince = table.Column<bool>(nullable: false),
                IssuedOn = table.Column<DateOnly>(nullable: false),
                Deadline = table.Column<DateOnly>(nullable: false),
                ReceiptConfirmedOn = table.Column<DateOnly>(nullable: true),
                Status = table.Column<int>(nullable: false),
                Notes = table.Column<string>(maxLength: 1000, nullable: true),
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
                table.PrimaryKey("PK_PbMemberTransfers", x => x.Id);
                table.ForeignKey("FK_PbMemberTransfers_PbMembers_MemberId", x => x.MemberId,
                    "PbMembers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_PbMemberTransfers_PbOrganizations_OrganizationId", x => x.OrganizationId,
                    "PbOrganizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbMemberTransfers_MemberId", "PbMemberTransfers", "MemberId");
        migrationBuilder.CreateIndex("IX_PbMemberTransfers_OrganizationId", "PbMemberTransfers", "OrganizationId");
        migrationBuilder.CreateIndex("IX_PbMemberTransfers_TenantId_MemberId", "PbMemberTransfers", ["TenantId", "MemberId"]);
        migrationBuilder.CreateIndex(
            "IX_PbMemberTransfers_TenantId_Status_Deadline", "PbMemberTransfers", ["TenantId", "Status", "Deadline"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "PbMemberTransfers", "PbMemberHistory", "PbMemberPhotos", "PbMembers", "PbCommitteeMembers",
                     "PbCommitteeTerms", "PbOrganizationLogos", "PbOrganizations", "PbOrganizationCategories", "PbSettingValues",
                 })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropColumn("MemberId", "PbUsers");
        migrationBuilder.DropColumn("OrganizationId", "PbUsers");
    }
}
