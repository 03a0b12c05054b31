import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import type { EChartsCoreOption } from 'echarts/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NgxEchartsDirective } from 'ngx-echarts';
import { forkJoin, map } from 'rxjs';

import { JobsApi } from '../../core/api/jobs.api';
import { JobRunStatus } from '../../core/api/models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { RoleNamePipe } from '../../core/i18n/role-name.pipe';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { TenantContext } from '../../core/tenant/tenant-context.service';
import { JOB_STATUS_COLORS, JOB_STATUSES } from '../jobs/job-status';

type StatusCounts = Record<JobRunStatus, number>;

/** 工作台: who is signed in, for which committee, and how the scheduled jobs are doing. */
@Component({
  selector: 'pb-dashboard',
  imports: [
    RouterLink,
    PageHeaderComponent,
    NzCardModule,
    NzDescriptionsModule,
    NzGridModule,
    NzStatisticModule,
    NzTagModule,
    NgxEchartsDirective,
    TranslatePipe,
    RoleNamePipe,
  ],
  templateUrl: './dashboard.page.html',
  styles: `
    .pb-chart {
      height: 240px;
    }
  `,
})
export class DashboardPage {
  private readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionService);
  protected readonly tenantContext = inject(TenantContext);
  protected readonly statuses = JOB_STATUSES;
  protected readonly canSeeJobs = this.session.can(Permissions.Jobs);
  protected readonly counts = signal<StatusCounts | null>(null);

  protected readonly committee = computed(() => {
    const user = this.session.user();
    return user?.tenant?.name ?? this.i18n.fanyi('dashboard.host');
  });

  protected readonly chart = computed<EChartsCoreOption | null>(() => {
    const counts = this.counts();
    this.i18n.lang();
    // A pie of nothing would draw three equal slices.
    if (!counts || JOB_STATUSES.every((status) => counts[status] === 0)) {
      return null;
    }
    return {
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          center: ['50%', '45%'],
          label: { formatter: '{c}' },
          data: JOB_STATUSES.map((status) => ({
            name: this.i18n.fanyi(`jobs.status.${status}`),
            value: counts[status],
            itemStyle: { color: JOB_STATUS_COLORS[status].chart },
          })),
        },
      ],
    };
  });

  constructor() {
    if (this.canSeeJobs) {
      const jobs = inject(JobsApi);
      const count = (status: JobRunStatus) =>
        jobs.runs({ status, skipCount: 0, maxResultCount: 1 }).pipe(map((page) => page.totalCount));
      forkJoin({
        Succeeded: count('Succeeded'),
        Failed: count('Failed'),
        GaveUp: count('GaveUp'),
      }).subscribe((counts) => this.counts.set(counts));
    }
  }
}
