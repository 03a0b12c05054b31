import { Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import {
  FormArray,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';

import { OrganizationsApi } from '../../core/api/organizations.api';
import {
  COMMITTEE_POSTS,
  CommitteePost,
  CommitteeTerm,
  CommitteeTermMember,
} from '../../core/api/party.models';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional } from '../../core/forms/validators';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { fromDateOnly, toDateOnly } from '../../core/members/id-number';
import { MemberSelectComponent } from '../../shared/member-select.component';

/** 支委会换届: one committee term with its posts, added or edited in a modal. */
@Component({
  selector: 'pb-term-form',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    MemberSelectComponent,
  ],
  templateUrl: './term-form.component.html',
  styles: `
    .pb-term-member {
      display: grid;
      grid-template-columns: 140px 1fr 1fr 40px;
      gap: 8px;
      margin-bottom: 8px;
      @media (max-width: 767.98px) {
        grid-template-columns: 1fr 1fr;
      }
    }
  `,
})
export class TermFormComponent {
  private readonly api = inject(OrganizationsApi);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input(false);
  readonly organizationId = input.required<string>();
  readonly term = input<CommitteeTerm | null>(null);
  readonly closed = output<void>();
  readonly saved = output<CommitteeTerm>();

  protected readonly posts = COMMITTEE_POSTS;
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    startsOn: [null as Date | null, Validators.required],
    endsOn: [null as Date | null, Validators.required],
    notes: ['', Validators.maxLength(500)],
    members: this.fb.array<FormGroup>([]),
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        const term = this.term();
        untracked(() => this.reset(term));
      }
    });
  }

  protected get members(): FormArray<FormGroup> {
    return this.form.controls.members;
  }

  private memberGroup(member?: CommitteeTermMember): FormGroup {
    return this.fb.group({
      post: [member?.post ?? ('OrganizationMember' as CommitteePost), Validators.required],
      postTitle: [member?.postTitle ?? '', Validators.maxLength(32)],
      name: [member?.name ?? '', [Validators.required, Validators.maxLength(64)]],
      memberId: [member?.memberId ?? (null as string | null)],
    });
  }

  private reset(term: CommitteeTerm | null): void {
    this.saving.set(false);
    this.members.clear();
    this.form.reset({
      startsOn: fromDateOnly(term?.startsOn),
      endsOn: fromDateOnly(term?.endsOn),
      notes: term?.notes ?? '',
    });
    const members = term?.members.length
      ? term.members
      : [{ post: 'Secretary' as CommitteePost, postTitle: null, name: '', memberId: null }];
    for (const m of members) {
      this.members.push(this.memberGroup(m));
    }
  }

  protected addMember(): void {
    this.members.push(this.memberGroup());
  }

  protected removeMember(index: number): void {
    this.members.removeAt(index);
  }

  protected save(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      this.members.controls.forEach((g) => markAllDirty(g));
      return;
    }
    const v = this.form.getRawValue();
    const term = this.term();
    this.saving.set(true);
    this.api
      .saveTerm(
        this.organizationId(),
        term?.id ?? null,
        {
          startsOn: toDateOnly(v.startsOn)!,
          endsOn: toDateOnly(v.endsOn)!,
          notes: optional(v.notes),
          members: (v.members as CommitteeTermMember[]).map((m) => ({
            ...m,
            postTitle: optional(m.postTitle ?? ''),
          })),
          concurrencyStamp: term?.concurrencyStamp,
        },
        this.form,
      )
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.saved.emit(saved);
        },
        error: () => this.saving.set(false),
      });
  }
}
