using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Text;
using PartyBuilding.Members;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>
/// Fills a benchmark committee (its tree from <see cref="CommitteeTrees"/>) with members spread over the branches,
/// with valid, encrypted ID and phone numbers. The same seed gives the same people.
/// </summary>
public static class BenchmarkCommittee
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>Full members admitted ten years ago; one person per <see cref="SamplePeople"/> draw.</summary>
    public static IEnumerable<SamplePerson> People(int count, int seed)
    {
        var people = new SamplePeople(seed, "150424");
        for (var i = 0; i < count; i++)
        {
            yield return people.Next(Today, 30, 80);
        }
    }

    public static async Task AddMembersAsync(PlatformFixture fixture, Guid tenantId, IReadOnlyList<Guid> branches, int count, int seed)
    {
        var protector = fixture.Services.GetRequiredService<IPersonalDataProtector>();
        const int batchSize = 5_000;
        foreach (var batch in People(count, seed).Select((person, i) => (person, i)).Chunk(batchSize))
        {
            await fixture.InTenantAsync(tenantId, async sp =>
            {
                var db = sp.GetRequiredService<PartyBuildingDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                foreach (var (person, i) in batch)
                {
                    var member = new Member(Guid.CreateVersion7(), branches[i % branches.Count], person.Name, MemberStage.Full)
                    {
                        Gender = person.Gender,
                        Ethnicity = person.Ethnicity,
                        BirthDate = person.BirthDate,
                        Education = person.Education,
                        AdmittedOn = Today.AddYears(-10),
                        ProbationEndsOn = Today.AddYears(-9),
                        FullMembershipOn = Today.AddYears(-9),
                    };
                    member.SetIdNumber(protector.Protect(person.IdNumber), protector.Hash(person.IdNumber), Masking.Mask(person.IdNumber)!);
                    member.SetPhone(protector.Protect(person.Phone), Masking.Mask(person.Phone));
                    db.Members.Add(member);
                }

                await db.SaveChangesAsync();
            });
        }
    }
}
