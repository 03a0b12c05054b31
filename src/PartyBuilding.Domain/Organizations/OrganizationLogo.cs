using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Organizations;

/// <summary>A branch brand's logo image, kept apart from the organisation so tree queries never load it.</summary>
public sealed class OrganizationLogo : Entity<Guid>, IMultiTenant
{
    private OrganizationLogo()
    {
    }

    public OrganizationLogo(Guid organizationId, string contentType, byte[] content) : base(organizationId)
    {
        ContentType = contentType;
        Content = content;
    }

    public Guid? TenantId { get; private set; }

    public string ContentType { get; set; } = null!;

    public byte[] Content { get; set; } = null!;
}
