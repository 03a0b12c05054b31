using PartyBuilding.Activities;
using PartyBuilding.Organizations;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// Brand activities (一支部一品牌 / 党建+) spread over the organisations — branches by their size, 党委 and 党总支 now
/// and then — and over the year, in the committee's seeded categories, with participants from the organisation's
/// members, reviewed by the committee's admin: most approved, a few returned with a comment, the latest waiting.
/// </summary>
internal sealed partial class CommitteeGenerator
{
    private void AddActivities()
    {
        var hosts = _nodes
            .Where(n => n.Type != OrganizationType.PartyGroup)
            .Select(n => (Node: n, Pool: Invited(n)))
            .Where(h => h.Pool.Count > 0)
            .ToList();
        var weights = hosts.Select(h => h.Node.IsBranchLike ? 1 + h.Pool.Count / 15.0 : 0.5).ToArray();
        var cumulative = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + weights[i];
        }

        var count = _plan.ShareOf(_plan.Activities, _setup.Index);
        for (var i = 0; i < count && hosts.Count > 0; i++)
        {
            var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
            var (node, pool) = hosts[index < 0 ? Math.Min(~index, hosts.Count - 1) : index];
            AddActivity(node, pool);
        }
    }

    private void AddActivity(OrgNode node, List<Person> pool)
    {
        var day = RandomDay(Max(_yearStart, node.ActiveFrom), _lastDay);
        var (title, category, required, served, outcome) = Pick(Vocabulary.Activities);
        var startsAt = ToUtc(day, _random.Next(2) == 0 ? new TimeOnly(9, 0) : new TimeOnly(14, 30));
        var endsAt = startsAt.AddHours(2 + _random.Next(3));
        var created = Later(endsAt, 30, 24 * 60);
        var participants = new List<Person>();
        var wanted = Math.Min(pool.Count, 1 + _random.Next(5));
        while (participants.Count < wanted)
        {
            var person = Pick(pool);
            if (!participants.Contains(person))
            {
                participants.Add(person);
            }
        }

        var activity = new Activity(_random.NewId(created), node.Entity.Id)
        {
            Title = node.Entity.BrandName is { } brand && _random.Next(100) < 30 ? $"“{brand}”{title}" : title,
            Place = Pick(Vocabulary.ActivityPlaces),
            CategoryId = _setup.ActivityCategories[category],
            Requirement = required ? ActivityRequirement.Required : ActivityRequirement.Optional,
            Mode = _random.Next(100) < 10 ? ActivityMode.Online : ActivityMode.Offline,
            BrandName = node.Entity.BrandName,
            OtherParticipantCount = _random.Next(6),
            VolunteerHours = participants.Count * (endsAt - startsAt).Hours,
            PeopleServed = served == 0 ? 0 : _random.Next(served / 2, served + 1),
            Outcome = outcome,
            ConcurrencyStamp = _random.NewConcurrencyStamp(),
        };
        activity.Schedule(startsAt, endsAt, day);
        activity.ReplaceParticipants(participants.Select(p => new ActivityParticipant(_random.NewId(created), p.Entity.Id, p.Entity.Name)));

        // Submitted within a day or two; reviewed within a week; the latest still drafts or waiting for review.
        DateTime? modified = null;
        var age = _lastDay.DayNumber - day.DayNumber;
        if (_random.Next(100) >= (age < 3 ? 50 : 2))
        {
            modified = Later(created, 10, 48 * 60);
            activity.Submit(modified.Value);
            if (_random.Next(100) < (age < 14 ? 40 : 97))
            {
                var time = Later(modified.Value, 60, 7 * 24 * 60);
                var returned = _random.Next(100) < 3;
                activity.Review(new ActivityReview(
                    _random.NewId(time),
                    returned ? ActivityReviewDecision.Return : ActivityReviewDecision.Approve,
                    returned ? Pick(Vocabulary.ReturnComments) : "材料齐全，同意。",
                    _setup.AdminId,
                    _setup.AdminName,
                    time));
                modified = time;
            }
        }

        _batch.Rows<Activity>().Add(activity, new RowAudit(created, modified));
        foreach (var participant in activity.Participants)
        {
            _batch.Rows<ActivityParticipant>().Add(participant, new RowAudit(created, Parent: activity.Id));
        }

        foreach (var review in activity.Reviews)
        {
            _batch.Rows<ActivityReview>().Add(review, new RowAudit(created, Parent: activity.Id));
        }
    }
}
