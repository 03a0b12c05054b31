using PartyBuilding.Framework.Timing;
using PartyBuilding.Identity;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.Demo;

/// <summary>
/// Fills the demo committee with its member organisations (<see cref="LinxiCatalog"/>), their committees and
/// a few hundred people at every stage of the pipeline, dated relative to the committee's today so that the due
/// list, the set-up warnings and the term warnings show something true on any day the demo is created. All of it
/// goes through the modules' application services, so the demo obeys the same rules as the console.
/// </summary>
public sealed class LinxiOrganizationsAndMembers(
    IOrganizationAppService organizations,
    IOrganizationCategoryAppService categories,
    IMemberAppService members,
    IMemberTransferAppService transfers,
    IUserAppService users,
    TimeProvider clock)
{
    private static readonly DateOnly CommitteeFounded = new(2018, 3, 1);

    private readonly SamplePeople _people = new(seed: 150424, LinxiCatalog.RegionCode);
    private readonly Random _random = new(2018);
    private DateOnly _today;
    private Dictionary<UnitKind, Guid> _categoryByKind = [];

    /// <summary>Creates the organisations and people; answers what the later parts of the demo record meetings and activities for.</summary>
    public async Task<DemoCommittee> SeedAsync(IReadOnlyList<(UserDto User, Gender Gender)> demoUsers, CancellationToken cancellationToken)
    {
        _today = new TenantClock(clock, TenantClock.FindTimeZone(TenantClock.DefaultTimeZoneId)).Today;
        _categoryByKind = (await categories.GetListAsync(cancellationToken))
            .GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.First().Id);

        var branches = new List<(OrganizationDetailDto Branch, Guid[] Groups, int Size)>();
        var sortOrder = 0;
        foreach (var (unit, branchName, groups, size) in LinxiCatalog.Departments)
        {
            var branch = await CreateAsync(null, OrganizationType.Branch, UnitKind.GovernmentDepartment, branchName, unit, ++sortOrder, cancellationToken);
            var groupIds = new List<Guid>();
            foreach (var group in groups)
            {
                groupIds.Add((await CreateAsync(branch.Id, OrganizationType.PartyGroup, UnitKind.GovernmentDepartment, group, unit, groupIds.Count + 1, cancellationToken)).Id);
            }

            branches.Add((branch, [.. groupIds], size));
        }

        foreach (var (unit, name, type, children) in LinxiCatalog.Enterprises)
        {
            var organization = await CreateAsync(null, type, UnitKind.StateEnterprise, name, unit, ++sortOrder, cancellationToken);
            if (children.Length == 0)
            {
                branches.Add((organization, [], 9));
            }

            foreach (var (childName, size) in children)
            {
                branches.Add((await CreateAsync(organization.Id, OrganizationType.Branch, UnitKind.StateEnterprise, childName, unit, branches.Count, cancellationToken), [], size));
            }
        }

        var townshipCommittees = new List<(Guid, string)>();
        foreach (var (township, villages) in LinxiCatalog.Townships)
        {
            var committee = await CreateAsync(null, OrganizationType.PartyCommittee, UnitKind.TownshipOrStreet, township + "党委", "林西县" + township, ++sortOrder, cancellationToken);
            townshipCommittees.Add((committee.Id, committee.Name));
            var office = await CreateAsync(committee.Id, OrganizationType.Branch, UnitKind.TownshipOrStreet, township + "机关党支部", "林西县" + township + "人民政府", 1, cancellationToken);
            var officeGroups = new[]
            {
                (await CreateAsync(office.Id, OrganizationType.PartyGroup, UnitKind.TownshipOrStreet, "便民服务中心党小组", null, 1, cancellationToken)).Id,
                (await CreateAsync(office.Id, OrganizationType.PartyGroup, UnitKind.TownshipOrStreet, "综合办党小组", null, 2, cancellationToken)).Id,
            };
            branches.Add((office, officeGroups, 14));
            var villageOrder = 1;
            foreach (var village in villages)
            {
                var branch = await CreateAsync(committee.Id, OrganizationType.Branch, UnitKind.VillageOrCommunity, village + "党支部", township + village + "村民委员会", ++villageOrder, cancellationToken);
                branches.Add((branch, [], 6 + _random.Next(6)));
            }
        }

        branches.Add((await CreateAsync(null, OrganizationType.JointBranch, UnitKind.Other, "社会监督联合党支部", "政务服务社会监督员", ++sortOrder, cancellationToken), [], 6));
        var temporary = await organizations.CreateAsync(new CreateOrganizationDto
        {
            Type = OrganizationType.TemporaryBranch,
            CategoryId = _categoryByKind.GetValueOrDefault(UnitKind.Other),
            Name = "政务服务大厅智慧化改造项目临时党支部",
            UnitName = "林西县政务服务中心",
            EstablishedOn = _today.AddMonths(-5),
            JoinedOn = _today.AddMonths(-5),
            EndsOn = _today.AddMonths(7),
            SortOrder = ++sortOrder,
        }, cancellationToken);
        branches.Add((temporary, [], 5));

        var seeded = new List<DemoBranch>();
        foreach (var (branch, groups, size) in branches)
        {
            var roster = await AddMembersAsync(branch, groups, size, cancellationToken);
            var term = await AddCommitteeAsync(branch, roster, cancellationToken);
            seeded.Add(new DemoBranch(branch.Id, branch.Name, branch.ParentId, groups, roster, term));
        }

        await LinkDemoUsersAsync(branches.First(b => b.Branch.Name == LinxiCatalog.SecretaryBranch).Branch, demoUsers, cancellationToken);
        await AddTransfersAsync(branches, cancellationToken);
        return new DemoCommittee(_today, seeded, townshipCommittees);
    }

    private Task<OrganizationDetailDto> CreateAsync(
        Guid? parentId, OrganizationType type, UnitKind kind, string name, string? unitName, int sortOrder, CancellationToken cancellationToken) =>
        organizations.CreateAsync(new CreateOrganizationDto
        {
            ParentId = parentId,
            Type = type,
            CategoryId = _categoryByKind.GetValueOrDefault(kind),
            Name = name,
            UnitName = unitName,
            EstablishedOn = CommitteeFounded.AddYears(-_random.Next(5, 30)),
            JoinedOn = parentId is null ? CommitteeFounded : null,
            SortOrder = sortOrder,
        }, cancellationToken);

    /// <summary>About seven in ten are full members; the rest are spread over the earlier stages, with dates
    /// that put some of them on the due list (talks owed, probation ending, decisions overdue).</summary>
    private async Task<List<DemoPerson>> AddMembersAsync(
        OrganizationDetailDto branch, Guid[] groups, int size, CancellationToken cancellationToken)
    {
        var roster = new List<DemoPerson>();
        for (var i = 0; i < size; i++)
        {
            var stage = _random.Next(100) switch
            {
                < 6 => MemberStage.Applicant,
                < 12 => MemberStage.Activist,
                < 18 => MemberStage.Candidate,
                < 28 => MemberStage.Probationary,
                _ => MemberStage.Full,
            };
            var person = _people.Next(_today, stage == MemberStage.Full ? 26 : 24, stage == MemberStage.Full ? 62 : 40);
            var partyGroup = groups.Length > 0 ? groups[i % groups.Length] : (Guid?)null;
            var input = NewMember(person, branch.Id, partyGroup, stage);
            roster.Add(new DemoPerson((await members.CreateAsync(input, cancellationToken)).Id, person.Name, stage, partyGroup));
        }

        return roster;
    }

    private CreateMemberDto NewMember(SamplePerson person, Guid organizationId, Guid? partyGroupId, MemberStage stage)
    {
        var input = new CreateMemberDto
        {
            Name = person.Name,
            Gender = person.Gender,
            Ethnicity = person.Ethnicity,
            BirthDate = person.BirthDate,
            IdNumber = person.IdNumber,
            Phone = person.Phone,
            Education = person.Education,
            Job = Pick(["科员", "窗口工作人员", "副主任科员", "办公室主任", "股长", "业务骨干", "四级主任科员", "专业技术人员"]),
            OrganizationId = organizationId,
            PartyGroupId = partyGroupId,
            Stage = stage,
            IsMobile = _random.Next(100) < 3,
            PioneerPost = _random.Next(100) switch { < 6 => PioneerPost.Pioneer, < 9 => PioneerPost.Model, _ => PioneerPost.None },
        };

        switch (stage)
        {
            case MemberStage.Applicant:
                input.AppliedOn = _today.AddDays(-_random.Next(5, 80));
                var talked = input.AppliedOn.Value.AddDays(_random.Next(3, 25));
                input.TalkedOn = _random.Next(2) == 0 || talked > _today ? null : talked;
                break;
            case MemberStage.Activist:
                input.ActivistOn = _today.AddDays(-_random.Next(30, 420));
                input.AppliedOn = input.ActivistOn.Value.AddMonths(-_random.Next(6, 12));
                input.TalkedOn = input.AppliedOn.Value.AddDays(14);
                break;
            case MemberStage.Candidate:
                input.CandidateOn = _today.AddDays(-_random.Next(20, 200));
                input.ActivistOn = input.CandidateOn.Value.AddMonths(-_random.Next(12, 20));
                input.AppliedOn = input.ActivistOn.Value.AddMonths(-_random.Next(6, 12));
                input.TalkedOn = input.AppliedOn.Value.AddDays(14);
                break;
            case MemberStage.Probationary:
                input.AdmittedOn = _today.AddDays(-_random.Next(60, 380));
                input.CandidateOn = input.AdmittedOn.Value.AddMonths(-_random.Next(3, 8));
                input.ActivistOn = input.CandidateOn.Value.AddMonths(-_random.Next(12, 18));
                input.AppliedOn = input.ActivistOn.Value.AddMonths(-_random.Next(6, 12));
                input.TalkedOn = input.AppliedOn.Value.AddDays(14);
                break;
            default:
                var admitted = _today.AddDays(-_random.Next(3 * 365, 30 * 365));
                input.AdmittedOn = admitted < person.BirthDate.AddYears(21) ? person.BirthDate.AddYears(22) : admitted;
                input.FullMembershipOn = input.AdmittedOn.Value.AddYears(1);
                input.CandidateOn = input.AdmittedOn.Value.AddMonths(-4);
                input.ActivistOn = input.CandidateOn.Value.AddMonths(-14);
                input.AppliedOn = input.ActivistOn.Value.AddMonths(-8);
                input.TalkedOn = input.AppliedOn.Value.AddDays(20);
                break;
        }

        return input;
    }

    /// <summary>Branches of seven or more full members have an elected committee; terms are staggered so some end soon
    /// and one has lapsed, which the set-up warnings show. The demo secretary's branch keeps a running term, so its
    /// monthly 支委会 is due. Answers the term, or null when the branch has none.</summary>
    private async Task<DemoTerm?> AddCommitteeAsync(
        OrganizationDetailDto branch, List<DemoPerson> roster, CancellationToken cancellationToken)
    {
        if (roster.Count < 7 || branch.Name == "县政务服务中心党支部")
        {
            return null;
        }

        var posts = new[] { CommitteePost.Secretary, CommitteePost.OrganizationMember, CommitteePost.PropagandaMember, CommitteePost.DisciplineMember };
        var ending = _random.Next(10) switch { 0 => _today.AddDays(45), 1 => _today.AddDays(-20), _ => _today.AddDays(_random.Next(200, 1000)) };
        if (branch.Name == LinxiCatalog.SecretaryBranch)
        {
            ending = _today.AddDays(600);
        }

        var term = new DemoTerm(roster[0], ending.AddYears(-3), ending);
        await organizations.CreateTermAsync(branch.Id, new CommitteeTermInput
        {
            StartsOn = term.StartsOn,
            EndsOn = ending,
            Members = [.. posts.Select((post, i) => new CommitteeMemberDto { Post = post, Name = roster[i].Name, MemberId = roster[i].Id })],
        }, cancellationToken);
        return term;
    }

    /// <summary>The demo secretary and member get their own records in the secretary's branch, and the secretary that branch as reach.</summary>
    private async Task LinkDemoUsersAsync(
        OrganizationDetailDto branch, IReadOnlyList<(UserDto User, Gender Gender)> demoUsers, CancellationToken cancellationToken)
    {
        foreach (var (user, gender) in demoUsers)
        {
            var person = _people.Next(_today, 30, 55, gender) with { Name = user.Name };
            var record = await members.CreateAsync(NewMember(person, branch.Id, null, MemberStage.Full), cancellationToken);
            var isSecretary = user.RoleNames.Contains(RoleNames.BranchSecretary);
            await users.UpdateAsync(user.Id, new UpdateUserDto
            {
                Name = user.Name,
                IsActive = true,
                RoleNames = [.. user.RoleNames],
                OrganizationId = isSecretary ? branch.Id : null,
                MemberId = record.Id,
                ConcurrencyStamp = user.ConcurrencyStamp!,
            }, cancellationToken);
        }
    }

    private async Task AddTransfersAsync(
        List<(OrganizationDetailDto Branch, Guid[] Groups, int Size)> branches, CancellationToken cancellationToken)
    {
        var outgoing = new[] { ("赤峰市红山区政务服务中心党支部", false, 20), ("河北省承德市行政审批局机关党支部", true, 130), ("林西县第一中学党支部", false, 100) };
        foreach (var (counterparty, crossProvince, daysAgo) in outgoing)
        {
            var branch = branches[_random.Next(branches.Count)].Branch;
            var member = (await members.GetListAsync(new GetMemberListInput { OrganizationId = branch.Id, Stage = MemberStage.Full, MaxResultCount = 1 }, cancellationToken)).Items.FirstOrDefault();
            if (member is null)
            {
                continue;
            }

            await transfers.CreateAsync(new CreateMemberTransferDto
            {
                Direction = TransferDirection.Outgoing,
                OrganizationId = branch.Id,
                MemberId = member.Id,
                LetterNumber = $"林组转字〔{_today.Year}〕{_random.Next(10, 99)}号",
                Counterparty = counterparty,
                IsCrossProvince = crossProvince,
                IssuedOn = _today.AddDays(-daysAgo),
            }, cancellationToken);
        }

        await transfers.CreateAsync(new CreateMemberTransferDto
        {
            Direction = TransferDirection.Incoming,
            OrganizationId = branches[0].Branch.Id,
            PersonName = _people.Next(_today, 25, 40).Name,
            LetterNumber = $"赤组转字〔{_today.Year}〕{_random.Next(100, 999)}号",
            Counterparty = "赤峰市松山区行政审批局党支部",
            IssuedOn = _today.AddDays(-12),
        }, cancellationToken);
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}

/// <summary>A person of the demo roster, as the later parts of the demo need them.</summary>
public sealed record DemoPerson(Guid Id, string Name, MemberStage Stage, Guid? PartyGroupId)
{
    /// <summary>Full and probationary members attend the meetings of organisational life; applicants do not.</summary>
    public bool IsPartyMember => Stage is MemberStage.Full or MemberStage.Probationary;
}

/// <summary>A branch committee's term (支委会), headed by its secretary.</summary>
public sealed record DemoTerm(DemoPerson Secretary, DateOnly StartsOn, DateOnly EndsOn)
{
    public bool Covers(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>A branch of the demo with its party groups, its people and its committee's term, if it has one.</summary>
public sealed record DemoBranch(
    Guid Id, string Name, Guid? ParentId, Guid[] PartyGroups, IReadOnlyList<DemoPerson> Roster, DemoTerm? Term);

/// <summary>What the organisations part of the demo created, dated from the committee's today.</summary>
public sealed record DemoCommittee(DateOnly Today, IReadOnlyList<DemoBranch> Branches, IReadOnlyList<(Guid Id, string Name)> TownshipCommittees);
