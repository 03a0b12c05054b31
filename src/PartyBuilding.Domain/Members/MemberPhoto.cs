using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Members;

/// <summary>A member's photo, kept apart from the record so lists never load it.</summary>
public sealed class MemberPhoto : Entity<Guid>, IMultiTenant
{
    private MemberPhoto()
    {
    }

    public MemberPhoto(Guid memberId, string contentType, byte[] content) : base(memberId)
    {
        ContentType = contentType;
        Content = content;
    }

    public Guid? TenantId { get; private set; }

    public string ContentType { get; set; } = null!;

    public byte[] Content { get; set; } = null!;
}
