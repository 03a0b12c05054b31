using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members;

public static class MembersModelBuilderExtensions
{
    public static void ConfigureMembers(this ModelBuilder builder)
    {
        builder.Entity<Member>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "Members");
            b.Property(m => m.Name).HasMaxLength(MemberConsts.MaxNameLength).IsRequired();
            b.Property(m => m.Ethnicity).HasMaxLength(MemberConsts.MaxEthnicityLength).IsRequired();
            b.Property(m => m.IdNumberCipher).HasMaxLength(MemberConsts.MaxCipherLength).IsRequired();
            b.Property(m => m.IdNumberHash).HasMaxLength(MemberConsts.HashLength).IsRequired();
            b.Property(m => m.IdNumberMasked).HasMaxLength(MemberConsts.IdNumberLength).IsRequired();
            b.Property(m => m.PhoneCipher).HasMaxLength(MemberConsts.MaxCipherLength);
            b.Property(m => m.PhoneMasked).HasMaxLength(MemberConsts.MaxPhoneLength);
            b.Property(m => m.Job).HasMaxLength(MemberConsts.MaxJobLength);
            b.Property(m => m.WorkUnit).HasMaxLength(MemberConsts.MaxWorkUnitLength);
            b.Property(m => m.Notes).HasMaxLength(MemberConsts.MaxNotesLength);
            b.Ignore(m => m.Category);
            b.HasIndex(m => new { m.TenantId, m.IdNumberHash });
            b.HasIndex(m => new { m.TenantId, m.OrganizationId, m.Name });
            b.HasIndex(m => new { m.TenantId, m.Stage });
            b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Organization>().WithMany().HasForeignKey(m => m.PartyGroupId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MemberHistoryEntry>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MemberHistory");
            b.Property(h => h.FromValue).HasMaxLength(MemberConsts.MaxHistoryValueLength);
            b.Property(h => h.ToValue).HasMaxLength(MemberConsts.MaxHistoryValueLength);
            b.Property(h => h.Reason).HasMaxLength(MemberConsts.MaxReasonLength);
            b.Property(h => h.DecidingMeeting).HasMaxLength(MemberConsts.MaxMeetingLength);
            b.HasIndex(h => new { h.TenantId, h.MemberId, h.EffectiveOn });
            b.HasOne<Member>().WithMany().HasForeignKey(h => h.MemberId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MemberTransfer>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MemberTransfers");
            b.Property(t => t.PersonName).HasMaxLength(MemberConsts.MaxNameLength).IsRequired();
            b.Property(t => t.LetterNumber).HasMaxLength(MemberConsts.MaxLetterNumberLength);
            b.Property(t => t.Counterparty).HasMaxLength(MemberConsts.MaxCounterpartyLength).IsRequired();
            b.Property(t => t.Notes).HasMaxLength(MemberConsts.MaxNotesLength);
            b.HasIndex(t => new { t.TenantId, t.Status, t.Deadline });
            b.HasIndex(t => new { t.TenantId, t.MemberId });
            b.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MemberPhoto>(b =>
        {
            b.ToTable(PartyBuildingDbProperties.DbTablePrefix + "MemberPhotos");
            b.Property(p => p.ContentType).HasMaxLength(64).IsRequired();
            b.Property(p => p.Content).IsRequired();
            b.HasOne<Member>().WithOne().HasForeignKey<MemberPhoto>(p => p.Id).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
