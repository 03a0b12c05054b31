import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import type { EChartsCoreOption } from 'echarts/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NgxEchartsDirective } from 'ngx-echarts';

import { MeetingsApi } from '../../core/api/org-life.api';
import { ComplianceSummary } from '../../core/api/org-life.models';
import { SessionService } from '../../core/auth/session.service';
import { toldUser } from '../../core/http/told';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { formatRate } from '../../core/org-life/attendance';
import { committeeToday, parsePeriod } from '../../core/org-life/periods';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

const RED = '#c8102e';
const GREY = '#bfbfbf';
const GOLD = '#fa8c16';

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** 统计分析: completion of 三会一课 by month and by type over a year, and the 红榜 / 黑榜 of organisations. */
@Component({
  selector: 'pb-compliance-charts',
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzCardModule,
    NzSelectModule,
    NzTableModule,
    NgxEchartsDirective,
    TranslatePipe,
    OrgTreeSelectComponent,
  ],
  template: `
    <page-header />
    <nz-card>
      <div class="pb-toolbar">
        <nz-select
          [(ngModel)]="year"
          (ngModelChange)="load()"
          [attr.aria-label]="'orgLife.year' | t"
        >
          @for (y of years; track y) {
            <nz-option [nzValue]="y" [nzLabel]="'orgLife.period.year' | t: { year: y }" />
          }
        </nz-select>
        <pb-org-tree-select
          [(ngModel)]="organizationId"
          (ngModelChange)="load()"
          [placeholder]="'members.allOrganizations' | t"
        />
      </div>
    </nz-card>
    <div class="pb-charts">
      <nz-card nzSize="small" [nzTitle]="'orgLife.charts.byMonth' | t">
        @if (byMonth(); as options) {
          <div echarts class="pb-chart" [options]="options" data-testid="chart-by-month"></div>
        }
      </nz-card>
      <nz-card nzSize="small" [nzTitle]="'orgLife.charts.byType' | t">
        @if (byType(); as options) {
          <div echarts class="pb-chart" [options]="options" data-testid="chart-by-type"></div>
        }
      </nz-card>
      @for (board of boards(); track board.key) {
        <nz-card
          nzSize="small"
          [nzTitle]="'orgLife.charts.' + board.key | t"
          [attr.data-testid]="board.key"
        >
          <p class="pb-muted">{{ 'orgLife.charts.' + board.key + 'Hint' | t }}</p>
          <nz-table nzSize="small" [nzData]="board.rows" [nzShowPagination]="false" nzTemplateMode>
            <thead>
              <tr>
                <th>#</th>
                <th>{{ 'orgLife.organization' | t }}</th>
                <th>{{ 'orgLife.compliance.rate' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of board.rows; track row.organizationId; let i = $index) {
                <tr>
                  <td>{{ i + 1 }}</td>
                  <td>
                    <a
                      routerLink="/meetings/plan"
                      [queryParams]="{ organizationId: row.organizationId, year: year }"
                      >{{ row.organizationName }}</a
                    >
                  </td>
                  <td>{{ formatRate(row.completionRate) }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="3" class="pb-muted">{{ 'orgLife.charts.noneListed' | t }}</td>
                </tr>
              }
            </tbody>
          </nz-table>
        </nz-card>
      }
    </div>
  `,
  styles: `
    .pb-charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
      gap: 16px;
      margin-top: 16px;
    }
    .pb-chart {
      height: 320px;
    }
  `,
})
export class ComplianceChartsPage {
  private readonly api = inject(MeetingsApi);
  private readonly i18n = inject(I18nService);
  protected readonly formatRate = formatRate;
  private readonly thisYear = committeeToday(inject(SessionService).user()?.tenant?.timeZone).year;
  protected readonly years = [this.thisYear, this.thisYear - 1, this.thisYear - 2];
  protected year = this.thisYear;
  protected organizationId: string | null = null;
  private readonly summary = signal<ComplianceSummary | null>(null);

  protected readonly byMonth = computed<EChartsCoreOption | null>(() => {
    const s = this.summary();
    this.i18n.lang();
    if (!s) {
      return null;
    }
    const months = s.byMonth.map((m) =>
      this.i18n.fanyi('orgLife.period.monthShort', {
        index: parsePeriod(m.period)?.index ?? m.period,
      }),
    );
    const [required, fulfilled, rate] = ['required', 'fulfilled', 'rate'].map((k) =>
      this.i18n.fanyi(`orgLife.compliance.${k}`),
    );
    return {
      aria: { enabled: true },
      color: [GREY, RED, GOLD],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 24, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: required, type: 'bar', data: s.byMonth.map((m) => m.required) },
        { name: fulfilled, type: 'bar', data: s.byMonth.map((m) => m.fulfilled) },
        {
          name: rate,
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          data: s.byMonth.map((m) => percent(m.completionRate)),
        },
      ],
    };
  });

  protected readonly byType = computed<EChartsCoreOption | null>(() => {
    const s = this.summary();
    this.i18n.lang();
    if (!s) {
      return null;
    }
    return {
      aria: { enabled: true },
      color: [RED],
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`),
      },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: s.byType.map((t) => this.i18n.fanyi(`enums.meetingType.${t.meetingType}`)),
      },
      series: [
        {
          type: 'bar',
          data: s.byType.map((t) => percent(t.completionRate)),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    };
  });

  protected readonly boards = computed(() => {
    const s = this.summary();
    return [
      { key: 'redList', rows: s?.redList ?? [] },
      { key: 'blackList', rows: s?.blackList ?? [] },
    ];
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.api
      .summary(this.year, this.organizationId)
      .pipe(toldUser())
      .subscribe((summary) => this.summary.set(summary));
  }
}
