using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Migrations;

/// <summary>
/// Findings of the daily inspection (日巡查), unique per committee, day, kind and item. Hand-written and
/// provider-neutral; the schema-drift test holds it to the model.
/// </summary>
[DbContext(typeof(PartyBuildingDbContext))]
[Migration("20261124020000_Inspections")]
public sealed class Inspections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PbInspectionFindings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                FoundOn = table.Column<DateOnly>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                ItemKey = table.Column<string>(maxLength: 96, nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                MeetingType = table.Column<int>(nullable: true),
                PeriodKey = table.Column<string>(maxLength: 16, nullable: true),
                DueOn = table.Column<DateOnly>(nullable: true),
                MeetingId = table.Column<Guid>(nullable: true),
                Citation = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbInspectionFindings", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_PbInspectionFindings_TenantId_FoundOn_Kind_ItemKey", "PbInspectionFindings",
            ["TenantId", "FoundOn", "Kind", "ItemKey"], unique: true);
        migrationBuilder.CreateIndex(
            "IX_PbInspectionFindings_TenantId_OrganizationId_FoundOn", "PbInspectionFindings",
            ["TenantId", "OrganizationId", "FoundOn"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PbInspectionFindings");
}
