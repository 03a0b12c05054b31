using System.Net;
using PartyBuilding.Auditing;
using PartyBuilding.Files;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Meetings.MeetingTestData;

namespace PartyBuilding.Meetings;

/// <summary>
/// Meeting records through the API: the committee's calendar decides the day and period, submission locks the
/// record and edits leave revisions and audit rows, the regulations' quorum warnings, the reach of a branch
/// secretary, and refusals as ProblemDetails.
/// </summary>
public abstract class MeetingRecordTests(PlatformFixture fixture)
{
    private Task<MeetingCommittee> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateMeetingCommitteeAsync("mrec"));

    private async Task<(MeetingCommittee Committee, SessionClient Admin)> AdminAsync()
    {
        var committee = await CommitteeAsync();
        return (committee, await fixture.SharedSessionAsync(committee.Code, committee.Admin));
    }

    [Fact]
    public async Task Should_count_for_March_and_Q1_When_the_meeting_starts_at_23_30_Beijing_time_on_March_31_which_is_15_30_UTC()
    {
        var committee = await fixture.CreateMeetingCommitteeAsync("mrecedge");
        var admin = await fixture.SignInAsync(committee.Code, committee.Admin);
        var lateMarch = new DateTime(2026, 3, 31, 15, 30, 0, DateTimeKind.Utc);
        var earlyApril = new DateTime(2026, 3, 31, 16, 30, 0, DateTimeKind.Utc);

        var march = await admin.CreateMeetingAsync(NewMeeting(committee.BranchA, lateMarch, MeetingType.ThemedPartyDay, MeetingType.PartyMemberAssembly));
        var april = await admin.CreateMeetingAsync(NewMeeting(committee.BranchA, earlyApril, MeetingType.ThemedPartyDay, MeetingType.PartyMemberAssembly));

        march.HeldOn.ShouldBe(new DateOnly(2026, 3, 31));
        march.PeriodKeys.ShouldBe(new MeetingPeriodKeysDto("2026-03", "2026-Q1", "2026"));
        march.StartsAt.ShouldBe(lateMarch);
        april.HeldOn.ShouldBe(new DateOnly(2026, 4, 1));
        april.PeriodKeys.ShouldBe(new MeetingPeriodKeysDto("2026-04", "2026-Q2", "2026"));

        await admin.SubmitMeetingAsync(march);
        await admin.SubmitMeetingAsync(april);
        var plan = await admin.GetJsonAsync<MeetingPlanDto>($"/api/meetings/plan?organizationId={committee.BranchA}&year=2026");
        MeetingSlotDto Slot(MeetingType type, string period) => plan.Slots.Single(s => s.MeetingType == type && s.PeriodKey == period);
        Slot(MeetingType.ThemedPartyDay, "2026-03").MeetingId.ShouldBe(march.Id);
        Slot(MeetingType.PartyMemberAssembly, "2026-Q1").MeetingId.ShouldBe(march.Id);
        Slot(MeetingType.ThemedPartyDay, "2026-04").MeetingId.ShouldBe(april.Id);
        Slot(MeetingType.PartyMemberAssembly, "2026-Q2").MeetingId.ShouldBe(april.Id);
        Slot(MeetingType.ThemedPartyDay, "2026-02").Status.ShouldBe(MeetingSlotStatus.Overdue);
        Slot(MeetingType.ThemedPartyDay, "2026-11").Status.ShouldBe(MeetingSlotStatus.Open);
        Slot(MeetingType.ThemedPartyDay, "2026-03").Citation.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_lock_the_meeting_and_keep_a_revision_and_an_audit_row_When_a_submitted_meeting_is_edited_with_a_reason()
    {
        var (committee, admin) = await AdminAsync();
        var draft = await admin.CreateMeetingAsync(NewMeeting(committee.BranchA, Beijing(2026, 5, 8, 9), MeetingType.ThemedPartyDay));
        var submitted = await admin.SubmitMeetingAsync(draft);
        submitted.Status.ShouldBe(MeetingStatus.Submitted);
        submitted.SubmittedBy.ShouldBe(committee.Admin);
        submitted.SubmittedAt.ShouldNotBeNull();

        await (await admin.SendAsync(HttpMethod.Post, $"/api/meetings/{draft.Id}/submit", new { submitted.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Meetings.AlreadySubmitted);
        await (await admin.SendAsync(HttpMethod.Delete, $"/api/meetings/{draft.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Meetings.MeetingLocked);

        var edit = NewMeeting(committee.BranchA, Beijing(2026, 5, 8, 9), MeetingType.ThemedPartyDay);
        edit["topic"] = "学习新修订的条例";
        edit["concurrencyStamp"] = submitted.ConcurrencyStamp;
        await (await admin.SendAsync(HttpMethod.Put, $"/api/meetings/{draft.Id}", edit))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.EditReasonRequired);

        edit["editReason"] = "主题录入有误";
        var edited = await (await admin.SendAsync(HttpMethod.Put, $"/api/meetings/{draft.Id}", edit)).ReadAsync<MeetingDto>();

        edited.Topic.ShouldBe("学习新修订的条例");
        edited.Status.ShouldBe(MeetingStatus.Submitted);
        edited.RevisionCount.ShouldBe(1);
        var revision = (await admin.GetJsonAsync<List<MeetingRevisionDto>>($"/api/meetings/{draft.Id}/revisions")).Single();
        revision.Reason.ShouldBe("主题录入有误");
        revision.UserName.ShouldBe(committee.Admin);
        revision.Before.ShouldContain("学习党章");
        revision.After.ShouldContain("学习新修订的条例");
        revision.After.ShouldNotContain("学习党章");

        var trail = await admin.ListAsync<AuditLogDto>($"/api/audit-logs?entityType={nameof(Meeting)}&entityId={draft.Id}&maxResultCount=100");
        var update = trail.Single(r => r.HttpMethod == "PUT" && r.StatusCode == 200);
        update.EntityChanges.ShouldContain(c => c.EntityType == nameof(Meeting)
            && c.PropertyChanges.Any(p => p.PropertyName == nameof(Meeting.Topic) && p.NewValue == "学习新修订的条例"));
    }

    [Fact]
    public async Task Should_replace_the_attendance_When_a_draft_and_then_a_submitted_meeting_are_saved_again()
    {
        var (committee, admin) = await AdminAsync();
        var full = committee.FullMembersA;
        var body = NewMeeting(committee.BranchA, Beijing(2026, 6, 9, 15), MeetingType.ThemedPartyDay);
        body["attendees"] = new[] { Attendee(full[0]), Attendee(full[1]) };
        var draft = await admin.CreateMeetingAsync(body);

        body["attendees"] = new[] { Attendee(full[0]), Attendee(full[1], "Leave", "出差"), Attendee(full[2]) };
        body["concurrencyStamp"] = draft.ConcurrencyStamp;
        var saved = await (await admin.SendAsync(HttpMethod.Put, $"/api/meetings/{draft.Id}", body)).ReadAsync<MeetingDto>();
        saved.Attendance.ShouldBe(new MeetingAttendanceDto(3, 2, 0, 1, saved.Attendance.Rate));

        var submitted = await admin.SubmitMeetingAsync(saved);
        body["attendees"] = new[] { Attendee(full[0]), Attendee(full[1]), Attendee(full[2], "Absent") };
        body["concurrencyStamp"] = submitted.ConcurrencyStamp;
        body["editReason"] = "补记出勤";
        var edited = await (await admin.SendAsync(HttpMethod.Put, $"/api/meetings/{draft.Id}", body)).ReadAsync<MeetingDto>();

        edited.Attendees.Select(a => (a.MemberId, a.Status)).ShouldBe(
            [(full[0], AttendanceStatus.Present), (full[1], AttendanceStatus.Present), (full[2], AttendanceStatus.Absent)], ignoreOrder: true);
        (await admin.GetJsonAsync<MeetingDto>($"/api/meetings/{draft.Id}")).Attendees.Count.ShouldBe(3);
        edited.RevisionCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_delete_a_draft_and_answer_404_afterwards_When_it_was_never_submitted()
    {
        var (committee, admin) = await AdminAsync();
        var draft = await admin.CreateMeetingAsync(NewMeeting(committee.BranchB, Beijing(2026, 6, 3, 14), MeetingType.PartyLesson));

        (await admin.SendAsync(HttpMethod.Delete, $"/api/meetings/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await admin.SendAsync(HttpMethod.Get, $"/api/meetings/{draft.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Should_warn_that_the_quorum_is_not_met_When_half_or_fewer_of_the_voting_members_or_of_the_committee_attend()
    {
        var (committee, admin) = await AdminAsync();
        var full = committee.FullMembersA;
        var assembly = NewMeeting(committee.BranchA, Beijing(2026, 7, 1, 9), MeetingType.PartyMemberAssembly);
        assembly["hasVote"] = true;
        // Two of four full members and the probationer: the probationer does not vote.
        assembly["attendees"] = new[]
        {
            Attendee(full[0]), Attendee(full[1]), Attendee(full[2], "Absent"), Attendee(full[3], "Leave", "出差"),
            Attendee(committee.ProbationerA),
        };
        var short1 = await admin.CreateMeetingAsync(assembly);

        short1.Warnings.Single(w => w.Code == MeetingWarningCodes.QuorumNotMet).Citation.ShouldContain("第十一条");
        short1.Attendance.ShouldBe(new MeetingAttendanceDto(5, 3, 1, 1, 0.6));
        short1.Attendees.Single(a => a.MemberId == full[3]).AbsenceReason.ShouldBe("出差");

        assembly["attendees"] = new[] { Attendee(full[0]), Attendee(full[1]), Attendee(full[2]), Attendee(full[3], "Absent") };
        (await admin.CreateMeetingAsync(assembly)).Warnings.ShouldNotContain(w => w.Code == MeetingWarningCodes.QuorumNotMet);

        // The committee term has three members: one present is not more than half.
        var committeeMeeting = NewMeeting(committee.BranchA, Beijing(2026, 7, 2, 9), MeetingType.BranchCommittee);
        committeeMeeting["attendees"] = new[] { Attendee(full[0]), Attendee(full[1], "Absent"), Attendee(full[3]) };
        var shortCommittee = await admin.CreateMeetingAsync(committeeMeeting);
        shortCommittee.Warnings.Single(w => w.Code == MeetingWarningCodes.QuorumNotMet).Citation.ShouldContain("第十二条");

        committeeMeeting["attendees"] = new[] { Attendee(full[0]), Attendee(full[1]) };
        (await admin.CreateMeetingAsync(committeeMeeting)).Warnings.ShouldNotContain(w => w.Code == MeetingWarningCodes.QuorumNotMet);

        var bare = NewMeeting(committee.BranchA, Beijing(2026, 7, 3, 9), MeetingType.ThemedPartyDay);
        bare["minutes"] = " ";
        (await admin.CreateMeetingAsync(bare)).Warnings.Select(w => w.Code)
            .ShouldBe([MeetingWarningCodes.NoAttendance, MeetingWarningCodes.NoMinutes], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_see_and_record_only_the_own_branch_When_a_branch_secretary_uses_meetings()
    {
        var (committee, admin) = await AdminAsync();
        var secretary = await fixture.SharedSessionAsync(committee.Code, committee.Secretary);
        var own = await secretary.CreateMeetingAsync(NewMeeting(committee.BranchA, Beijing(2026, 8, 5, 9), MeetingType.ThemedPartyDay));
        var other = await admin.CreateMeetingAsync(NewMeeting(committee.BranchB, Beijing(2026, 8, 6, 9), MeetingType.ThemedPartyDay));
        var inGroup = await secretary.CreateMeetingAsync(NewMeeting(committee.GroupA, Beijing(2026, 8, 7, 9), MeetingType.PartyGroup));

        var listed = await secretary.ListAsync<MeetingListItemDto>("/api/meetings?maxResultCount=1000");
        listed.Select(m => m.Id).ShouldContain(own.Id);
        listed.Select(m => m.Id).ShouldContain(inGroup.Id);
        listed.ShouldAllBe(m => m.OrganizationId == committee.BranchA || m.OrganizationId == committee.GroupA);
        (await admin.ListAsync<MeetingListItemDto>("/api/meetings?maxResultCount=1000")).Select(m => m.Id).ShouldContain(other.Id);

        await (await secretary.SendAsync(HttpMethod.Get, $"/api/meetings/{other.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Meetings.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Post, $"/api/meetings/{other.Id}/submit", new { other.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Meetings.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Post, "/api/meetings", NewMeeting(committee.BranchB, Beijing(2026, 8, 8, 9), MeetingType.PartyLesson)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Get, $"/api/meetings/plan?organizationId={committee.BranchB}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Post, "/api/meeting-exemptions",
                new { organizationId = committee.BranchA, period = "2026-Q3", reason = "自己免除" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);

        var compliance = await secretary.GetJsonAsync<ComplianceReportDto>("/api/meetings/compliance?period=2026-08");
        compliance.Organizations.Select(o => o.OrganizationId).ShouldBe([committee.BranchA, committee.GroupA], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_take_evidence_while_a_draft_and_lock_it_with_the_meeting_When_attachments_are_added_and_the_meeting_submitted()
    {
        var (committee, admin) = await AdminAsync();
        var secretary = await fixture.SharedSessionAsync(committee.Code, committee.Secretary);
        var body = NewMeeting(committee.BranchA, Beijing(2026, 10, 9, 9), MeetingType.ThemedPartyDay);
        body["minutes"] = null;
        body["attendees"] = new[] { Attendee(committee.FullMembersA[0]) };
        var draft = await secretary.CreateMeetingAsync(body);
        draft.Warnings.Select(w => w.Code).ShouldBe([MeetingWarningCodes.NoMinutes]);
        var url = $"/api/meetings/{draft.Id}/attachments";

        var minutes = await (await secretary.UploadAsync(url, SampleFiles.Pdf, "纪要.pdf", "Minutes")).ReadAsync<AttachmentDto>(HttpStatusCode.Created);
        var photo = await (await secretary.UploadAsync(url, SampleFiles.Png, "现场.png", "Photo")).ReadAsync<AttachmentDto>(HttpStatusCode.Created);
        await (await secretary.UploadAsync(url, SampleFiles.Exe, "签到.pdf", "SignInSheet"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Files.UnsupportedFileType);

        var withEvidence = await secretary.GetJsonAsync<MeetingDto>($"/api/meetings/{draft.Id}");
        withEvidence.Attachments.Select(a => a.Id).ShouldBe([minutes.Id, photo.Id]);
        withEvidence.Warnings.ShouldBeEmpty("minutes uploaded as a file count as minutes");
        var download = await secretary.Http.GetAsync($"{url}/{minutes.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(SampleFiles.Pdf);
        (await secretary.SendAsync(HttpMethod.Delete, $"{url}/{photo.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var other = await admin.CreateMeetingAsync(NewMeeting(committee.BranchB, Beijing(2026, 10, 9, 9), MeetingType.ThemedPartyDay));
        await (await admin.SendAsync(HttpMethod.Get, $"/api/meetings/{other.Id}/attachments/{minutes.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await secretary.UploadAsync($"/api/meetings/{other.Id}/attachments", SampleFiles.Pdf, "纪要.pdf", "Minutes"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Meetings.OutsideReach);

        await secretary.SubmitMeetingAsync(withEvidence);
        await (await secretary.UploadAsync(url, SampleFiles.Png, "补充.png", "Photo"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Meetings.MeetingLocked);
        await (await secretary.SendAsync(HttpMethod.Delete, $"{url}/{minutes.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Meetings.MeetingLocked);
        (await secretary.GetJsonAsync<List<AttachmentDto>>(url)).Single().Id.ShouldBe(minutes.Id);
    }

    [Fact]
    public async Task Should_answer_ProblemDetails_with_the_field_or_rule_When_a_meeting_is_invalid()
    {
        var (committee, admin) = await AdminAsync();
        async Task<Problem> RefuseAsync(Dictionary<string, object?> body, HttpStatusCode status, string code) =>
            await (await admin.SendAsync(HttpMethod.Post, "/api/meetings", body)).ShouldBeProblemAsync(status, code);
        Dictionary<string, object?> Valid() => NewMeeting(committee.BranchA, Beijing(2026, 9, 1, 9), MeetingType.ThemedPartyDay);

        var noTypes = Valid();
        noTypes["types"] = Array.Empty<string>();
        (await RefuseAsync(noTypes, HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed)).Errors!.Keys.ShouldContain("types");

        var twice = Valid();
        twice["types"] = new[] { "PartyLesson", "PartyLesson" };
        (await RefuseAsync(twice, HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed)).Errors!.Keys.ShouldContain("types");

        var backwards = Valid();
        backwards["endsAt"] = Beijing(2026, 9, 1, 8);
        (await RefuseAsync(backwards, HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed)).Errors!.Keys.ShouldContain("endsAt");

        var hybrid = Valid();
        hybrid["mode"] = "Hybrid";
        hybrid["venues"] = new[] { new { name = "主会场", isMain = true, attendeeCount = 20 } };
        await RefuseAsync(hybrid, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.InvalidVenues);
        hybrid["venues"] = new[] { new { name = "主会场", isMain = true, attendeeCount = 20 }, new { name = "村站", isMain = true, attendeeCount = 8 } };
        await RefuseAsync(hybrid, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.InvalidVenues);
        hybrid["venues"] = new[] { new { name = "主会场", isMain = true, attendeeCount = 20 }, new { name = "村站", isMain = false, attendeeCount = 8 } };
        (await admin.CreateMeetingAsync(hybrid)).Venues.Count.ShouldBe(2);

        var outsider = Valid();
        outsider["attendees"] = new[] { Attendee(committee.MemberB) };
        await RefuseAsync(outsider, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.UnknownAttendee);

        var excused = Valid();
        excused["attendees"] = new[] { Attendee(committee.FullMembersA[0], "Leave") };
        await RefuseAsync(excused, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.AbsenceReasonRequired);

        var unknownSpeaker = Valid();
        unknownSpeaker["speakerMemberId"] = Guid.NewGuid();
        await RefuseAsync(unknownSpeaker, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.UnknownMember);

        var unknownType = Valid();
        unknownType["types"] = new[] { "Picnic" };
        await RefuseAsync(unknownType, HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        await (await admin.SendAsync(HttpMethod.Post, "/api/meetings", NewMeeting(Guid.NewGuid(), Beijing(2026, 9, 1, 9), MeetingType.PartyLesson)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Get, "/api/meetings/compliance?period=2026-13"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.InvalidPeriod);
        await (await admin.SendAsync(HttpMethod.Post, "/api/meeting-exemptions",
                new { organizationId = committee.BranchA, period = "2026-11-22", reason = "按日" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.InvalidPeriod);
        await (await admin.SendAsync(HttpMethod.Get, "/api/meetings/calendar?from=2026-01-01&to=2027-12-31"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Meetings.InvalidDateRange);
    }
}

public sealed class MeetingRecordTestsOnSqlite(SqliteFixture fixture)
    : MeetingRecordTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MeetingRecordTestsOnPostgreSql(PostgreSqlFixture fixture)
    : MeetingRecordTests(fixture), IClassFixture<PostgreSqlFixture>;
