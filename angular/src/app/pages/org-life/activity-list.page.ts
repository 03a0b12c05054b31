import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { toSignal } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, of } from 'rxjs';

import { ActivitiesApi, ActivityCategoriesApi } from '../../core/api/org-life.api';
import {
  ACTIVITY_STATUSES,
  ActivityListItem,
  ActivityQuery,
  ActivityStatus,
} from '../../core/api/org-life.models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { toDateOnly } from '../../core/members/id-number';
import { ACTIVITY_STATUS_COLORS } from '../../core/org-life/status';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

/** 党建活动: the activities of the caller's reach, with their review state. */
@Component({
  selector: 'pb-activity-list',
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    PagedTableDirective,
    TranslatePipe,
    OrgTreeSelectComponent,
  ],
  template: `
    <page-header [action]="actions" />
    <ng-template #actions>
      @if (canRecord) {
        <a
          nz-button
          nzType="primary"
          routerLink="create"
          [queryParams]="filters.organizationId ? { organizationId: filters.organizationId } : {}"
        >
          <nz-icon aria-hidden="true" nzType="plus" />{{ 'orgLife.workbench.recordActivity' | t }}
        </a>
      }
    </ng-template>
    <nz-card>
      <form class="pb-toolbar" role="search" (ngSubmit)="list.search()">
        <pb-org-tree-select
          name="organizationId"
          [(ngModel)]="filters.organizationId"
          (ngModelChange)="list.search()"
          [placeholder]="'members.allOrganizations' | t"
        />
        <nz-select
          name="categoryId"
          nzAllowClear
          nzShowSearch
          [(ngModel)]="filters.categoryId"
          (ngModelChange)="list.search()"
          [nzPlaceHolder]="'orgLife.activity.allCategories' | t"
          [attr.aria-label]="'orgLife.activity.allCategories' | t"
        >
          @for (c of categories(); track c.id) {
            <nz-option [nzValue]="c.id" [nzLabel]="c.name" />
          }
        </nz-select>
        <nz-select
          name="status"
          nzAllowClear
          [(ngModel)]="filters.status"
          (ngModelChange)="list.search()"
          [nzPlaceHolder]="'orgLife.allStatuses' | t"
          [attr.aria-label]="'orgLife.allStatuses' | t"
        >
          @for (s of statuses; track s) {
            <nz-option [nzValue]="s" [nzLabel]="'enums.activityStatus.' + s | t" />
          }
        </nz-select>
        <nz-range-picker name="range" [(ngModel)]="filters.range" (ngModelChange)="list.search()" />
        <input
          nz-input
          name="filter"
          type="search"
          [(ngModel)]="filters.filter"
          [placeholder]="'orgLife.activity.filterPlaceholder' | t"
          [attr.aria-label]="'orgLife.activity.filterPlaceholder' | t"
        />
        <button nz-button nzType="primary" type="submit">
          <nz-icon aria-hidden="true" nzType="search" />{{ 'common.search' | t }}
        </button>
      </form>
      <nz-table [pbPagedList]="list" [nzShowTotal]="totalTpl" nzSize="middle">
        <thead>
          <tr>
            <th
              nzColumnKey="startsAt"
              [nzSortFn]="true"
              nzSortOrder="descend"
              class="pb-hide-mobile"
            >
              {{ 'orgLife.activity.fields.startsAt' | t }}
            </th>
            <th>{{ 'orgLife.activity.fields.title' | t }}</th>
            <th class="pb-hide-mobile">{{ 'orgLife.activity.fields.categoryId' | t }}</th>
            <th class="pb-hide-mobile">{{ 'orgLife.organization' | t }}</th>
            <th class="pb-hide-mobile">{{ 'orgLife.activity.participants' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of list.items(); track a.id) {
            <tr>
              <td class="pb-hide-mobile">{{ a.heldOn }}</td>
              <td class="pb-al__title">
                <a [routerLink]="a.id">{{ a.title }}</a>
                <div class="pb-muted pb-al__sub">{{ a.heldOn }} · {{ a.categoryName }}</div>
              </td>
              <td class="pb-hide-mobile">{{ a.categoryName }}</td>
              <td class="pb-hide-mobile">{{ a.organizationName }}</td>
              <td class="pb-hide-mobile">{{ a.participantCount }}</td>
              <td>
                <nz-tag [nzColor]="statusColors[a.status]">{{
                  'enums.activityStatus.' + a.status | t
                }}</nz-tag>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #totalTpl let-total>{{ 'common.total' | t: { total } }}</ng-template>
    </nz-card>
  `,
  styles: `
    .pb-al__title {
      white-space: normal !important;
      overflow-wrap: anywhere;
    }
    .pb-al__sub {
      display: none;
      font-size: 12px;
    }
    @media (max-width: 767.98px) {
      .pb-al__sub {
        display: block;
      }
    }
  `,
})
export class ActivityListPage {
  private readonly api = inject(ActivitiesApi);
  protected readonly canRecord = inject(SessionService).can(Permissions.ActivitiesRecord);
  protected readonly statuses = ACTIVITY_STATUSES;
  protected readonly statusColors = ACTIVITY_STATUS_COLORS;
  protected readonly categories = toSignal(
    inject(ActivityCategoriesApi)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );

  protected filters = {
    organizationId: inject(ActivatedRoute).snapshot.queryParamMap.get('organizationId'),
    categoryId: null as string | null,
    status: null as ActivityStatus | null,
    range: [] as Date[],
    filter: '',
  };

  protected readonly list = new PagedList<ActivityListItem>(
    (page) => this.api.list({ ...page, ...this.query() }),
    { sorting: 'startsAt desc' },
  );

  constructor() {
    this.list.load();
  }

  private query(): ActivityQuery {
    const [from, to] = this.filters.range;
    return {
      organizationId: this.filters.organizationId,
      categoryId: this.filters.categoryId,
      status: this.filters.status,
      from: from ? toDateOnly(from) : null,
      to: to ? toDateOnly(to) : null,
      filter: this.filters.filter.trim(),
    };
  }
}
