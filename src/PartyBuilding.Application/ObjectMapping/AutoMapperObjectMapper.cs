using AutoMapper;
using PartyBuilding.Framework.Application.Services;

namespace PartyBuilding.ObjectMapping;

/// <summary>AutoMapper behind the kernel's <see cref="IObjectMapper"/>, so a licence change only touches this class and the profiles.</summary>
public sealed class AutoMapperObjectMapper(IMapper mapper) : IObjectMapper
{
    public TDestination Map<TDestination>(object source) => mapper.Map<TDestination>(source);

    public void Map<TSource, TDestination>(TSource source, TDestination destination) => mapper.Map(source, destination);
}
