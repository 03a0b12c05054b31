import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, of, startWith } from 'rxjs';

import { MembersApi } from '../../core/api/members.api';
import {
  EDUCATIONS,
  Education,
  Gender,
  MEMBER_STAGES,
  Member,
  MemberInput,
  MemberStage,
  PIONEER_POSTS,
  PioneerPost,
} from '../../core/api/party.models';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional, phoneNumber } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import {
  birthDateMatchesId,
  fromDateOnly,
  idBirthDate,
  idNumberProblem,
  idNumberValidator,
  toDateOnly,
} from '../../core/members/id-number';
import { requiredStageDates } from '../../core/members/stages';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

const STAGE_DATE_FIELDS = [
  'appliedOn',
  'activistOn',
  'candidateOn',
  'admittedOn',
  'fullMembershipOn',
] as const;

/** Records an existing person at any stage, or edits a record (stages move through the development panel). */
@Component({
  selector: 'pb-member-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    OrgTreeSelectComponent,
  ],
  templateUrl: './member-form.page.html',
})
export class MemberFormPage implements OnInit {
  private readonly api = inject(MembersApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  readonly id = input<string>();

  protected readonly stages = MEMBER_STAGES;
  protected readonly educations = EDUCATIONS;
  protected readonly pioneerPosts = PIONEER_POSTS;
  protected readonly stageDateFields = STAGE_DATE_FIELDS;
  // A failed load leaves the list empty (the interceptor has said why) instead of breaking the form.
  protected readonly ethnicities = toSignal(this.api.ethnicities().pipe(catchError(() => of([]))), {
    initialValue: [] as string[],
  });
  protected readonly member = signal<Member | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      name: ['', [Validators.required, Validators.maxLength(64)]],
      gender: ['Male' as Gender, Validators.required],
      ethnicity: ['汉族', Validators.required],
      idNumber: ['', [Validators.required, idNumberValidator]],
      birthDate: [null as Date | null],
      phone: ['', [Validators.maxLength(32), phoneNumber]],
      education: [null as Education | null],
      job: ['', Validators.maxLength(64)],
      workUnit: ['', Validators.maxLength(128)],
      organizationId: [null as string | null, Validators.required],
      partyGroupId: [null as string | null],
      stage: ['Full' as MemberStage, Validators.required],
      appliedOn: [null as Date | null],
      activistOn: [null as Date | null],
      candidateOn: [null as Date | null],
      admittedOn: [null as Date | null],
      fullMembershipOn: [null as Date | null],
      isMobile: [false],
      isLostContact: [false],
      lostContactSince: [null as Date | null],
      pioneerPost: ['None' as PioneerPost],
      notes: ['', Validators.maxLength(2000)],
      changeReason: ['', Validators.maxLength(256)],
    },
    { validators: birthDateMatchesId('idNumber', 'birthDate') },
  );

  private readonly stage = toSignal(
    this.form.controls.stage.valueChanges.pipe(startWith(this.form.controls.stage.value)),
  );
  /** Creating at a stage needs the dates of every stage reached. */
  protected readonly neededDates = computed(
    () => new Set(requiredStageDates(this.stage() ?? 'Full')),
  );
  private readonly organizationId = toSignal(this.form.controls.organizationId.valueChanges);
  protected readonly organizationChanged = computed(() => {
    const member = this.member();
    const chosen = this.organizationId();
    return member !== null && chosen !== undefined && chosen !== member.organizationId;
  });

  constructor() {
    // Only a new record carries stage dates; editing patches the (disabled) stage and must not require them.
    this.form.controls.stage.valueChanges.subscribe((stage) =>
      this.requireStageDates(this.form.controls.stage.enabled ? stage : null),
    );
    this.requireStageDates(this.form.controls.stage.value);
    // The birth date follows a valid ID number, so it need not be typed twice.
    this.form.controls.idNumber.valueChanges.subscribe((id) => {
      if (id && idNumberProblem(id) === null) {
        this.form.controls.birthDate.setValue(fromDateOnly(idBirthDate(id.trim().toUpperCase())));
      }
    });
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      return;
    }
    // Editing keeps the stored (masked) numbers unless new ones are typed; stages move elsewhere.
    this.form.controls.idNumber.removeValidators(Validators.required);
    this.form.controls.stage.disable();
    this.requireStageDates(null);
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (m) => {
        this.member.set(m);
        // Stage dates are shown on the record page; they change only through development steps.
        const { appliedOn, activistOn, candidateOn, admittedOn, fullMembershipOn, ...rest } = m;
        void [appliedOn, activistOn, candidateOn, admittedOn, fullMembershipOn];
        this.form.patchValue({
          ...rest,
          idNumber: '',
          phone: '',
          job: m.job ?? '',
          workUnit: m.workUnit ?? '',
          notes: m.notes ?? '',
          birthDate: fromDateOnly(m.birthDate),
          lostContactSince: fromDateOnly(m.lostContactSince),
        });
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }

  private requireStageDates(stage: MemberStage | null): void {
    const needed = stage ? requiredStageDates(stage) : [];
    for (const field of STAGE_DATE_FIELDS) {
      const control = this.form.controls[field];
      control.setValidators(needed.includes(field) ? Validators.required : null);
      control.updateValueAndValidity({ emitEvent: false });
    }
  }

  protected save(): void {
    const member = this.member();
    const reason = this.form.controls.changeReason;
    reason.setValidators(
      this.organizationChanged()
        ? [Validators.required, Validators.maxLength(256)]
        : Validators.maxLength(256),
    );
    reason.updateValueAndValidity({ emitEvent: false });
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const v = this.form.getRawValue();
    const common: MemberInput = {
      name: v.name.trim(),
      gender: v.gender,
      ethnicity: v.ethnicity,
      birthDate: toDateOnly(v.birthDate),
      idNumber: optional(v.idNumber)?.toUpperCase() ?? null,
      phone: optional(v.phone),
      education: v.education,
      job: optional(v.job),
      workUnit: optional(v.workUnit),
      organizationId: v.organizationId!,
      partyGroupId: v.partyGroupId,
      isMobile: v.isMobile,
      isLostContact: v.isLostContact,
      lostContactSince: v.isLostContact ? toDateOnly(v.lostContactSince) : null,
      pioneerPost: v.pioneerPost,
      notes: optional(v.notes),
    };
    this.saving.set(true);
    const request = member
      ? this.api.update(
          member.id,
          {
            ...common,
            changeReason: optional(v.changeReason),
            concurrencyStamp: member.concurrencyStamp,
          },
          this.form,
        )
      : this.api.create(
          {
            ...common,
            stage: v.stage,
            ...Object.fromEntries(
              STAGE_DATE_FIELDS.map((f) => [
                f,
                this.neededDates().has(f) ? toDateOnly(v[f]) : null,
              ]),
            ),
          },
          this.form,
        );
    request.subscribe({
      next: (saved) => {
        this.message.success(this.i18n.fanyi('common.saved', { name: saved.name }));
        void this.router.navigate(['/members', saved.id]);
      },
      error: () => this.saving.set(false),
    });
  }
}
