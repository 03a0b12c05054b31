using PartyBuilding.Activities;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// Generates one committee's content, the way its officers and secretaries would have entered it through the console
/// over the year up to the plan's as-of day: the organisation tree, the member records with their history, committee
/// terms, the meetings the committee's rules ask for and brand activities. Entities are built with their own
/// constructors and methods (<see cref="Meeting.Submit"/>, <see cref="Activity.Review"/> …), so the domain's rules hold.
/// <para>
/// Everything is drawn from one <see cref="Random"/> seeded from the run's seed and the committee's index, and dated
/// from the as-of day, never from the clock: the same plan gives the same committee. Only the ciphertexts of ID and
/// phone numbers differ between runs, since encryption takes a random nonce, as in production.
/// </para>
/// </summary>
internal sealed partial class CommitteeGenerator
{
    private const double Diligent = 0.97;

    private readonly GenerationPlan _plan;
    private readonly CommitteeSetup _setup;
    private readonly IPersonalDataProtector _protector;
    private readonly Random _random;
    private readonly TimeZoneInfo _zone = TenantClock.FindTimeZone(TenantClock.DefaultTimeZoneId);
    private readonly CommitteeBatch _batch;
    private readonly DateOnly _yearStart;
    private readonly DateOnly _lastDay;
    private readonly DateTime _asOfUtc;
    private readonly DateOnly _loadDay;
    private readonly DateOnly _founded;
    private readonly List<OrgNode> _nodes = [];
    private readonly Dictionary<string[], Deck> _decks = [];
    private readonly HashSet<string> _names = [];
    private int _remainingOrganizations;
    private int _topLevelCount;

    public CommitteeGenerator(GenerationPlan plan, CommitteeSetup setup, IPersonalDataProtector protector)
    {
        _plan = plan;
        _setup = setup;
        _protector = protector;
        _random = new Random(DeterministicIds.CommitteeSeed(plan.Seed, setup.Index));
        _batch = new CommitteeBatch(setup.TenantId, setup.AdminId);
        _yearStart = new DateOnly(plan.AsOf.Year, 1, 1);
        _lastDay = plan.AsOf.AddDays(-1);
        _asOfUtc = ToUtc(plan.AsOf, TimeOnly.MinValue);
        // The committee's records were entered in the first days of the year (the organisations the day before).
        _loadDay = Min(_yearStart.AddDays(1 + _random.Next(9)), _lastDay);
        // Joint committees were set up from 2018 (DOMAIN.md §1.1), before the generated year.
        _founded = Min(new DateOnly(2018 + _random.Next(Math.Max(1, Math.Min(6, plan.AsOf.Year - 2018))), 1 + _random.Next(12), 1), _yearStart.AddDays(-1));
    }

    public CommitteeContent Generate()
    {
        // Parents before children, so the foreign keys hold row by row.
        _ = _batch.Rows<Organization>();
        _ = _batch.Rows<Member>();
        _ = _batch.Rows<MemberHistoryEntry>();
        _ = _batch.Rows<CommitteeTerm>();
        _ = _batch.Rows<CommitteeMember>();
        _ = _batch.Rows<Meeting>();
        _ = _batch.Rows<MeetingTypeEntry>();
        _ = _batch.Rows<MeetingVenue>();
        _ = _batch.Rows<MeetingAttendee>();
        _ = _batch.Rows<Activity>();
        _ = _batch.Rows<ActivityParticipant>();
        _ = _batch.Rows<ActivityReview>();

        BuildTree();
        AddMembers();
        AddTerms();
        AddMeetings();
        AddActivities();

        var branch = _nodes.First(n => n.IsBranchLike);
        var secretary = branch.Terms.LastOrDefault(t => t.Covers(_lastDay))?.Secretary
            ?? branch.Members.FirstOrDefault(p => p.IsPartyMember) ?? branch.Members[0];
        return new CommitteeContent(_batch, new SecretaryPlacement(_setup.Index, branch.Entity.Id, secretary.Entity.Id, secretary.Entity.Name));
    }

    /// <summary>The UTC instant of a local time of day in the committee's zone.</summary>
    private DateTime ToUtc(DateOnly day, TimeOnly time) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), _zone);

    /// <summary>An instant during the working day, when an officer or secretary entered something on <paramref name="day"/>.</summary>
    private DateTime EnteredOn(DateOnly day) => ToUtc(day, new TimeOnly(8, 30)).AddSeconds(_random.Next(10 * 3600));

    /// <summary>Some minutes after <paramref name="after"/>, and before the as-of day begins.</summary>
    private DateTime Later(DateTime after, int minMinutes, int maxMinutes)
    {
        var later = after.AddMinutes(minMinutes + _random.Next(Math.Max(1, maxMinutes - minMinutes)));
        return later < _asOfUtc ? later : after.AddTicks((_asOfUtc - after).Ticks / 2);
    }

    private DateOnly RandomDay(DateOnly from, DateOnly to) => from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Draws the words of a list in a shuffled order without repeating until the list is used up.</summary>
    private string Draw(string[] words)
    {
        if (!_decks.TryGetValue(words, out var deck))
        {
            deck = new Deck(words.Length);
            _decks.Add(words, deck);
        }

        if (deck.Next == words.Length)
        {
            deck.Next = 0;
            deck.Round++;
        }

        if (deck.Next == 0)
        {
            _random.Shuffle(deck.Order);
        }

        var word = words[deck.Order[deck.Next++]];
        return deck.Round == 0 ? word : word + (deck.Round + 1);
    }

    private sealed class Deck(int length)
    {
        public int[] Order { get; } = Enumerable.Range(0, length).ToArray();

        public int Next { get; set; }

        public int Round { get; set; }
    }

    /// <summary>An organisation of the tree with what later parts of the generation need of it.</summary>
    private sealed class OrgNode(Organization entity, OrgNode? parent, UnitKind kind, DateOnly createdOn)
    {
        public Organization Entity { get; } = entity;

        public OrgNode? Parent { get; } = parent;

        public UnitKind Kind { get; } = kind;

        public DateOnly CreatedOn { get; } = createdOn;

        public List<OrgNode> Children { get; } = [];

        /// <summary>Records placed in this organisation (party-group members included).</summary>
        public List<Person> Members { get; } = [];

        /// <summary>Committee terms, oldest first.</summary>
        public List<TermInfo> Terms { get; } = [];

        public int ChildCount { get; set; }

        /// <summary>The chance it holds each meeting it owes: most branches keep up, some fall behind.</summary>
        public double Diligence { get; set; } = Diligent;

        /// <summary>The day of the month of its 主题党日 (支部 each fix one, DOMAIN.md §2.2).</summary>
        public int ThemedDay { get; set; } = 10;

        public DateOnly OrganizationalLifeDay { get; set; }

        public OrganizationType Type => Entity.Type;

        public bool IsBranchLike => OrganizationConsts.IsBranchLike(Type);

        public IEnumerable<OrgNode> Groups => Children.Where(c => c.Type == OrganizationType.PartyGroup);

        /// <summary>The day from which it owes meetings: established, and a member of the committee.</summary>
        public DateOnly ActiveFrom =>
            (Entity.JoinedOn, Entity.EstablishedOn) switch
            {
                ({ } joined, { } established) => joined > established ? joined : established,
                (null, { } established) => established,
                ({ } joined, null) => joined,
                _ => DateOnly.MinValue,
            };

        public IEnumerable<OrgNode> Subtree() => Children.SelectMany(c => c.Subtree()).Prepend(this);

        public TermInfo? TermOn(DateOnly day) => Terms.LastOrDefault(t => t.Covers(day));
    }

    private sealed record Person(Member Entity, OrgNode? Group)
    {
        public bool IsPartyMember => Entity.Stage is MemberStage.Full or MemberStage.Probationary;
    }

    private sealed record TermInfo(DateOnly StartsOn, DateOnly EndsOn, Person Secretary, IReadOnlyList<Person> Members)
    {
        public bool Covers(DateOnly day) => StartsOn <= day && day <= EndsOn;

        public bool Overlaps(Period period) => StartsOn < period.EndExclusive && EndsOn >= period.Start;
    }
}
