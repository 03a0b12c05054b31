using AutoMapper;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Testing;
using Xunit;

namespace PartyBuilding;

public sealed class ObjectMappingTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public void Should_have_a_valid_mapping_configuration_for_every_module() =>
        fixture.Services.GetRequiredService<IMapper>().ConfigurationProvider.AssertConfigurationIsValid();
}
