using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Text;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.EntityFrameworkCore;

/// <summary>
/// Runs before every SaveChanges: stamps the tenant and the audit fields, turns deletes of soft-delete
/// entities into updates, issues new concurrency stamps, refuses writes to another committee's rows and to
/// append-only rows, and after a successful save hands the changes to the ambient <see cref="AuditScope"/>.
/// Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass all of this, so module code does not use them.
/// </summary>
public sealed class PlatformSaveChangesInterceptor(
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider timeProvider) : SaveChangesInterceptor
{
    /// <summary>Bookkeeping the audit row already records (who, when) or that means nothing to a reader.</summary>
    private static readonly HashSet<string> BookkeepingProperties =
    [
        nameof(IMultiTenant.TenantId), nameof(IHasCreationTime.CreationTime), nameof(ICreationAudited.CreatorId),
        nameof(IModificationAudited.LastModificationTime), nameof(IModificationAudited.LastModifierId),
        nameof(IDeletionAudited.DeletionTime), nameof(IDeletionAudited.DeleterId), nameof(IHasConcurrencyStamp.ConcurrencyStamp),
    ];

    private List<PendingChange>? _pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return Task.CompletedTask;
    }

    private void Prepare(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var auditing = AuditScope.Current is not null;
        _pending = auditing ? [] : null;

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IAppendOnly && entry.State != EntityState.Added)
            {
                throw new AppendOnlyViolationException(entry.Metadata.ClrType.Name);
            }

            var tenantId = GuardTenant(entry);
            var changeKind = entry.State switch
            {
                EntityState.Added => ChangeKind.Created,
                EntityState.Deleted => ChangeKind.Deleted,
                _ => ChangeKind.Updated,
            };

            // Captured before stamping so the trail shows what the user changed, not the bookkeeping.
            var propertyChanges = auditing && entry.Entity is not IAppendOnly ? DescribeProperties(entry, changeKind) : null;

            var userId = currentUser.TenantId == tenantId ? currentUser.Id : null;
            switch (entry.State)
            {
                case EntityState.Added:
                    StampCreation(entry, now, userId);
                    break;
                case EntityState.Modified:
                    StampModification(entry, now, userId);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete:
                    entry.State = EntityState.Modified;
                    Set(entry, nameof(IDeletionAudited.IsDeleted), true);
                    Set(entry, nameof(IDeletionAudited.DeletionTime), now);
                    Set(entry, nameof(IDeletionAudited.DeleterId), userId);
                    StampModification(entry, now, userId);
                    break;
            }

            if (auditing && entry.Entity is not IAppendOnly)
            {
                _pending!.Add(new PendingChange(entry, changeKind, propertyChanges));
            }
        }
    }

    /// <summary>Stamps new rows with the current tenant and refuses any write to a row of another tenant.</summary>
    private Guid? GuardTenant(EntityEntry entry)
    {
        if (entry.Entity is not IMultiTenant)
        {
            return null;
        }

        var property = entry.Property(nameof(IMultiTenant.TenantId));
        if (entry.State == EntityState.Added && property.CurrentValue is null)
        {
            property.CurrentValue = currentTenant.Id;
        }

        var current = (Guid?)property.CurrentValue;
        var original = entry.State == EntityState.Added ? current : (Guid?)property.OriginalValue;
        if (current != currentTenant.Id || original != currentTenant.Id)
        {
            throw new CrossTenantWriteException(entry.Metadata.ClrType.Name);
        }

        return current;
    }

    private static void StampCreation(EntityEntry entry, DateTime now, Guid? userId)
    {
        if (entry.Entity is IHasCreationTime && (DateTime)entry.Property(nameof(IHasCreationTime.CreationTime)).CurrentValue! == default)
        {
            Set(entry, nameof(IHasCreationTime.CreationTime), now);
        }

        if (entry.Entity is ICreationAudited && entry.Property(nameof(ICreationAudited.CreatorId)).CurrentValue is null)
        {
            Set(entry, nameof(ICreationAudited.CreatorId), userId);
        }
    }

    private static void StampModification(EntityEntry entry, DateTime now, Guid? userId)
    {
        if (entry.Entity is IModificationAudited)
        {
            Set(entry, nameof(IModificationAudited.LastModificationTime), now);
            Set(entry, nameof(IModificationAudited.LastModifierId), userId);
        }

        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }

    private static void Set(EntityEntry entry, string propertyName, object? value) =>
        entry.Property(propertyName).CurrentValue = value;

    private static List<PropertyChangeInfo>? DescribeProperties(EntityEntry entry, ChangeKind changeKind)
    {
        if (!entry.Metadata.ClrType.IsDefined(typeof(AuditedAttribute), true))
        {
            return null;
        }

        var changes = new List<PropertyChangeInfo>();
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (metadata.IsPrimaryKey() || metadata.IsShadowProperty() || metadata.IsAuditDisabled()
                || BookkeepingProperties.Contains(metadata.Name)
                || (changeKind == ChangeKind.Updated && !property.IsModified))
            {
                continue;
            }

            var original = changeKind == ChangeKind.Created ? null : Format(property.OriginalValue, metadata);
            var current = changeKind == ChangeKind.Deleted ? null : Format(property.CurrentValue, metadata);
            if (original != current)
            {
                changes.Add(new PropertyChangeInfo(metadata.Name, original, current));
            }
        }

        return changes;
    }

    private static string? Format(object? value, IProperty property)
    {
        var text = value switch
        {
            null => null,
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return property.IsMaskedInAudit() ? Masking.Mask(text) : text;
    }

    private void Publish()
    {
        var pending = _pending;
        _pending = null;
        if (pending is null || pending.Count == 0 || AuditScope.Current is not { } scope)
        {
            return;
        }

        // Keys generated by the database are known only now, after the save.
        scope.Add(pending.Select(p => new EntityChangeInfo(
            p.ChangeKind, p.Entry.Metadata.ClrType.Name, KeyOf(p.Entry), p.PropertyChanges)));
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(k =>
            Convert.ToString(entry.Property(k.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private sealed record PendingChange(EntityEntry Entry, ChangeKind ChangeKind, IReadOnlyList<PropertyChangeInfo>? PropertyChanges);
}
