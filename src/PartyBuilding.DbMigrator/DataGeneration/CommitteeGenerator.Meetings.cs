using PartyBuilding.Framework.Timing;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// Committee terms (支委会 and the committees of 党委 and 党总支), and the year's meetings: what the committee's own
/// rules ask of each organisation (<see cref="MeetingPlanner.Requirements"/>, the same as the compliance pages use),
/// held with the organisation's diligence as its chance — most complete, some behind — and recorded as a secretary
/// records them: a 主题党日 in a quarter's last month held as the quarter's 党员大会, the 组织生活会 with the 民主评议,
/// attendance with leave and its reasons, most submitted, a few recent ones still drafts, some without minutes.
/// </summary>
internal sealed partial class CommitteeGenerator
{
    private static readonly CommitteePost[] Posts =
        [CommitteePost.Secretary, CommitteePost.OrganizationMember, CommitteePost.PropagandaMember, CommitteePost.DisciplineMember];

    private void AddTerms()
    {
        foreach (var node in _nodes)
        {
            var candidates = node.Type switch
            {
                OrganizationType.PartyCommittee or OrganizationType.GeneralBranch => node.Subtree().SelectMany(n => n.Members).ToList(),
                _ when node.IsBranchLike => node.Members,
                _ => [],
            };
            var full = candidates.Where(p => p.Entity.Stage == MemberStage.Full).ToList();
            // Branches with enough full members must have a committee (the committee's setting); 党委 and 党总支 always do.
            if (full.Count < (node.IsBranchLike ? _setup.RuleValues.CommitteeRequiredFromFullMembers : Posts.Length))
            {
                continue;
            }

            var years = node.Kind == UnitKind.VillageOrCommunity ? _setup.RuleValues.VillageTermYears : _setup.RuleValues.TermYears;
            var startsOn = _yearStart.AddDays(-1 - _random.Next(365 * years));
            AddTerm(node, full, startsOn, years);
            var endsOn = startsOn.AddYears(years);
            // Most committees hold the election (换届) when the term ends; some have let it lapse.
            if (endsOn < _lastDay && _random.Next(100) < 85)
            {
                AddTerm(node, full, endsOn.AddDays(1), years);
            }
        }
    }

    private void AddTerm(OrgNode node, List<Person> full, DateOnly startsOn, int years)
    {
        var created = EnteredOn(Min(Max(_loadDay, startsOn), _lastDay));
        var term = new CommitteeTerm(_random.NewId(created), node.Entity.Id, startsOn, startsOn.AddYears(years))
        {
            ConcurrencyStamp = _random.NewConcurrencyStamp(),
        };
        var holders = full.OrderBy(_ => _random.Next()).Take(Posts.Length).ToList();
        term.ReplaceMembers(holders.Select((person, i) =>
            new CommitteeMember(_random.NewId(created), Posts[i], person.Entity.Name, person.Entity.Id, null, i)));
        _batch.Rows<CommitteeTerm>().Add(term, new RowAudit(created));
        foreach (var post in term.Members)
        {
            _batch.Rows<CommitteeMember>().Add(post, new RowAudit(created, Parent: term.Id));
        }

        node.Terms.Add(new TermInfo(term.StartsOn, term.EndsOn, holders[0], holders));
    }

    private void AddMeetings()
    {
        foreach (var node in _nodes)
        {
            var held = new SortedDictionary<DateOnly, (List<MeetingType> Types, bool SecretarySpeaker)>();
            foreach (var kind in MeetingPlanner.RuleKinds)
            {
                for (var period = Period.Containing(kind, _yearStart); period.Start <= _lastDay; period = period.Next())
                {
                    foreach (var requirement in MeetingPlanner.Requirements(node.Type, _setup.MeetingRules, period))
                    {
                        if (requirement.RequiresCommittee && !node.Terms.Any(t => t.Overlaps(period)))
                        {
                            continue;
                        }

                        var day = HeldDay(node, requirement);
                        if (day < node.ActiveFrom || day > _lastDay || _random.NextDouble() >= node.Diligence)
                        {
                            continue;
                        }

                        if (!held.TryGetValue(day, out var meeting))
                        {
                            meeting = ([], false);
                        }

                        meeting.Types.Add(requirement.MeetingType);
                        held[day] = (meeting.Types, meeting.SecretarySpeaker || requirement.RequiresSecretarySpeaker);
                    }
                }
            }

            foreach (var (day, (types, secretarySpeaker)) in held)
            {
                AddMeeting(node, day, types, secretarySpeaker);
            }
        }
    }

    /// <summary>The day an organisation holds a duty: its fixed 主题党日, the 党员大会 on the quarter's last one, and so on.</summary>
    private DateOnly HeldDay(OrgNode node, SlotRequirement requirement)
    {
        var period = requirement.Period;
        var day = (requirement.MeetingType, period.Kind) switch
        {
            (MeetingType.ThemedPartyDay, PeriodKind.Month) => period.Start.AddDays(node.ThemedDay - 1),
            (MeetingType.PartyMemberAssembly, PeriodKind.Quarter) => period.Start.AddMonths(2).AddDays(node.ThemedDay - 1),
            (MeetingType.BranchCommittee, PeriodKind.Month) => period.Start.AddDays(18 + _random.Next(7)),
            (MeetingType.PartyGroup, PeriodKind.Month) => period.Start.AddDays(8 + _random.Next(8)),
            (MeetingType.PartyLesson, PeriodKind.Quarter) => period.Start.AddMonths(1).AddDays(14 + _random.Next(7)),
            (MeetingType.PartyLesson, PeriodKind.Year) => period.Start.AddMonths(5).AddDays(_random.Next(45)),
            (MeetingType.OrganizationalLife or MeetingType.DemocraticAppraisal, PeriodKind.Year) => node.OrganizationalLifeDay,
            _ => period.Start.AddDays(_random.Next(period.EndExclusive.DayNumber - period.Start.DayNumber)),
        };
        // A second meeting owed in the same period a week later, within the period.
        day = day.AddDays(7 * (requirement.Sequence - 1));
        return day < period.EndExclusive ? day : period.EndExclusive.AddDays(-1);
    }

    private void AddMeeting(OrgNode node, DateOnly day, List<MeetingType> types, bool secretarySpeaker)
    {
        var term = (node.Type == OrganizationType.PartyGroup ? node.Parent! : node).TermOn(day);
        var invited = types is [MeetingType.BranchCommittee] && term is not null ? term.Members.ToList() : Invited(node);
        var host = term?.Secretary ?? invited.FirstOrDefault();
        var lesson = types.Contains(MeetingType.PartyLesson);
        var (time, hours) = types switch
        {
            _ when lesson => (new TimeOnly(9, 30), 2.0),
            [MeetingType.BranchCommittee] => (new TimeOnly(16, 30), 1.5),
            [MeetingType.PartyGroup] => (new TimeOnly(17, 0), 1.0),
            _ when types.Contains(MeetingType.OrganizationalLife) => (new TimeOnly(14, 30), 3.0),
            _ => (new TimeOnly(15, 0), 2.0),
        };
        var startsAt = ToUtc(day, time);
        var endsAt = startsAt.AddHours(hours);
        var created = Later(endsAt, 10, 36 * 60);
        var meeting = new Meeting(_random.NewId(created), node.Entity.Id)
        {
            Place = Pick(Vocabulary.MeetingPlaces),
            Mode = lesson && _random.Next(100) < 15 ? MeetingMode.Online : MeetingMode.Offline,
            HostName = host?.Entity.Name,
            HostMemberId = host?.Entity.Id,
            Topic = TopicOf(types, secretarySpeaker),
            HasVote = types.Contains(MeetingType.PartyMemberAssembly) || types.Contains(MeetingType.DemocraticAppraisal),
            ConcurrencyStamp = _random.NewConcurrencyStamp(),
        };
        meeting.Schedule(startsAt, endsAt, day);
        meeting.ReplaceTypes(types);
        if (lesson)
        {
            var speaker = secretarySpeaker ? term?.Secretary : invited.Count > 0 ? Pick(invited) : null;
            meeting.SpeakerName = speaker?.Entity.Name ?? node.Entity.Name + "书记";
            meeting.SpeakerMemberId = speaker?.Entity.Id;
            meeting.SpeakerIsSecretary = secretarySpeaker || (speaker is not null && speaker == term?.Secretary);
            if (_random.Next(100) < 8)
            {
                // 线上+线下: one lesson, members of many places (DOMAIN.md §1.1).
                meeting.Mode = MeetingMode.Hybrid;
                meeting.ReplaceVenues([
                    new MeetingVenue(_random.NewId(created), meeting.Place, true, invited.Count / 2, 0),
                    new MeetingVenue(_random.NewId(created), "线上分会场", false, invited.Count - invited.Count / 2, 1),
                ]);
            }
        }

        meeting.Agenda = "一、集中学习；二、" + meeting.Topic + "；三、交流发言";
        meeting.Minutes = _random.Next(40) == 0 ? null : $"会议由{host?.Entity.Name ?? "支部书记"}主持，围绕“{meeting.Topic}”进行了学习讨论，与会党员逐一发言。";
        meeting.Resolutions = meeting.HasVote ? "与会党员举手表决，审议通过有关事项。" : null;
        meeting.ReplaceAttendees(invited.Select(person => Attendance(person, node.Diligence, created)));

        // Recorded after the meeting; a few of the last fortnight's records are still drafts, and a very few older ones.
        DateTime? modified = null;
        var draftChance = day >= _lastDay.AddDays(-14) ? 33 : 1;
        if (_random.Next(100) >= draftChance)
        {
            modified = Later(created, 5, 3 * 24 * 60);
            meeting.Submit(modified.Value, _setup.AdminId, _setup.AdminUserName);
        }

        _batch.Rows<Meeting>().Add(meeting, new RowAudit(created, modified));
        foreach (var type in meeting.Types)
        {
            _batch.Rows<MeetingTypeEntry>().Add(type, new RowAudit(created, Parent: meeting.Id));
        }

        foreach (var venue in meeting.Venues)
        {
            _batch.Rows<MeetingVenue>().Add(venue, new RowAudit(created, Parent: meeting.Id));
        }

        foreach (var attendee in meeting.Attendees)
        {
            _batch.Rows<MeetingAttendee>().Add(attendee, new RowAudit(created, Parent: meeting.Id));
        }
    }

    /// <summary>The party members a meeting of the organisation expects: its own, a group's, or a 党委's whole subtree.</summary>
    private List<Person> Invited(OrgNode node) => node.Type switch
    {
        OrganizationType.PartyGroup => node.Parent!.Members.Where(p => p.IsPartyMember && p.Group == node).ToList(),
        _ when node.IsBranchLike => node.Members.Where(p => p.IsPartyMember).ToList(),
        _ => node.Subtree().SelectMany(n => n.Members).Where(p => p.IsPartyMember).Take(MeetingConsts.MaxAttendees).ToList(),
    };

    private MeetingAttendee Attendance(Person person, double diligence, DateTime created)
    {
        var roll = _random.NextDouble();
        var status = roll < 0.86 + diligence / 10 ? AttendanceStatus.Present : roll < 0.99 ? AttendanceStatus.Leave : AttendanceStatus.Absent;
        var reason = status switch
        {
            AttendanceStatus.Leave => Pick(Vocabulary.LeaveReasons),
            AttendanceStatus.Absent when _random.Next(2) == 0 => Pick(Vocabulary.AbsenceReasons),
            _ => null,
        };
        return new MeetingAttendee(_random.NewId(created), person.Entity.Id, status, reason);
    }

    private string TopicOf(List<MeetingType> types, bool secretarySpeaker) => types switch
    {
        _ when secretarySpeaker => "书记讲党课：" + Pick(Vocabulary.LessonTopics),
        _ when types.Contains(MeetingType.PartyLesson) => Pick(Vocabulary.LessonTopics),
        _ when types.Contains(MeetingType.OrganizationalLife) => "年度组织生活会暨民主评议党员",
        _ when types.Contains(MeetingType.ThemedPartyDay) => Pick(Vocabulary.ThemedDayTopics),
        [MeetingType.BranchCommittee] => Pick(Vocabulary.CommitteeTopics),
        [MeetingType.PartyGroup] => Pick(Vocabulary.GroupTopics),
        _ => "支部党员大会：审议本季度党建工作",
    };
}
