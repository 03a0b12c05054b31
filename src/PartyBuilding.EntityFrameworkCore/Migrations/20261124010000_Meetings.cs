using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Migrations;

/// <summary>
/// Meeting rules and exemptions, meeting records with the types they count for, venues, attendees and
/// revisions, and the plan slots the monthly job freezes. Hand-written and provider-neutral; the schema-drift
/// test holds it to the model.
/// </summary>
[DbContext(typeof(PartyBuildingDbContext))]
[Migration("20261124010000_Meetings")]
public sealed class Meetings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PbMeetingRules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                MeetingType = table.Column<int>(nullable: false),
                PeriodKind = table.Column<int>(nullable: false),
                RequiredCount = table.Column<int>(nullable: false),
                AppliesTo = table.Column<string>(maxLength: 128, nullable: false),
                RequiresCommittee = table.Column<bool>(nullable: false),
                RequiresSecretarySpeaker = table.Column<bool>(nullable: false),
                IsEnabled = table.Column<bool>(nullable: false),
                Citation = table.Column<string>(maxLength: 500, nullable: false),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                IsDeleted = table.Column<bool>(nullable: false),
                DeletionTime = table.Column<DateTime>(nullable: true),
                DeleterId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbMeetingRules", x => x.Id));

        migrationBuilder.CreateTable(
            name: "PbMeetingExemptions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: false),
                MeetingType = table.Column<int>(nullable: true),
                PeriodKey = table.Column<string>(maxLength: 10, nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                IsDeleted = table.Column<bool>(nullable: false),
                DeletionTime = table.Column<DateTime>(nullable: true),
                DeleterId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbMeetingExemptions", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_PbMeetingExemptions_TenantId_OrganizationId_StartsOn", "PbMeetingExemptions", ["TenantId", "OrganizationId", "StartsOn"]);

        migrationBuilder.CreateTable(
            name: "PbMeetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                HeldOn = table.Column<DateOnly>(nullable: false),
                Place = table.Column<string>(maxLength: 128, nullable: true),
                Mode = table.Column<int>(nullable: false),
                HostName = table.Column<string>(maxLength: 64, nullable: true),
                HostMemberId = table.Column<Guid>(nullable: true),
                Topic = table.Column<string>(maxLength: 256, nullable: true),
                SpeakerName = table.Column<string>(maxLength: 64, nullable: true),
                SpeakerMemberId = table.Column<Guid>(nullable: true),
                SpeakerIsSecretary = table.Column<bool>(nullable: false),
                Agenda = table.Column<string>(maxLength: 20000, nullable: true),
                Minutes = table.Column<string>(maxLength: 20000, nullable: true),
                Resolutions = table.Column<string>(maxLength: 20000, nullable: true),
                HasVote = table.Column<bool>(nullable: false),
                Status = table.Column<int>(nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                SubmittedById = table.Column<Guid>(nullable: true),
                SubmittedByName = table.Column<string>(maxLength: 64, nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                IsDeleted = table.Column<bool>(nullable: false),
                DeletionTime = table.Column<DateTime>(nullable: true),
                DeleterId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbMeetings", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_PbMeetings_TenantId_OrganizationId_HeldOn", "PbMeetings", ["TenantId", "OrganizationId", "HeldOn"]);
        migrationBuilder.CreateIndex("IX_PbMeetings_TenantId_Status_HeldOn", "PbMeetings", ["TenantId", "Status", "HeldOn"]);

        migrationBuilder.CreateTable(
            name: "PbMeetingTypes",
            columns: table => new
            {
                MeetingId = table.Column<Guid>(nullable: false),
                Type = table.Column<int>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbMeetingTypes", x => new { x.MeetingId, x.Type });
                table.ForeignKey("FK_PbMeetingTypes_PbMeetings_MeetingId", x => x.MeetingId,
                    "PbMeetings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbMeetingTypes_TenantId_Type", "PbMeetingTypes", ["TenantId", "Type"]);

        migrationBuilder.CreateTable(
            name: "PbMeetingVenues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                MeetingId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 128, nullable: false),
                IsMain = table.Column<bool>(nullable: false),
                AttendeeCount = table.Column<int>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbMeetingVenues", x => x.Id);
                table.ForeignKey("FK_PbMeetingVenues_PbMeetings_MeetingId", x => x.MeetingId,
                    "PbMeetings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbMeetingVenues_MeetingId", "PbMeetingVenues", "MeetingId");

        migrationBuilder.CreateTable(
            name: "PbMeetingAttendees",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                MeetingId = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                AbsenceReason = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbMeetingAttendees", x => x.Id);
                table.ForeignKey("FK_PbMeetingAttendees_PbMeetings_MeetingId", x => x.MeetingId,
                    "PbMeetings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbMeetingAttendees_MeetingId", "PbMeetingAttendees", "MeetingId");
        migrationBuilder.CreateIndex("IX_PbMeetingAttendees_TenantId_MemberId", "PbMeetingAttendees", ["TenantId", "MemberId"]);

        migrationBuilder.CreateTable(
            name: "PbMeetingRevisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                MeetingId = table.Column<Guid>(nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                Before = table.Column<string>(nullable: false),
                After = table.Column<string>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbMeetingRevisions", x => x.Id);
                table.ForeignKey("FK_PbMeetingRevisions_PbMeetings_MeetingId", x => x.MeetingId,
                    "PbMeetings", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbMeetingRevisions_MeetingId", "PbMeetingRevisions", "MeetingId");
        migrationBuilder.CreateIndex(
            "IX_PbMeetingRevisions_TenantId_MeetingId_CreationTime", "PbMeetingRevisions", ["TenantId", "MeetingId", "CreationTime"]);

        migrationBuilder.CreateTable(
            name: "PbMeetingPlanSlots",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                OrganizationId = table.Column<Guid>(nullable: false),
                RuleId = table.Column<Guid>(nullable: false),
                MeetingType = table.Column<int>(nullable: false),
                PeriodKind = table.Column<int>(nullable: false),
                PeriodStart = table.Column<DateOnly>(nullable: false),
                PeriodKey = table.Column<string>(maxLength: 10, nullable: false),
                Sequence = table.Column<int>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                Citation = table.Column<string>(maxLength: 500, nullable: false),
                RequiresCommittee = table.Column<bool>(nullable: false),
                RequiresSecretarySpeaker = table.Column<bool>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PbMeetingPlanSlots", x => x.Id));
        migrationBuilder.CreateIndex("IX_PbMeetingPlanSlots_TenantId_DueOn", "PbMeetingPlanSlots", ["TenantId", "DueOn"]);
        migrationBuilder.CreateIndex(
            "IX_PbMeetingPlanSlots_Slot", "PbMeetingPlanSlots",
            ["TenantId", "OrganizationId", "PeriodKey", "RuleId", "Sequence"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "PbMeetingPlanSlots", "PbMeetingRevisions", "PbMeetingAttendees", "PbMeetingVenues", "PbMeetingTypes",
                     "PbMeetings", "PbMeetingExemptions", "PbMeetingRules",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
