using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Activities;
using PartyBuilding.Auditing;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.Files;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Identity;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Security;
using PartyBuilding.Settings;
using PartyBuilding.Tenancy;

namespace PartyBuilding.EntityFrameworkCore;

/// <summary>
/// The one DbContext of the platform. Each module sees it only through its own interface
/// (<see cref="ITenancyDbContext"/>, <see cref="IIdentityDbContext"/> …), the way ABP's module DbContexts work,
/// while one context keeps one migration history and one transaction per use case.
/// </summary>
public class PartyBuildingDbContext(DbContextOptions<PartyBuildingDbContext> options, ICurrentTenant currentTenant)
    : IdentityDbContext<AppUser, AppRole, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppRoleClaim, AppUserToken>(options),
        ITenancyDbContext,
        IIdentityDbContext,
        IAuditingDbContext,
        IBackgroundJobsDbContext,
        ISettingsDbContext,
        IOrganizationsDbContext,
        IMembersDbContext,
        IMeetingsDbContext,
        IFilesDbContext,
        IActivitiesDbContext
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SettingValue> SettingValues => Set<SettingValue>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationCategory> OrganizationCategories => Set<OrganizationCategory>();

    public DbSet<CommitteeTerm> CommitteeTerms => Set<CommitteeTerm>();

    public DbSet<OrganizationLogo> OrganizationLogos => Set<OrganizationLogo>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<MemberHistoryEntry> MemberHistory => Set<MemberHistoryEntry>();

    public DbSet<MemberTransfer> MemberTransfers => Set<MemberTransfer>();

    public DbSet<MemberPhoto> MemberPhotos => Set<MemberPhoto>();

    public DbSet<MeetingRule> MeetingRules => Set<MeetingRule>();

    public DbSet<MeetingExemption> MeetingExemptions => Set<MeetingExemption>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingTypeEntry> MeetingTypes => Set<MeetingTypeEntry>();

    public DbSet<MeetingRevision> MeetingRevisions => Set<MeetingRevision>();

    public DbSet<MeetingPlanSlot> MeetingPlanSlots => Set<MeetingPlanSlot>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ActivityCategory> ActivityCategories => Set<ActivityCategory>();

    /// <summary>
    /// Read by the tenant query filter on every execution. It must be a member of the context instance: EF Core
    /// then passes it as a parameter, instead of baking the first tenant it sees into the cached query.
    /// </summary>
    public Guid? CurrentTenantId => currentTenant.Id;

    /// <summary>Identity's schema without passkey tables: the platform signs in with passwords only.</summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Discovered through Identity's UserPasskeys set even when the schema version leaves them out.
        builder.Ignore<IdentityUserPasskey<Guid>>();
        builder.Ignore<IdentityPasskeyData>();

        builder.ConfigureTenancy();
        builder.ConfigureIdentity();
        builder.ConfigureAuditing();
        builder.ConfigureBackgroundJobs();
        builder.ConfigureSettings();
        builder.ConfigureOrganizations();
        builder.ConfigureMembers();
        builder.ConfigureMeetings();
        builder.ConfigureFiles();
        builder.ConfigureActivities();
        builder.Entity<DataProtectionKey>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "DataProtectionKeys");
            b.Property(k => k.FriendlyName).HasMaxLength(256);
            b.Property(k => k.Xml).IsRequired();
        });

        builder.ApplyPlatformConventions(this);
    }
}
