import { DatePipe } from '@angular/common';
import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { catchError, map, of, switchMap } from 'rxjs';

import { MembersApi } from '../../core/api/members.api';
import { ActivitiesApi, ActivityCategoriesApi } from '../../core/api/org-life.api';
import {
  ACTIVITY_CATEGORY_GROUPS,
  Activity,
  ActivityInput,
  ActivityRequirement,
  Attachment,
  MEETING_MODES,
  MeetingMode,
} from '../../core/api/org-life.models';
import { OrganizationTreeStore } from '../../core/api/organizations.api';
import { MemberListItem } from '../../core/api/party.models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { justHeld, notBefore } from '../../core/org-life/meeting-rules';
import { ACTIVITY_STATUS_COLORS } from '../../core/org-life/status';
import { AttachmentsComponent } from '../../shared/attachments.component';
import { ConfirmService } from '../../shared/confirm.service';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';
import { TimeSpanComponent } from '../../shared/time-span.component';
import { partyMembersOf, startingOrganization } from './party-members';
import { ReviewDialogComponent, ReviewRequest } from './review-dialog.component';

/**
 * 党建活动: record an activity (一支部一品牌, 党建+), submit it for review, and revise a returned one. Reviewers
 * approve or return it from here or from the review queue.
 */
@Component({
  selector: 'pb-activity-form',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzRadioModule,
    NzSelectModule,
    NzTagModule,
    NzTimelineModule,
    TranslatePipe,
    FieldErrorPipe,
    OrgTreeSelectComponent,
    TimeSpanComponent,
    AttachmentsComponent,
    ReviewDialogComponent,
  ],
  templateUrl: './activity-form.page.html',
  styles: `
    .pb-af__alert {
      margin-bottom: 16px;
    }
    .pb-af__all {
      height: auto;
      padding: 0;
    }
  `,
})
export class ActivityFormPage implements OnInit {
  private readonly api = inject(ActivitiesApi);
  private readonly membersApi = inject(MembersApi);
  private readonly router = inject(Router);
  private readonly tree = inject(OrganizationTreeStore);
  private readonly route = inject(ActivatedRoute);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  private readonly session = inject(SessionService);

  readonly id = input<string>();

  protected readonly canRecord = this.session.can(Permissions.ActivitiesRecord);
  protected readonly canReview = this.session.can(Permissions.ActivitiesReview);
  protected readonly modes = MEETING_MODES;
  protected readonly statusColors = ACTIVITY_STATUS_COLORS;
  protected readonly categories = toSignal(
    inject(ActivityCategoriesApi)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  /** Active categories by group, in the catalogue's order (1+3+X, then the 党建+ fields). */
  protected readonly categoryGroups = computed(() =>
    ACTIVITY_CATEGORY_GROUPS.map((group) => ({
      group,
      items: this.categories()
        .filter((c) => c.group === group && (c.isActive || c.id === this.activity()?.categoryId))
        .sort((a, b) => a.sortOrder - b.sortOrder),
    })).filter((g) => g.items.length > 0),
  );

  protected readonly activity = signal<Activity | null>(null);
  protected readonly members = signal<MemberListItem[]>([]);
  /** The organisation's members, and participants of the record who have left it since. */
  protected readonly memberOptions = computed(() => {
    const listed = this.members().map((m) => ({ id: m.id, name: m.name }));
    const ids = new Set(listed.map((m) => m.id));
    const former = (this.activity()?.participants ?? [])
      .filter((p) => !ids.has(p.memberId))
      .map((p) => ({ id: p.memberId, name: p.name }));
    return [...listed, ...former];
  });
  protected readonly attachments = signal<Attachment[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly review = signal<ReviewRequest | null>(null);
  /** Only drafts and returned activities change; submitted and approved ones are shown read-only. */
  protected readonly editable = computed(() => {
    const status = this.activity()?.status;
    return this.canRecord && (!status || status === 'Draft' || status === 'Returned');
  });
  protected readonly lastReturn = computed(() => {
    const activity = this.activity();
    return activity?.status === 'Returned'
      ? ([...activity.reviews].reverse().find((r) => r.decision === 'Return') ?? null)
      : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    organizationId: [null as string | null, Validators.required],
    title: ['', [Validators.required, Validators.maxLength(128)]],
    startsAt: [null as Date | null, Validators.required],
    endsAt: [null as Date | null, [Validators.required, notBefore('startsAt')]],
    place: ['', Validators.maxLength(128)],
    categoryId: [null as string | null, Validators.required],
    requirement: ['Optional' as ActivityRequirement],
    mode: ['Offline' as MeetingMode],
    brandName: ['', Validators.maxLength(64)],
    memberIds: [[] as string[]],
    otherParticipantCount: [0, Validators.min(0)],
    volunteerHours: [0, Validators.min(0)],
    peopleServed: [0, Validators.min(0)],
    outcome: ['', Validators.maxLength(4000)],
  });

  constructor() {
    this.form.controls.organizationId.valueChanges
      .pipe(
        switchMap((id) =>
          id ? partyMembersOf(this.membersApi, id).pipe(catchError(() => of([]))) : of([]),
        ),
      )
      .subscribe((members) => this.members.set(members));
  }

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      this.load(id);
      return;
    }
    const [startsAt, endsAt] = justHeld(new Date(), 120);
    this.form.patchValue({
      startsAt,
      endsAt,
    });
    startingOrganization(
      this.route.snapshot.queryParamMap.get('organizationId'),
      this.tree,
    ).subscribe((id) => this.form.controls.organizationId.setValue(id));
  }

  private load(id: string): void {
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (activity) => {
        this.show(activity);
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }

  private show(activity: Activity): void {
    this.activity.set(activity);
    this.attachments.set(activity.attachments ?? []);
    this.form.reset({
      organizationId: activity.organizationId,
      title: activity.title,
      startsAt: new Date(activity.startsAt),
      endsAt: new Date(activity.endsAt),
      place: activity.place ?? '',
      categoryId: activity.categoryId,
      requirement: activity.requirement,
      mode: activity.mode,
      brandName: activity.brandName ?? '',
      memberIds: activity.memberIds,
      otherParticipantCount: activity.otherParticipantCount,
      volunteerHours: activity.volunteerHours,
      peopleServed: activity.peopleServed,
      outcome: activity.outcome ?? '',
    });
    if (this.editable()) {
      this.form.enable({ emitEvent: false });
      this.form.controls.organizationId.disable({ emitEvent: false });
    } else {
      this.form.disable({ emitEvent: false });
    }
  }

  protected allMembers(): void {
    this.form.controls.memberIds.setValue(this.members().map((m) => m.id));
  }

  private input(): ActivityInput | null {
    if (this.form.invalid) {
      markAllDirty(this.form);
      this.message.warning(this.i18n.fanyi('orgLife.meeting.incomplete'));
      return null;
    }
    const v = this.form.getRawValue();
    const activity = this.activity();
    return {
      organizationId: v.organizationId!,
      title: v.title.trim(),
      startsAt: v.startsAt!.toISOString(),
      endsAt: v.endsAt!.toISOString(),
      place: optional(v.place),
      categoryId: v.categoryId!,
      requirement: v.requirement,
      mode: v.mode,
      brandName: optional(v.brandName),
      memberIds: v.memberIds,
      otherParticipantCount: v.otherParticipantCount ?? 0,
      volunteerHours: v.volunteerHours ?? 0,
      peopleServed: v.peopleServed ?? 0,
      outcome: optional(v.outcome),
      ...(activity ? { concurrencyStamp: activity.concurrencyStamp } : {}),
    };
  }

  protected save(): void {
    const input = this.input();
    if (!input) {
      return;
    }
    const isNew = !this.activity();
    this.saving.set(true);
    this.api.save(this.activity()?.id ?? null, input, this.form).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.message.success(this.i18n.fanyi('common.saved', { name: saved.title }));
        if (isNew) {
          void this.router.navigate(['/activities', saved.id], { replaceUrl: true });
        } else {
          this.show(saved);
        }
      },
      error: () => this.saving.set(false),
    });
  }

  protected submit(): void {
    const input = this.input();
    if (!input) {
      return;
    }
    this.confirm.run(
      {
        title: this.i18n.fanyi('orgLife.activity.confirmSubmit'),
        content: this.i18n.fanyi('orgLife.activity.submitHint'),
        okText: this.i18n.fanyi('orgLife.submit'),
      },
      () =>
        this.api.save(this.activity()?.id ?? null, input, this.form).pipe(
          switchMap((saved) => this.api.submit(saved.id, saved.concurrencyStamp)),
          map((submitted) => {
            this.message.success(this.i18n.fanyi('orgLife.activity.submitted'));
            if (this.id() === submitted.id) {
              this.show(submitted);
            } else {
              void this.router.navigate(['/activities', submitted.id], { replaceUrl: true });
            }
            return submitted;
          }),
        ),
    );
  }

  protected remove(): void {
    const activity = this.activity();
    if (activity) {
      this.confirm.delete(
        this.i18n.fanyi('orgLife.activity.confirmDelete', { name: activity.title }),
        activity.title,
        () => this.api.delete(activity.id),
        () => void this.router.navigate(['/activities']),
      );
    }
  }

  protected startReview(decision: 'Approve' | 'Return'): void {
    const activity = this.activity();
    if (activity) {
      this.review.set({
        id: activity.id,
        title: activity.title,
        concurrencyStamp: activity.concurrencyStamp,
        decision,
      });
    }
  }

  protected reviewed(activity: Activity | null): void {
    this.review.set(null);
    if (activity) {
      this.show(activity);
    }
  }
}
