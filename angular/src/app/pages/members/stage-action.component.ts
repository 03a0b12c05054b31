import { HttpErrorResponse } from '@angular/common/http';
import { Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';

import { MembersApi } from '../../core/api/members.api';
import { Member, MemberDevelopment, StageAction } from '../../core/api/party.models';
import { ProblemDetails, problemOf } from '../../core/api/problem-details';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { applyServerErrors } from '../../core/forms/server-errors';
import { optional } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { toDateOnly } from '../../core/members/id-number';
import { ACTIONS_WITH_MEETING } from '../../core/members/stages';

/**
 * One development step (入党积极分子 → 发展对象 …) in a modal. A refusal of the server (StepTooEarly citing
 * 细则, TooYoung, StageTransitionNotAllowed) stays in the modal as an alert, next to the date that caused it.
 */
@Component({
  selector: 'pb-stage-action',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="action() !== null"
      [nzTitle]="'development.actions.' + action() | t"
      [nzOkText]="'development.confirm' | t"
      [nzOkLoading]="saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" novalidate>
        @if (refusal(); as problem) {
          <nz-alert
            class="pb-refusal"
            role="alert"
            nzType="error"
            nzShowIcon
            [nzMessage]="problem.title || ('error.unknown' | t)"
            [nzDescription]="problem.detail !== problem.title ? (problem.detail ?? '') : ''"
          />
        }
        <nz-form-item>
          <nz-form-label nzFor="effectiveOn" nzRequired>{{
            'development.fields.effectiveOn' | t
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker nzId="effectiveOn" formControlName="effectiveOn" />
          </nz-form-control>
        </nz-form-item>
        @if (withMeeting()) {
          <nz-form-item>
            <nz-form-label nzFor="decidingMeeting" nzRequired>{{
              'development.fields.decidingMeeting' | t
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <input
                nz-input
                id="decidingMeeting"
                formControlName="decidingMeeting"
                [placeholder]="'development.meetingPlaceholder' | t"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="decidingMeetingOn" nzRequired>{{
              'development.fields.decidingMeetingOn' | t
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <nz-date-picker nzId="decidingMeetingOn" formControlName="decidingMeetingOn" />
            </nz-form-control>
          </nz-form-item>
        }
        @if (action() === 'ExtendProbation') {
          <nz-form-item>
            <nz-form-label nzFor="extensionMonths" nzRequired>{{
              'development.fields.extensionMonths' | t
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <nz-input-number
                nzId="extensionMonths"
                formControlName="extensionMonths"
                [nzMin]="6"
                [nzMax]="12"
              />
            </nz-form-control>
          </nz-form-item>
        }
        <nz-form-item>
          <nz-form-label nzFor="reason">{{ 'development.fields.reason' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea nz-input id="reason" rows="2" formControlName="reason"></textarea>
          </nz-form-control>
        </nz-form-item>
        <ng-template #tip let-control>{{ control | fieldError: 'development' }}</ng-template>
      </form>
    </nz-modal>
  `,
  styles: `
    .pb-refusal {
      margin-bottom: 16px;
    }
  `,
})
export class StageActionComponent {
  private readonly api = inject(MembersApi);
  private readonly i18n = inject(I18nService);

  readonly member = input.required<Member>();
  readonly action = input<StageAction | null>(null);
  readonly closed = output<void>();
  /** The step was recorded; the answer is the development part of the record only. */
  readonly done = output<MemberDevelopment>();

  protected readonly saving = signal(false);
  protected readonly refusal = signal<ProblemDetails | null>(null);
  protected readonly withMeeting = () => {
    const action = this.action();
    return action !== null && ACTIONS_WITH_MEETING.has(action);
  };

  protected readonly form = inject(NonNullableFormBuilder).group({
    effectiveOn: [new Date() as Date | null, Validators.required],
    decidingMeeting: ['', Validators.maxLength(128)],
    decidingMeetingOn: [new Date() as Date | null],
    extensionMonths: [6 as number | null],
    reason: ['', Validators.maxLength(500)],
  });

  constructor() {
    effect(() => {
      if (this.action()) {
        untracked(() => {
          this.refusal.set(null);
          this.saving.set(false);
          this.form.reset({
            effectiveOn: new Date(),
            decidingMeetingOn: new Date(),
            extensionMonths: 6,
          });
          // 支委会 or 支部党员大会 decides every step but the talk; the server asks for both fields too.
          const meeting = this.withMeeting()
            ? [Validators.required, Validators.maxLength(128)]
            : [];
          this.form.controls.decidingMeeting.setValidators(meeting);
          this.form.controls.decidingMeetingOn.setValidators(
            this.withMeeting() ? Validators.required : null,
          );
          this.form.controls.decidingMeeting.updateValueAndValidity();
          this.form.controls.decidingMeetingOn.updateValueAndValidity();
        });
      }
    });
  }

  protected submit(): void {
    const action = this.action();
    if (!action) {
      return;
    }
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.refusal.set(null);
    this.api
      .transition(
        this.member().id,
        {
          action,
          effectiveOn: toDateOnly(v.effectiveOn)!,
          decidingMeeting: optional(v.decidingMeeting),
          decidingMeetingOn: toDateOnly(v.decidingMeetingOn),
          reason: optional(v.reason),
          extensionMonths: action === 'ExtendProbation' ? v.extensionMonths : null,
          concurrencyStamp: this.member().concurrencyStamp,
        },
        this.form,
      )
      .subscribe({
        next: (member) => {
          this.saving.set(false);
          this.done.emit(member);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = error instanceof HttpErrorResponse ? problemOf(error) : null;
          if (problem?.errors) {
            applyServerErrors(this.form, problem.errors);
          }
          this.refusal.set(problem ?? { title: this.i18n.fanyi('error.unknown') });
        },
      });
  }
}
