import { DatePipe } from '@angular/common';
import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormsModule,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzAutocompleteModule } from 'ng-zorro-antd/auto-complete';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { Observable, catchError, of, startWith, switchMap } from 'rxjs';

import { MembersApi } from '../../core/api/members.api';
import { AttachmentsApi, MeetingsApi } from '../../core/api/org-life.api';
import {
  ATTENDANCE_STATUSES,
  Attachment,
  AttendanceStatus,
  MEETING_MODES,
  MEETING_TYPES,
  Meeting,
  MeetingInput,
  MeetingMode,
  MeetingRevision,
  MeetingType,
  Venue,
} from '../../core/api/org-life.models';
import { OrganizationTreeStore } from '../../core/api/organizations.api';
import { MemberListItem } from '../../core/api/party.models';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { attendanceOf, formatRate } from '../../core/org-life/attendance';
import {
  VenueProblem,
  changedFields,
  leaveWithoutReason,
  justHeld,
  notBefore,
  unchanged,
  venueProblem,
} from '../../core/org-life/meeting-rules';
import { MEETING_STATUS_COLORS } from '../../core/org-life/status';
import { AttachmentsComponent } from '../../shared/attachments.component';
import { ConfirmService } from '../../shared/confirm.service';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';
import { TimeSpanComponent } from '../../shared/time-span.component';
import { memberNamed, partyMembersOf, startingOrganization } from './party-members';

/** One line of the sign-in list. */
interface AttendeeRow {
  memberId: string;
  name: string;
  stage: string | null;
  status: AttendanceStatus | null;
  absenceReason: string;
}

/**
 * 记录会议 (三会一课): create, edit and submit one meeting record. Submitting locks it; a later change asks for a
 * reason and is kept as a revision.
 */
@Component({
  selector: 'pb-meeting-form',
  imports: [
    DatePipe,
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    NzAlertModule,
    NzAutocompleteModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
    NzTagModule,
    NzTimelineModule,
    TranslatePipe,
    FieldErrorPipe,
    OrgTreeSelectComponent,
    TimeSpanComponent,
    AttachmentsComponent,
  ],
  templateUrl: './meeting-form.page.html',
  styleUrl: './meeting-form.page.less',
})
export class MeetingFormPage implements OnInit {
  private readonly api = inject(MeetingsApi);
  private readonly membersApi = inject(MembersApi);
  private readonly attachmentsApi = inject(AttachmentsApi);
  private readonly router = inject(Router);
  private readonly tree = inject(OrganizationTreeStore);
  private readonly route = inject(ActivatedRoute);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);

  readonly id = input<string>();

  protected readonly types = MEETING_TYPES;
  protected readonly modes = MEETING_MODES;
  protected readonly attendanceStatuses = ATTENDANCE_STATUSES;
  protected readonly statusColors = MEETING_STATUS_COLORS;
  protected readonly formatRate = formatRate;
  /** The free texts of the record, minutes the longest. */
  protected readonly texts = [
    { field: 'agenda', rows: 2 },
    { field: 'minutes', rows: 4 },
    { field: 'resolutions', rows: 2 },
  ] as const;

  protected readonly meeting = signal<Meeting | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  /** A submitted meeting opened for a change; the reason goes with the save. */
  protected readonly editReason = signal<string | null>(null);
  protected readonly reasonDialog = signal(false);
  protected reasonText = '';

  protected readonly venues = signal<Venue[]>([]);
  protected readonly venueError = signal<VenueProblem | null>(null);
  protected readonly attendees = signal<AttendeeRow[]>([]);
  protected readonly members = signal<MemberListItem[]>([]);
  protected readonly attachments = signal<Attachment[]>([]);
  protected readonly revisions = signal<MeetingRevision[]>([]);
  protected readonly missingReasons = signal<ReadonlySet<string>>(new Set());

  protected readonly form = inject(NonNullableFormBuilder).group({
    organizationId: [null as string | null, Validators.required],
    types: [[] as MeetingType[], Validators.required],
    startsAt: [null as Date | null, Validators.required],
    endsAt: [null as Date | null, [Validators.required, notBefore('startsAt')]],
    place: ['', Validators.maxLength(128)],
    mode: ['Offline' as MeetingMode],
    hostName: ['', Validators.maxLength(64)],
    topic: ['', [Validators.required, Validators.maxLength(256)]],
    speakerName: ['', Validators.maxLength(64)],
    speakerIsSecretary: [false],
    agenda: ['', Validators.maxLength(4000)],
    minutes: ['', Validators.maxLength(20000)],
    resolutions: ['', Validators.maxLength(4000)],
    hasVote: [false],
  });

  private readonly chosenTypes = toSignal(
    this.form.controls.types.valueChanges.pipe(startWith(this.form.controls.types.value)),
    { initialValue: [] as MeetingType[] },
  );
  protected readonly isLesson = computed(() => this.chosenTypes().includes('PartyLesson'));
  protected readonly mode = toSignal(
    this.form.controls.mode.valueChanges.pipe(startWith(this.form.controls.mode.value)),
    { initialValue: 'Offline' as MeetingMode },
  );
  protected readonly attendance = computed(() => attendanceOf(this.attendees()));
  /** Submitted and not opened for a change: everything is shown, nothing can be typed. */
  protected readonly locked = computed(
    () => this.meeting()?.status === 'Submitted' && this.editReason() === null,
  );
  protected readonly memberNames = computed(() => this.members().map((m) => m.name));

  constructor() {
    this.form.controls.mode.valueChanges.subscribe((mode) => this.modeChanged(mode));
    // The sign-in list follows the organisation; marks of members still listed are kept.
    this.form.controls.organizationId.valueChanges
      .pipe(
        switchMap((id) =>
          id ? partyMembersOf(this.membersApi, id).pipe(catchError(() => of([]))) : of([]),
        ),
      )
      .subscribe((members) => this.setMembers(members));
  }

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      this.load(id);
      return;
    }
    const query = this.route.snapshot.queryParamMap;
    const type = query.get('type') as MeetingType | null;
    const [startsAt, endsAt] = justHeld();
    this.form.patchValue({
      types: type && MEETING_TYPES.includes(type) ? [type] : [],
      startsAt,
      endsAt,
    });
    startingOrganization(query.get('organizationId'), this.tree).subscribe((id) =>
      this.form.controls.organizationId.setValue(id),
    );
  }

  private load(id: string): void {
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (meeting) => {
        this.show(meeting);
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }

  private show(meeting: Meeting): void {
    this.meeting.set(meeting);
    this.editReason.set(null);
    this.attachments.set(meeting.attachments ?? []);
    if (!meeting.attachments) {
      this.attachmentsApi
        .list('meetings', meeting.id)
        .pipe(catchError(() => of([])))
        .subscribe((list) => this.attachments.set(list));
    }
    this.venues.set(meeting.venues.map((v) => ({ ...v })));
    this.attendees.set(
      meeting.attendees.map((a) => ({
        memberId: a.memberId,
        name: a.memberName ?? '',
        stage: null,
        status: a.status,
        absenceReason: a.absenceReason ?? '',
      })),
    );
    this.form.reset({
      organizationId: meeting.organizationId,
      types: meeting.types,
      startsAt: new Date(meeting.startsAt),
      endsAt: new Date(meeting.endsAt),
      place: meeting.place ?? '',
      mode: meeting.mode,
      hostName: meeting.hostName ?? '',
      topic: meeting.topic,
      speakerName: meeting.speakerName ?? '',
      speakerIsSecretary: meeting.speakerIsSecretary,
      agenda: meeting.agenda ?? '',
      minutes: meeting.minutes ?? '',
      resolutions: meeting.resolutions ?? '',
      hasVote: meeting.hasVote,
    });
    this.applyLock();
    if (meeting.revisionCount > 0) {
      this.api
        .revisions(meeting.id)
        .pipe(catchError(() => of([])))
        .subscribe((list) => this.revisions.set(list));
    }
  }

  private applyLock(): void {
    if (this.locked()) {
      this.form.disable({ emitEvent: false });
    } else {
      this.form.enable({ emitEvent: false });
      // The organisation of a saved meeting stays: its attendees belong to it.
      if (this.meeting()) {
        this.form.controls.organizationId.disable({ emitEvent: false });
      }
    }
  }

  private setMembers(members: MemberListItem[]): void {
    this.members.set(members);
    const marked = new Map(this.attendees().map((a) => [a.memberId, a]));
    const rows: AttendeeRow[] = members.map((m) => ({
      memberId: m.id,
      name: m.name,
      stage: m.stage,
      status: marked.get(m.id)?.status ?? null,
      absenceReason: marked.get(m.id)?.absenceReason ?? '',
    }));
    // Attendees of a saved meeting who have left the register since stay on its list.
    const listed = new Set(members.map((m) => m.id));
    const former = this.attendees().filter((a) => !listed.has(a.memberId) && a.status !== null);
    this.attendees.set([...rows, ...former]);
  }

  protected markAll(status: AttendanceStatus | null): void {
    this.attendees.update((rows) => rows.map((r) => ({ ...r, status })));
  }

  protected mark(row: AttendeeRow, status: AttendanceStatus | null): void {
    this.attendees.update((rows) =>
      rows.map((r) => (r.memberId === row.memberId ? { ...r, status } : r)),
    );
  }

  protected setReason(row: AttendeeRow, absenceReason: string): void {
    row.absenceReason = absenceReason;
    if (absenceReason.trim()) {
      const missing = new Set(this.missingReasons());
      missing.delete(row.memberId);
      this.missingReasons.set(missing);
    }
  }

  protected addVenue(): void {
    this.venues.update((list) => [
      ...list,
      { name: '', isMain: list.length === 0, attendeeCount: 0 },
    ]);
  }

  protected removeVenue(index: number): void {
    this.venues.update((list) => list.filter((_, i) => i !== index));
  }

  protected setMainVenue(index: number): void {
    this.venues.update((list) => list.map((v, i) => ({ ...v, isMain: i === index })));
  }

  private modeChanged(mode: MeetingMode): void {
    if (mode === 'Hybrid' && this.venues().length === 0) {
      this.venues.set([
        { name: this.i18n.fanyi('orgLife.meeting.mainVenue'), isMain: true, attendeeCount: 0 },
        { name: '', isMain: false, attendeeCount: 0 },
      ]);
    }
  }

  /** Checks what the form alone cannot (venues, reasons for leave) and builds the body; `null` when invalid. */
  private input(): MeetingInput | null {
    const attendees = this.attendees()
      .filter((a) => a.status !== null)
      .map((a) => ({
        memberId: a.memberId,
        status: a.status!,
        absenceReason: a.status === 'Present' ? null : optional(a.absenceReason),
      }));
    const v = this.form.getRawValue();
    const venues = v.mode === 'Hybrid' ? this.venues() : [];
    this.venueError.set(venueProblem(v.mode, venues));
    this.missingReasons.set(new Set(leaveWithoutReason(attendees)));
    if (this.form.invalid || this.venueError() || this.missingReasons().size > 0) {
      markAllDirty(this.form);
      this.message.warning(this.i18n.fanyi('orgLife.meeting.incomplete'));
      return null;
    }
    const host = memberNamed(this.members(), v.hostName);
    const speaker = memberNamed(this.members(), v.speakerName);
    const meeting = this.meeting();
    return {
      organizationId: v.organizationId!,
      types: v.types,
      startsAt: v.startsAt!.toISOString(),
      endsAt: v.endsAt!.toISOString(),
      place: optional(v.place),
      mode: v.mode,
      venues: venues.map((venue) => ({ ...venue, name: venue.name.trim() })),
      hostName: optional(v.hostName),
      hostMemberId: host?.id ?? null,
      topic: v.topic.trim(),
      speakerName: optional(v.speakerName),
      speakerMemberId: speaker?.id ?? null,
      speakerIsSecretary: this.isLesson() && v.speakerIsSecretary,
      agenda: optional(v.agenda),
      minutes: optional(v.minutes),
      resolutions: optional(v.resolutions),
      hasVote: v.hasVote,
      attendees,
      ...(meeting
        ? { concurrencyStamp: meeting.concurrencyStamp, editReason: this.editReason() }
        : {}),
    };
  }

  private persist(): Observable<Meeting> | null {
    const input = this.input();
    if (!input) {
      return null;
    }
    const meeting = this.meeting();
    return meeting && unchanged(meeting, input)
      ? of(meeting)
      : this.api.save(meeting?.id ?? null, input, this.form);
  }

  protected save(): void {
    const request = this.persist();
    if (!request) {
      return;
    }
    const isNew = !this.meeting();
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.message.success(this.i18n.fanyi('common.saved', { name: saved.topic }));
        if (isNew) {
          // The address of a saved meeting, so a reload or the back button finds it.
          void this.router.navigate(['/meetings', saved.id], { replaceUrl: true });
        } else {
          this.show(saved);
        }
      },
      error: () => this.saving.set(false),
    });
  }

  protected submit(): void {
    if (!this.input()) {
      return;
    }
    this.confirm.run(
      {
        title: this.i18n.fanyi('orgLife.meeting.confirmSubmit'),
        content: this.i18n.fanyi('orgLife.meeting.submitHint'),
        okText: this.i18n.fanyi('orgLife.submit'),
      },
      () => {
        const request = this.persist()!;
        return request.pipe(
          switchMap((saved) => this.api.submit(saved.id, saved.concurrencyStamp)),
          switchMap((submitted) => {
            this.message.success(this.i18n.fanyi('orgLife.meeting.submitted'));
            if (this.id() === submitted.id) {
              this.show(submitted);
            } else {
              void this.router.navigate(['/meetings', submitted.id], { replaceUrl: true });
            }
            return of(submitted);
          }),
        );
      },
    );
  }

  protected askReason(): void {
    this.reasonText = '';
    this.reasonDialog.set(true);
  }

  protected unlock(): void {
    const reason = this.reasonText.trim();
    if (!reason) {
      return;
    }
    this.reasonDialog.set(false);
    this.editReason.set(reason);
    this.applyLock();
  }

  protected cancelEdit(): void {
    const meeting = this.meeting();
    if (meeting) {
      this.show(meeting);
    }
  }

  protected remove(): void {
    const meeting = this.meeting();
    if (meeting) {
      this.confirm.delete(
        this.i18n.fanyi('orgLife.meeting.confirmDelete', { name: meeting.topic }),
        meeting.topic,
        () => this.api.delete(meeting.id),
        () => void this.router.navigate(['/meetings']),
      );
    }
  }

  protected changes(revision: MeetingRevision) {
    return changedFields(revision.before, revision.after);
  }

  protected fieldLabel(field: string): string {
    const key = `orgLife.meeting.fields.${field}`;
    const label = this.i18n.fanyi(key);
    return label === key ? field : label;
  }

  protected shortValue(value: unknown): string {
    if (value === null || value === undefined || value === '') {
      return '—';
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  }
}
