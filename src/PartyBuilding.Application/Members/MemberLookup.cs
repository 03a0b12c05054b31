using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Members;

public sealed class MemberLookup(IMembersDbContext db) : IMemberLookup
{
    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Members.AnyAsync(m => m.Id == id, cancellationToken);
}
