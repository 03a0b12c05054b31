using PartyBuilding.Framework.Text;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// Member records, as <c>MemberManager.CreateAsync</c> writes them: the ID and phone numbers encrypted, hashed and
/// masked by the platform's own protector, stage dates in pipeline order and consistent with the birth date (18 or
/// older at the application, 党章 Art. 1), and one <see cref="MemberHistoryKind.Created"/> history entry each.
/// </summary>
internal sealed partial class CommitteeGenerator
{
    private readonly Dictionary<string, SamplePeople> _people = [];

    private void AddMembers()
    {
        var branches = _nodes.Where(n => n.IsBranchLike).ToList();
        var sizes = BranchSizes(branches, _plan.ShareOf(_plan.Members, _setup.Index));
        for (var b = 0; b < branches.Count; b++)
        {
            var branch = branches[b];
            var groups = branch.Groups.ToList();
            for (var i = 0; i < sizes[b]; i++)
            {
                // The secretary's branch gets a committee of full members (CommitteeRequiredFromFullMembers).
                var stage = b == 0 && i < _setup.RuleValues.CommitteeRequiredFromFullMembers ? MemberStage.Full : RandomStage();
                var group = groups.Count > 0 ? groups[i % groups.Count] : null;
                branch.Members.Add(AddMember(branch, group, stage));
            }
        }
    }

    /// <summary>Members per branch: villages and communities are the large ones, joint and temporary branches small.</summary>
    private int[] BranchSizes(List<OrgNode> branches, int total)
    {
        var typical = _setup.RuleValues.MaxMembersPerBranch;
        var weights = branches.Select(b => b.Type switch
        {
            OrganizationType.JointBranch or OrganizationType.TemporaryBranch => 0.1 + _random.NextDouble() * 0.2,
            _ when b.Kind == UnitKind.VillageOrCommunity => 0.5 + _random.NextDouble(),
            _ => 0.2 + _random.NextDouble() * 0.9,
        } * typical).ToArray();
        var sum = weights.Sum();
        var sizes = weights.Select(w => (int)(total * w / sum)).ToArray();
        for (var i = 0; sizes.Sum() < total; i = (i + 1) % sizes.Length)
        {
            sizes[i]++;
        }

        // The secretary's branch needs its committee.
        var needed = Math.Min(total, _setup.RuleValues.CommitteeRequiredFromFullMembers + 3);
        while (sizes[0] < needed)
        {
            var largest = Array.IndexOf(sizes, sizes.Max());
            sizes[largest]--;
            sizes[0]++;
        }

        return sizes;
    }

    private MemberStage RandomStage() => _random.Next(100) switch
    {
        < 82 => MemberStage.Full,
        < 89 => MemberStage.Probationary,
        < 92 => MemberStage.Candidate,
        < 96 => MemberStage.Activist,
        _ => MemberStage.Applicant,
    };

    private Person AddMember(OrgNode branch, OrgNode? group, MemberStage stage)
    {
        var village = branch.Kind == UnitKind.VillageOrCommunity;
        var (minAge, maxAge) = stage != MemberStage.Full ? (22, 38) : village ? (25, 80) : (24, 60);
        // Most were born in the county, the others elsewhere in Inner Mongolia: the region code of their ID number.
        var region = _random.Next(100) < 75 ? _setup.County.Code : Pick(Vocabulary.OtherBirthplaceCodes);
        if (!_people.TryGetValue(region, out var people))
        {
            people = new SamplePeople(_random.Next(), region);
            _people.Add(region, people);
        }

        var person = people.Next(_plan.AsOf, minAge, maxAge);
        var dates = StageDates(stage, person.BirthDate);
        // Entered with the committee's records at the start of the year, or on the day the person reached the stage.
        var createdOn = Min(Max(Max(_loadDay, branch.CreatedOn), dates.Latest), _lastDay);
        var created = EnteredOn(createdOn);
        var member = new Member(_random.NewId(created), branch.Entity.Id, person.Name, stage)
        {
            Gender = person.Gender,
            Ethnicity = person.Ethnicity,
            BirthDate = person.BirthDate,
            Education = village && _random.Next(3) == 0 ? Education.JuniorHighOrBelow : person.Education,
            Job = Pick(branch.Kind switch
            {
                UnitKind.VillageOrCommunity => branch.Entity.Name.Contains("社区", StringComparison.Ordinal) ? Vocabulary.CommunityJobs : Vocabulary.VillageJobs,
                UnitKind.StateEnterprise => Vocabulary.EnterpriseJobs,
                _ => Vocabulary.DepartmentJobs,
            }),
            WorkUnit = branch.Entity.UnitName,
            PartyGroupId = group?.Entity.Id,
            AppliedOn = dates.AppliedOn,
            TalkedOn = dates.TalkedOn,
            ActivistOn = dates.ActivistOn,
            CandidateOn = dates.CandidateOn,
            AdmittedOn = dates.AdmittedOn,
            // As MemberManager sets it: probation ends a year after admission (党章 Art. 7).
            ProbationEndsOn = dates.AdmittedOn?.AddMonths(MemberConsts.ProbationMonths),
            FullMembershipOn = dates.FullMembershipOn,
            IsMobile = _random.Next(100) < (village ? 6 : 2),
            PioneerPost = _random.Next(100) switch { < 6 => PioneerPost.Pioneer, < 9 => PioneerPost.Model, _ => PioneerPost.None },
            ConcurrencyStamp = _random.NewConcurrencyStamp(),
        };
        if (_random.Next(1000) < 3)
        {
            member.IsLostContact = true;
            member.LostContactSince = _lastDay.AddDays(-60 - _random.Next(800));
        }

        member.SetIdNumber(_protector.Protect(person.IdNumber), _protector.Hash(person.IdNumber), Masking.Mask(person.IdNumber)!);
        member.SetPhone(_protector.Protect(person.Phone), Masking.Mask(person.Phone));
        _batch.Rows<Member>().Add(member, new RowAudit(created));
        _batch.Rows<MemberHistoryEntry>().Add(
            new MemberHistoryEntry(_random.NewId(created), member.Id, MemberHistoryKind.Created, null, stage.ToString(), createdOn, null),
            new RowAudit(created));
        return new Person(member, group);
    }

    /// <summary>The steps a record of <paramref name="stage"/> has passed, in pipeline order.</summary>
    private readonly record struct PipelineDates(
        DateOnly? AppliedOn, DateOnly? TalkedOn, DateOnly? ActivistOn, DateOnly? CandidateOn, DateOnly? AdmittedOn, DateOnly? FullMembershipOn)
    {
        public DateOnly Latest => new[] { AppliedOn, TalkedOn, ActivistOn, CandidateOn, AdmittedOn, FullMembershipOn }.Max()!.Value;
    }

    /// <summary>
    /// Dates back from the latest step, each the usual time after the one before (发展党员工作细则: a year or more as an
    /// activist, Art. 13; the talk within a month of the application); full members were admitted at 21 or older.
    /// </summary>
    private PipelineDates StageDates(MemberStage stage, DateOnly birthDate)
    {
        DateOnly? admitted = null;
        DateOnly? full = null;
        DateOnly candidate;
        switch (stage)
        {
            case MemberStage.Full:
                var latest = _lastDay.AddMonths(-MemberConsts.ProbationMonths - 1);
                admitted = RandomDay(Min(birthDate.AddYears(21), latest), latest);
                full = admitted.Value.AddMonths(MemberConsts.ProbationMonths);
                candidate = admitted.Value.AddMonths(-3 - _random.Next(6));
                break;
            case MemberStage.Probationary:
                admitted = _lastDay.AddDays(-1 - _random.Next(350));
                candidate = admitted.Value.AddMonths(-3 - _random.Next(6));
                break;
            case MemberStage.Candidate:
                candidate = _lastDay.AddDays(-_random.Next(300));
                break;
            case MemberStage.Activist:
                var activistOnly = _lastDay.AddDays(-_random.Next(400));
                var (appliedBefore, talkedBefore) = Application(activistOnly);
                return new PipelineDates(appliedBefore, talkedBefore, activistOnly, null, null, null);
            default:
                var applied = _lastDay.AddDays(-_random.Next(90));
                var talk = applied.AddDays(7 + _random.Next(21));
                return new PipelineDates(applied, talk <= _lastDay && _random.Next(2) == 0 ? talk : null, null, null, null, null);
        }

        var activist = candidate.AddMonths(-MemberConsts.ActivistToCandidateMinMonths - _random.Next(7));
        var (appliedOn, talkedOn) = Application(activist);
        return new PipelineDates(appliedOn, talkedOn, activist, candidate, admitted, full);
    }

    private (DateOnly AppliedOn, DateOnly TalkedOn) Application(DateOnly activistOn)
    {
        var applied = activistOn.AddMonths(-3 - _random.Next(7));
        return (applied, applied.AddDays(7 + _random.Next(21)));
    }
}
