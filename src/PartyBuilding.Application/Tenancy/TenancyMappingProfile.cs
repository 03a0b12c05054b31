using AutoMapper;

namespace PartyBuilding.Tenancy;

public sealed class TenancyMappingProfile : Profile
{
    public TenancyMappingProfile() => CreateMap<Tenant, TenantDto>();
}
