import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { EChartsCoreOption } from 'echarts/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NgxEchartsDirective } from 'ngx-echarts';

import { MembersApi } from '../../core/api/members.api';
import { CountItem, MemberStatistics } from '../../core/api/party.models';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

const PALETTE = ['#c8102e', '#fa8c16', '#1677ff', '#13c2c2', '#722ed1', '#8c8c8c', '#52c41a'];

function pie(items: CountItem[]): EChartsCoreOption {
  return {
    aria: { enabled: true },
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        label: { formatter: '{b}\n{c}' },
        data: items.map((i) => ({ name: i.label, value: i.count })),
      },
    ],
  };
}

function bar(items: CountItem[], horizontal = false): EChartsCoreOption {
  const names = items.map((i) => i.label);
  const category = { type: 'category', data: names, axisLabel: { interval: 0 } };
  const value = { type: 'value', minInterval: 1 };
  return {
    aria: { enabled: true },
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar',
        data: items.map((i) => i.count),
        label: { show: true, position: horizontal ? 'right' : 'top' },
      },
    ],
  };
}

/** 统计: composition of the members of an organisation subtree. */
@Component({
  selector: 'pb-statistics',
  imports: [
    FormsModule,
    PageHeaderComponent,
    NzCardModule,
    NzStatisticModule,
    NgxEchartsDirective,
    TranslatePipe,
    OrgTreeSelectComponent,
  ],
  template: `
    <page-header />
    <nz-card>
      <div class="pb-toolbar">
        <pb-org-tree-select
          [(ngModel)]="organizationId"
          (ngModelChange)="load()"
          [placeholder]="'members.allOrganizations' | t"
        />
      </div>
      <nz-statistic [nzTitle]="'statistics.total' | t" [nzValue]="stats()?.total ?? 0" />
    </nz-card>
    <div class="pb-charts">
      @for (chart of charts(); track chart.key) {
        <nz-card [nzTitle]="'statistics.' + chart.key | t" nzSize="small">
          <div
            echarts
            class="pb-chart"
            [options]="chart.options"
            [attr.data-testid]="'chart-' + chart.key"
          ></div>
        </nz-card>
      }
    </div>
  `,
  styles: `
    .pb-charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      gap: 16px;
      margin-top: 16px;
    }
    .pb-chart {
      height: 300px;
    }
  `,
})
export class StatisticsPage {
  private readonly api = inject(MembersApi);
  protected organizationId: string | null = null;
  protected readonly stats = signal<MemberStatistics | null>(null);
  protected readonly charts = computed(() => {
    const s = this.stats();
    if (!s) {
      return [];
    }
    return [
      { key: 'byCategory', options: pie(s.byCategory) },
      { key: 'byGender', options: pie(s.byGender) },
      { key: 'byAgeBand', options: bar(s.byAgeBand) },
      { key: 'byEducation', options: bar(s.byEducation, true) },
      {
        key: 'byEthnicity',
        options: bar(
          s.byEthnicity.filter((i) => i.count > 0),
          true,
        ),
      },
    ];
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.api
      .statistics(this.organizationId)
      .subscribe({ next: (s) => this.stats.set(s), error: () => undefined });
  }
}
