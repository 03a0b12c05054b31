import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { MeetingsApi } from '../../core/api/org-life.api';
import {
  ComplianceMatrix,
  ComplianceOrganization,
  MEETING_TYPES,
  MeetingType,
  PLAN_PERIOD_KINDS,
  PlanPeriodKind,
} from '../../core/api/org-life.models';
import { SessionService } from '../../core/auth/session.service';
import { toldUser } from '../../core/http/told';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { formatRate } from '../../core/org-life/attendance';
import {
  CELL_COLORS,
  CellState,
  cellState,
  cellsOf,
  totalsOf,
} from '../../core/org-life/compliance';
import { PeriodPipe } from '../../core/org-life/period.pipe';
import { committeeToday } from '../../core/org-life/periods';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';
import { ResponsiveService } from '../../shared/responsive.service';

interface MatrixView {
  periods: string[];
  rows: {
    organizationId: string;
    organizationName: string;
    depth: number;
    cells: { periodKey: string; state: CellState; required: number; fulfilled: number }[];
  }[];
}

/**
 * 落实情况: organisations × periods of a year, each cell coloured by what was owed and held (the chosen meeting
 * types together); a cell opens the organisation's report for that period with the missing items and their rules.
 */
@Component({
  selector: 'pb-compliance',
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzDrawerModule,
    NzRadioModule,
    NzSelectModule,
    NzStatisticModule,
    NzTagModule,
    TranslatePipe,
    PeriodPipe,
    OrgTreeSelectComponent,
  ],
  templateUrl: './compliance.page.html',
  styleUrl: './compliance.page.less',
})
export class CompliancePage {
  private readonly api = inject(MeetingsApi);
  protected readonly mobile = inject(ResponsiveService).mobile;
  protected readonly kinds = PLAN_PERIOD_KINDS;
  protected readonly allTypes = MEETING_TYPES;
  protected readonly colors = CELL_COLORS;
  protected readonly states: CellState[] = ['complete', 'open', 'overdue', 'exempt'];
  protected readonly formatRate = formatRate;

  private readonly thisYear = committeeToday(inject(SessionService).user()?.tenant?.timeZone).year;
  protected readonly years = [this.thisYear, this.thisYear - 1, this.thisYear - 2];
  protected year = this.thisYear;
  protected periodKind: PlanPeriodKind = 'Month';
  protected organizationId: string | null = null;
  protected readonly types = signal<MeetingType[]>([]);
  protected readonly loading = signal(false);
  private readonly matrix = signal<ComplianceMatrix | null>(null);

  protected readonly view = computed<MatrixView | null>(() => {
    const matrix = this.matrix();
    const types = this.types();
    if (!matrix) {
      return null;
    }
    return {
      periods: matrix.periods,
      rows: matrix.rows.map((row) => ({
        ...row,
        cells: matrix.periods.map((periodKey) => {
          const totals = totalsOf(cellsOf(row.cells, periodKey, types));
          return { periodKey, state: cellState(totals), ...totals };
        }),
      })),
    };
  });

  protected readonly detail = signal<{
    periodKey: string;
    organization: ComplianceOrganization | null;
    organizationId: string;
    organizationName: string;
  } | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api
      .matrix(this.year, this.periodKind, this.organizationId)
      .pipe(toldUser())
      .subscribe({
        next: (matrix) => {
          this.matrix.set(matrix);
          this.loading.set(false);
        },
        complete: () => this.loading.set(false),
      });
  }

  protected open(
    row: { organizationId: string; organizationName: string },
    periodKey: string,
  ): void {
    this.detail.set({ periodKey, organization: null, ...row });
    this.api
      .compliance(periodKey, row.organizationId)
      .pipe(toldUser())
      .subscribe((report) => {
        const organization =
          report.organizations.find((o) => o.organizationId === row.organizationId) ??
          report.organizations[0] ??
          null;
        this.detail.update((d) => (d ? { ...d, organization } : d));
      });
  }
}
