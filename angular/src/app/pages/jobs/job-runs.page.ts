import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormsModule,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, of } from 'rxjs';

import { JobsApi } from '../../core/api/jobs.api';
import { JobDefinition, JobRun, JobRunStatus } from '../../core/api/models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { PERIOD_EXAMPLES, periodKey } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ExpandedRows } from '../../core/list/expanded-rows';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { TenantSelectComponent } from '../../shared/tenant-select.component';
import { JOB_STATUS_COLORS, JOB_STATUSES } from './job-status';

/** 任务运行记录: one row per job, committee and period; host users may run a period again by hand. */
@Component({
  selector: 'pb-job-runs',
  imports: [
    DatePipe,
    FormsModule,
    ReactiveFormsModule,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    PagedTableDirective,
    NzTagModule,
    TranslatePipe,
    FieldErrorPipe,
    TenantSelectComponent,
  ],
  templateUrl: './job-runs.page.html',
  styleUrl: './job-runs.page.less',
})
export class JobRunsPage {
  private readonly api = inject(JobsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionService);

  protected readonly statuses = JOB_STATUSES;
  protected readonly statusColors = JOB_STATUS_COLORS;
  protected readonly canTrigger =
    this.session.isHost() && this.session.can(Permissions.JobsTrigger);
  protected readonly jobs = toSignal(
    this.api.definitions().pipe(catchError(() => of<JobDefinition[]>([]))),
    {
      initialValue: [],
    },
  );
  protected readonly jobNames = computed(
    () => new Map(this.jobs().map((job) => [job.name, job.displayName])),
  );
  protected readonly expanded = new ExpandedRows();
  protected readonly triggering = signal(false);

  protected filters = {
    jobName: null as string | null,
    tenantId: null as string | null,
    status: null as JobRunStatus | null,
  };

  protected readonly list = new PagedList<JobRun>((page) =>
    this.api.runs({ ...page, ...this.filters }),
  );

  protected readonly triggerForm = inject(NonNullableFormBuilder).group({
    jobName: ['', [Validators.required]],
    tenantId: ['', [Validators.required]],
    period: ['', [Validators.required, periodKey]],
  });
  private readonly triggerJobName = toSignal(this.triggerForm.controls.jobName.valueChanges, {
    initialValue: '',
  });
  /** The example in the period field follows the chosen job: 2026-11 for a monthly job, 2026-Q4 for a quarterly. */
  protected readonly periodExample = computed(() => {
    const job = this.jobs().find((j) => j.name === this.triggerJobName());
    return job ? PERIOD_EXAMPLES[job.periodKind] : Object.values(PERIOD_EXAMPLES).join(' / ');
  });

  constructor() {
    this.list.load();
  }

  protected trigger(): void {
    if (this.triggerForm.invalid) {
      markAllDirty(this.triggerForm);
      return;
    }
    const { jobName, tenantId, period } = this.triggerForm.getRawValue();
    this.triggering.set(true);
    this.api
      .trigger(jobName, { tenantId, period: period.trim().toUpperCase() }, this.triggerForm)
      .subscribe({
        next: (run) => {
          this.triggering.set(false);
          const status = this.i18n.fanyi(`jobs.status.${run.status}`);
          this.message.success(
            this.i18n.fanyi('jobs.triggered', { period: run.periodKey, status }),
          );
          this.list.search();
        },
        error: () => this.triggering.set(false),
      });
  }
}
