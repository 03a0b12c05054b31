using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Organizations;

namespace PartyBuilding.Testing;

public sealed record CommitteeTree(Guid FirstSubcommittee, IReadOnlyList<Guid> Branches);

/// <summary>
/// A committee's organisations written straight to the database in one save: township-like committees with
/// branches under each, on the same paths and names in every committee, so two committees built alike can be
/// compared organisation by organisation.
/// </summary>
public static class CommitteeTrees
{
    public static async Task<CommitteeTree> CreateAsync(
        PlatformFixture fixture, Guid tenantId, int subcommittees = 10, int branchesPerSubcommittee = 10)
    {
        var branches = new List<Guid>();
        var firstSubcommittee = Guid.Empty;
        await fixture.InTenantAsync(tenantId, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            for (var s = 1; s <= subcommittees; s++)
            {
                var subcommittee = new Organization(
                    Guid.CreateVersion7(), null, Organization.PathSegment(s), OrganizationType.PartyCommittee, $"第{s}乡镇党委");
                db.Organizations.Add(subcommittee);
                if (s == 1)
                {
                    firstSubcommittee = subcommittee.Id;
                }

                for (var b = 1; b <= branchesPerSubcommittee; b++)
                {
                    var branch = new Organization(
                        Guid.CreateVersion7(), subcommittee.Id, subcommittee.Path + Organization.PathSegment(b),
                        OrganizationType.Branch, $"第{s}乡镇第{b}党支部");
                    db.Organizations.Add(branch);
                    branches.Add(branch.Id);
                }
            }

            await db.SaveChangesAsync();
        });
        return new CommitteeTree(firstSubcommittee, branches);
    }
}
