using PartyBuilding.Framework.Localization;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>
/// What a meeting's record lacks by the branch regulations: the quorum of a voting 党员大会 (支部工作条例 Art. 11)
/// or of a 支委会 (Art. 12), an attendance list, minutes. Warnings, not refusals: the meeting happened as it did.
/// </summary>
public sealed class MeetingWarnings(
    IOrganizationLookup organizations,
    IMemberLookup members,
    IOrganizationMemberCounter memberCounter,
    TextLocalizer localizer)
{
    /// <param name="hasMinutesAttachment">Minutes uploaded as a file count as minutes.</param>
    public async Task<IReadOnlyList<MeetingWarningDto>> ForAsync(Meeting meeting, bool hasMinutesAttachment, CancellationToken cancellationToken)
    {
        var found = new List<MeetingWarningDto>();
        var types = meeting.Types.Select(t => t.Type).ToHashSet();
        var present = meeting.Attendees.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.MemberId).ToHashSet();

        if (types.Contains(MeetingType.PartyMemberAssembly) && meeting.HasVote)
        {
            // Voting members are the full members (正式党员) placed in the organisation; probationers do not vote.
            var counts = await memberCounter.CountAsync([meeting.OrganizationId], cancellationToken);
            var voting = counts.GetValueOrDefault(meeting.OrganizationId, OrganizationMemberCount.None).FullMembers;
            var presentVoting = (await members.GetManyAsync(present, cancellationToken)).Count(m => m.IsFullMember);
            if (presentVoting * 2 <= voting)
            {
                found.Add(Warning(MeetingWarningCodes.QuorumNotMet, MeetingCitations.AssemblyQuorum,
                    "Meetings:Warning:AssemblyQuorumNotMet", presentVoting, voting));
            }
        }

        if (types.Contains(MeetingType.BranchCommittee))
        {
            var term = (await organizations.GetCommitteeTermsAsync([meeting.OrganizationId], meeting.HeldOn, meeting.HeldOn, cancellationToken))
                .OrderByDescending(t => t.StartsOn).FirstOrDefault();
            if (term is not null)
            {
                var presentMembers = term.MemberIds.Count(present.Contains);
                if (presentMembers * 2 <= term.MemberCount)
                {
                    found.Add(Warning(MeetingWarningCodes.QuorumNotMet, MeetingCitations.CommitteeQuorum,
                        "Meetings:Warning:CommitteeQuorumNotMet", presentMembers, term.MemberCount));
                }
            }
        }

        if (meeting.Attendees.Count == 0)
        {
            found.Add(Warning(MeetingWarningCodes.NoAttendance, MeetingCitations.Records, "Meetings:Warning:NoAttendance"));
        }

        if (string.IsNullOrWhiteSpace(meeting.Minutes) && !hasMinutesAttachment)
        {
            found.Add(Warning(MeetingWarningCodes.NoMinutes, MeetingCitations.Records, "Meetings:Warning:NoMinutes"));
        }

        return found;
    }

    private MeetingWarningDto Warning(string code, string citation, string messageKey, params object[] arguments) =>
        new(code, localizer.Get(messageKey, arguments), citation);
}
