using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Organizations;

/// <summary>The member organisation tree (成员党组织) within the current user's reach.</summary>
public interface IOrganizationAppService
{
    Task<IReadOnlyList<OrganizationTreeNodeDto>> GetTreeAsync(CancellationToken cancellationToken = default);

    Task<PagedResultDto<OrganizationDto>> GetListAsync(GetOrganizationListInput input, CancellationToken cancellationToken = default);

    Task<OrganizationDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OrganizationDetailDto> CreateAsync(CreateOrganizationDto input, CancellationToken cancellationToken = default);

    Task<OrganizationDetailDto> UpdateAsync(Guid id, UpdateOrganizationDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OrganizationDetailDto> MoveAsync(Guid id, MoveOrganizationDto input, CancellationToken cancellationToken = default);

    Task SetBrandLogoAsync(Guid id, byte[] content, CancellationToken cancellationToken = default);

    Task<OrganizationLogoDto> GetBrandLogoAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteBrandLogoAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CommitteeTermDto>> GetTermsAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CommitteeTermDto> CreateTermAsync(Guid id, CommitteeTermInput input, CancellationToken cancellationToken = default);

    Task<CommitteeTermDto> UpdateTermAsync(Guid id, Guid termId, UpdateCommitteeTermInput input, CancellationToken cancellationToken = default);

    Task DeleteTermAsync(Guid id, Guid termId, CancellationToken cancellationToken = default);
}

/// <summary>The committee's own list of unit categories (政务部门, 国有企业 …).</summary>
public interface IOrganizationCategoryAppService
{
    Task<IReadOnlyList<OrganizationCategoryDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<OrganizationCategoryDto> CreateAsync(OrganizationCategoryInput input, CancellationToken cancellationToken = default);

    Task<OrganizationCategoryDto> UpdateAsync(Guid id, UpdateOrganizationCategoryInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
