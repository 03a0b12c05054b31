using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Members;

public interface IMembersDbContext : Data.IUnitOfWork
{
    DbSet<Member> Members { get; }

    DbSet<MemberHistoryEntry> MemberHistory { get; }

    DbSet<MemberTransfer> MemberTransfers { get; }

    DbSet<MemberPhoto> MemberPhotos { get; }
}
