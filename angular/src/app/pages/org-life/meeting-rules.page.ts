import { Component, inject, signal } from '@angular/core';
import {
  FormsModule,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { tap } from 'rxjs';

import { MeetingRulesApi } from '../../core/api/org-life.api';
import {
  MEETING_TYPES,
  MeetingExemption,
  MeetingRule,
  MeetingRuleInput,
  MeetingType,
  PLAN_PERIOD_KINDS,
} from '../../core/api/org-life.models';
import { ORGANIZATION_TYPES } from '../../core/api/party.models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { periodKey } from '../../core/forms/validators';
import { toldUser } from '../../core/http/told';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PeriodPipe } from '../../core/org-life/period.pipe';
import { ConfirmService } from '../../shared/confirm.service';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

type RuleRow = MeetingRuleInput & { id: string | null };

/**
 * 会议要求: the committee's rules of 三会一课 (seeded with the 条例's defaults, each with its citation) and the
 * exemptions officers grant an organisation for a period.
 */
@Component({
  selector: 'pb-meeting-rules',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzTableModule,
    NzTabsModule,
    TranslatePipe,
    FieldErrorPipe,
    PeriodPipe,
    OrgTreeSelectComponent,
  ],
  templateUrl: './meeting-rules.page.html',
  styleUrl: './meeting-rules.page.less',
})
export class MeetingRulesPage {
  private readonly api = inject(MeetingRulesApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  protected readonly canExempt = inject(SessionService).can(Permissions.MeetingsManageExemptions);

  protected readonly meetingTypes = MEETING_TYPES;
  protected readonly periodKinds = PLAN_PERIOD_KINDS;
  protected readonly organizationTypes = ORGANIZATION_TYPES;
  protected readonly rules = signal<RuleRow[]>([]);
  protected readonly exemptions = signal<MeetingExemption[]>([]);
  protected exemptionFilter: string | null = null;

  protected readonly exemptionForm = inject(NonNullableFormBuilder).group({
    organizationId: [null as string | null, Validators.required],
    meetingType: [null as MeetingType | null],
    period: ['', [Validators.required, periodKey]],
    reason: ['', [Validators.required, Validators.maxLength(256)]],
  });

  constructor() {
    this.loadRules();
    if (this.canExempt) {
      this.loadExemptions();
    }
  }

  private loadRules(): void {
    this.api
      .list()
      .pipe(toldUser())
      .subscribe((rules) => this.rules.set(rules.map((r) => ({ ...r }))));
  }

  protected add(): void {
    this.rules.update((rows) => [
      ...rows,
      {
        id: null,
        meetingType: 'PartyLesson',
        periodKind: 'Quarter',
        requiredCount: 1,
        appliesTo: ['Branch', 'JointBranch', 'TemporaryBranch'],
        requiresCommittee: false,
        requiresSecretarySpeaker: false,
        isEnabled: true,
        citation: '',
      },
    ]);
  }

  protected save(row: RuleRow): void {
    const { id, ...input } = row;
    this.api
      .save(id, { ...input, citation: input.citation.trim() })
      .pipe(toldUser())
      .subscribe((saved: MeetingRule) => {
        this.rules.update((rows) => rows.map((r) => (r === row ? { ...saved } : r)));
        this.message.success(
          this.i18n.fanyi('common.saved', {
            name: this.i18n.fanyi(`enums.meetingType.${saved.meetingType}`),
          }),
        );
      });
  }

  protected remove(row: RuleRow): void {
    if (!row.id) {
      this.rules.update((rows) => rows.filter((r) => r !== row));
      return;
    }
    const name = this.i18n.fanyi(`enums.meetingType.${row.meetingType}`);
    this.confirm.run(
      {
        title: this.i18n.fanyi('orgLife.rules.confirmDelete', { name }),
        okText: this.i18n.fanyi('common.delete'),
        danger: true,
      },
      () =>
        this.api
          .delete(row.id!)
          .pipe(tap(() => this.rules.update((rows) => rows.filter((r) => r !== row)))),
    );
  }

  protected reset(): void {
    this.confirm.run(
      {
        title: this.i18n.fanyi('orgLife.rules.confirmReset'),
        content: this.i18n.fanyi('orgLife.rules.resetHint'),
        okText: this.i18n.fanyi('orgLife.rules.reset'),
        danger: true,
      },
      () => this.api.reset().pipe(tap((rules) => this.rules.set(rules.map((r) => ({ ...r }))))),
    );
  }

  protected loadExemptions(): void {
    this.api
      .exemptions(this.exemptionFilter, null)
      .pipe(toldUser())
      .subscribe((list) => this.exemptions.set(list));
  }

  protected exempt(): void {
    const form = this.exemptionForm;
    if (form.invalid) {
      markAllDirty(form);
      return;
    }
    const v = form.getRawValue();
    this.api
      .createExemption(
        {
          organizationId: v.organizationId!,
          meetingType: v.meetingType,
          period: v.period.trim().toUpperCase(),
          reason: v.reason.trim(),
        },
        form,
      )
      .pipe(toldUser())
      .subscribe(() => {
        form.reset();
        this.loadExemptions();
      });
  }

  protected removeExemption(exemption: MeetingExemption): void {
    this.confirm.run(
      {
        title: this.i18n.fanyi('orgLife.rules.confirmDeleteExemption'),
        okText: this.i18n.fanyi('common.delete'),
        danger: true,
      },
      () =>
        this.api
          .deleteExemption(exemption.id)
          .pipe(tap(() => this.exemptions.update((l) => l.filter((e) => e.id !== exemption.id)))),
    );
  }
}
