import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { InspectionsApi } from '../../core/api/org-life.api';
import {
  INSPECTION_KINDS,
  InspectionFinding,
  InspectionKind,
} from '../../core/api/org-life.models';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { toDateOnly } from '../../core/members/id-number';
import { PeriodPipe } from '../../core/org-life/period.pipe';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

export const INSPECTION_COLORS: Record<InspectionKind, string> = {
  Overdue: 'red',
  DueSoon: 'orange',
  NoAttendance: 'gold',
  NoMinutes: 'gold',
};

/** 日巡查: what the daily inspection found (by default on its latest day), by organisation and kind. */
@Component({
  selector: 'pb-inspections',
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    PagedTableDirective,
    TranslatePipe,
    PeriodPipe,
    OrgTreeSelectComponent,
  ],
  template: `
    <page-header />
    <nz-card>
      <form class="pb-toolbar" role="search" (ngSubmit)="list.search()">
        <nz-date-picker
          name="date"
          [(ngModel)]="date"
          (ngModelChange)="list.search()"
          [nzPlaceHolder]="'orgLife.inspections.latestDay' | t"
        />
        <nz-select
          name="kind"
          nzAllowClear
          [(ngModel)]="kind"
          (ngModelChange)="list.search()"
          [nzPlaceHolder]="'orgLife.inspections.allKinds' | t"
          [attr.aria-label]="'orgLife.inspections.allKinds' | t"
        >
          @for (k of kinds; track k) {
            <nz-option [nzValue]="k" [nzLabel]="'enums.inspectionKind.' + k | t" />
          }
        </nz-select>
        <pb-org-tree-select
          name="organizationId"
          [(ngModel)]="organizationId"
          (ngModelChange)="list.search()"
          [placeholder]="'members.allOrganizations' | t"
        />
      </form>
      <nz-table [pbPagedList]="list" [nzShowTotal]="totalTpl" nzSize="middle">
        <thead>
          <tr>
            <th class="pb-hide-mobile">{{ 'orgLife.inspections.foundOn' | t }}</th>
            <th>{{ 'orgLife.inspections.kind' | t }}</th>
            <th>{{ 'orgLife.inspections.finding' | t }}</th>
            <th class="pb-hide-mobile">{{ 'orgLife.organization' | t }}</th>
            <th class="pb-hide-mobile">{{ 'orgLife.inspections.rule' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (f of list.items(); track f.id) {
            <tr>
              <td class="pb-hide-mobile">{{ f.foundOn }}</td>
              <td>
                <nz-tag [nzColor]="colors[f.kind]">{{
                  'enums.inspectionKind.' + f.kind | t
                }}</nz-tag>
              </td>
              <td class="pb-wrap">
                @if (f.meetingId) {
                  <a [routerLink]="['/meetings', f.meetingId]">{{ f.message }}</a>
                } @else {
                  {{ f.message }}
                }
                @if (f.periodKey) {
                  <span class="pb-muted"> · {{ f.periodKey | period }}</span>
                }
              </td>
              <td class="pb-hide-mobile">
                <a
                  routerLink="/meetings/plan"
                  [queryParams]="{ organizationId: f.organizationId }"
                  >{{ f.organizationName }}</a
                >
              </td>
              <td class="pb-hide-mobile pb-muted pb-wrap">{{ f.citation }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #totalTpl let-total>{{ 'common.total' | t: { total } }}</ng-template>
    </nz-card>
  `,
  styles: `
    .pb-wrap {
      white-space: normal !important;
      overflow-wrap: anywhere;
    }
  `,
})
export class InspectionsPage {
  private readonly api = inject(InspectionsApi);
  protected readonly kinds = INSPECTION_KINDS;
  protected readonly colors = INSPECTION_COLORS;
  protected date: Date | null = null;
  protected kind: InspectionKind | null = null;
  protected organizationId: string | null = null;

  protected readonly list = new PagedList<InspectionFinding>((page) =>
    this.api.list({
      ...page,
      date: toDateOnly(this.date),
      kind: this.kind,
      organizationId: this.organizationId,
    }),
  );

  constructor() {
    this.list.load();
  }
}
