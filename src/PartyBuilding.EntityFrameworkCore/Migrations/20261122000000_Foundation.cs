using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Migrations;

/// <summary>
/// Tenants, Identity, permission grants, the audit trail, the job ledger and the data protection key ring. Written by hand and provider-neutral:
/// column types are left to the provider's mapping of the CLR type, and the schema-drift test proves the result
/// equal to the model on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(PartyBuildingDbContext))]
[Migration("20261122000000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PbTenants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 128, nullable: false),
                Region = table.Column<string>(maxLength: 128, nullable: true),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
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
            constraints: table => table.PrimaryKey("PK_PbTenants", x => x.Id));
        migrationBuilder.CreateIndex("IX_PbTenants_Code", "PbTenants", "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "PbUsers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PbUsers", x => x.Id));
        migrationBuilder.CreateIndex("UserNameIndex", "PbUsers", ["TenantId", "NormalizedUserName"], unique: true);
        migrationBuilder.CreateIndex("EmailIndex", "PbUsers", "NormalizedEmail");

        migrationBuilder.CreateTable(
            name: "PbRoles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                DisplayName = table.Column<string>(maxLength: 64, nullable: false),
                IsStatic = table.Column<bool>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbRoles", x => x.Id));
        migrationBuilder.CreateIndex("RoleNameIndex", "PbRoles", ["TenantId", "NormalizedName"], unique: true);

        migrationBuilder.CreateTable(
            name: "PbUserRoles",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RoleId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_PbUserRoles_PbRoles_RoleId", x => x.RoleId, "PbRoles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PbUserRoles_PbUsers_UserId", x => x.UserId, "PbUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbUserRoles_RoleId", "PbUserRoles", "RoleId");

        migrationBuilder.CreateTable(
            name: "PbUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TenantId = table.Column<Guid>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbUserClaims", x => x.Id);
                table.ForeignKey("FK_PbUserClaims_PbUsers_UserId", x => x.UserId, "PbUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbUserClaims_UserId", "PbUserClaims", "UserId");

        migrationBuilder.CreateTable(
            name: "PbUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_PbUserLogins_PbUsers_UserId", x => x.UserId, "PbUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbUserLogins_UserId", "PbUserLogins", "UserId");

        migrationBuilder.CreateTable(
            name: "PbUserTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_PbUserTokens_PbUsers_UserId", x => x.UserId, "PbUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PbRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TenantId = table.Column<Guid>(nullable: true),
                RoleId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbRoleClaims", x => x.Id);
                table.ForeignKey("FK_PbRoleClaims_PbRoles_RoleId", x => x.RoleId, "PbRoles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbRoleClaims_RoleId", "PbRoleClaims", "RoleId");

        migrationBuilder.CreateTable(
            name: "PbPermissionGrants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                RoleId = table.Column<Guid>(nullable: false),
                PermissionName = table.Column<string>(maxLength: 128, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbPermissionGrants", x => x.Id);
                table.ForeignKey("FK_PbPermissionGrants_PbRoles_RoleId", x => x.RoleId, "PbRoles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PbPermissionGrants_RoleId", "PbPermissionGrants", "RoleId");
        migrationBuilder.CreateIndex(
            "IX_PbPermissionGrants_TenantId_RoleId_PermissionName", "PbPermissionGrants",
            ["TenantId", "RoleId", "PermissionName"], unique: true);

        migrationBuilder.CreateTable(
            name: "PbAuditLogs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                UserId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                ExecutionTime = table.Column<DateTime>(nullable: false),
                DurationMs = table.Column<int>(nullable: false),
                ClientIp = table.Column<string>(maxLength: 64, nullable: true),
                HttpMethod = table.Column<string>(maxLength: 16, nullable: false),
                Url = table.Column<string>(maxLength: 512, nullable: false),
                Action = table.Column<string>(maxLength: 256, nullable: false),
                EntityType = table.Column<string>(maxLength: 128, nullable: true),
                EntityId = table.Column<string>(maxLength: 64, nullable: true),
                StatusCode = table.Column<int>(nullable: false),
                ErrorCode = table.Column<string>(maxLength: 128, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PbAuditLogs", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_PbAuditLogs_TenantId_EntityType_EntityId", "PbAuditLogs", ["TenantId", "EntityType", "EntityId"]);
        migrationBuilder.CreateIndex("IX_PbAuditLogs_TenantId_ExecutionTime", "PbAuditLogs", ["TenantId", "ExecutionTime"]);

        migrationBuilder.CreateTable(
            name: "PbAuditLogEntityChanges",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                AuditLogId = table.Column<Guid>(nullable: false),
                ChangeType = table.Column<int>(nullable: false),
                EntityType = table.Column<string>(maxLength: 128, nullable: false),
                EntityId = table.Column<string>(maxLength: 64, nullable: false),
                PropertyChanges = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PbAuditLogEntityChanges", x => x.Id);
                table.ForeignKey(
                    "FK_PbAuditLogEntityChanges_PbAuditLogs_AuditLogId", x => x.AuditLogId, "PbAuditLogs", "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PbAuditLogEntityChanges_AuditLogId", "PbAuditLogEntityChanges", "AuditLogId");
        migrationBuilder.CreateIndex(
            "IX_PbAuditLogEntityChanges_TenantId_EntityType_EntityId", "PbAuditLogEntityChanges",
            ["TenantId", "EntityType", "EntityId"]);

        migrationBuilder.CreateTable(
            name: "PbJobRuns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                JobName = table.Column<string>(maxLength: 64, nullable: false),
                PeriodKey = table.Column<string>(maxLength: 16, nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                FinishedAt = table.Column<DateTime>(nullable: false),
                DurationMs = table.Column<int>(nullable: false),
                Error = table.Column<string>(maxLength: 2000, nullable: true),
                NextRetryAt = table.Column<DateTime>(nullable: true),
                Node = table.Column<string>(maxLength: 128, nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PbJobRuns", x => x.Id));
        migrationBuilder.CreateIndex("IX_PbJobRuns_Status_NextRetryAt", "PbJobRuns", ["Status", "NextRetryAt"]);
        migrationBuilder.CreateIndex(
            "IX_PbJobRuns_TenantId_JobName_PeriodKey", "PbJobRuns", ["TenantId", "JobName", "PeriodKey"], unique: true);

        CreateDataProtectionKeys(migrationBuilder);
    }

    private static void CreateDataProtectionKeys(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "PbDataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: 256, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PbDataProtectionKeys", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "PbDataProtectionKeys", "PbJobRuns", "PbAuditLogEntityChanges", "PbAuditLogs", "PbPermissionGrants", "PbRoleClaims",
                     "PbUserTokens", "PbUserLogins", "PbUserClaims", "PbUserRoles", "PbRoles", "PbUsers", "PbTenants",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
