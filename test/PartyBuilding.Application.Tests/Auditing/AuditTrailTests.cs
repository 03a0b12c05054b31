using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Auditing;
using PartyBuilding.Identity;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Auditing;

public abstract class AuditTrailTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Should_record_changed_fields_with_sensitive_values_masked_When_an_audited_entity_changes()
    {
        var committee = await fixture.CreateCommitteeAsync($"au{Guid.NewGuid():N}"[..16]);
        var changes = await fixture.InTenantAsync(committee.Id, async sp =>
        {
            using var scope = AuditScope.Begin();
            await sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
            {
                UserName = "masked",
                Name = "王芳",
                PhoneNumber = "13812345678",
                Password = PlatformFixture.UserPassword,
            });
            return scope.EntityChanges.ToList();
        });

        var user = changes.First(c => c.EntityType == nameof(AppUser) && c.ChangeKind == ChangeKind.Created);
        var properties = user.PropertyChanges.ShouldNotBeNull().ToDictionary(p => p.PropertyName, p => p.NewValue);
        properties["Name"].ShouldBe("王芳");
        properties["PhoneNumber"].ShouldBe("138****5678");
        properties.ShouldNotContainKey("PasswordHash");
        properties.ShouldNotContainKey("SecurityStamp");
        changes.ShouldContain(c => c.EntityType == nameof(AppUserRole) || c.EntityType == nameof(AppUser));
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteFixture fixture) : AuditTrailTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditTrailTestsOnPostgreSql(PostgreSqlFixture fixture) : AuditTrailTests(fixture), IClassFixture<PostgreSqlFixture>;
