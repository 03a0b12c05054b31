import { Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { MeetingsApi } from '../../core/api/org-life.api';
import { MeetingPlan } from '../../core/api/org-life.models';
import { OrganizationTreeStore } from '../../core/api/organizations.api';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { toldUser } from '../../core/http/told';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PeriodPipe } from '../../core/org-life/period.pipe';
import { committeeToday } from '../../core/org-life/periods';
import { SLOT_COLORS, progressOf, slotsByPeriod } from '../../core/org-life/plan';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

/** 年度计划: the meetings one organisation owes in a year, period by period, and what fulfilled each. */
@Component({
  selector: 'pb-plan',
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzSelectModule,
    NzTagModule,
    TranslatePipe,
    PeriodPipe,
    OrgTreeSelectComponent,
  ],
  template: `
    <page-header />
    <nz-card>
      <div class="pb-toolbar">
        <pb-org-tree-select
          inputId="planOrganization"
          [allowClear]="false"
          [ngModel]="organizationId()"
          (ngModelChange)="choose($event, year())"
          [placeholder]="'orgLife.organization' | t"
        />
        <nz-select
          nzId="planYear"
          [ngModel]="year()"
          (ngModelChange)="choose(organizationId(), $event)"
          [attr.aria-label]="'orgLife.year' | t"
        >
          @for (y of years; track y) {
            <nz-option [nzValue]="y" [nzLabel]="'orgLife.period.year' | t: { year: y }" />
          }
        </nz-select>
      </div>
      <div class="pb-plan__legend">
        @for (s of legend; track s) {
          <nz-tag [nzColor]="slotColors[s]">{{ 'enums.slotStatus.' + s | t }}</nz-tag>
        }
      </div>
    </nz-card>
    <div class="pb-plan" data-testid="plan">
      @for (group of groups(); track group.periodKey) {
        <nz-card
          nzSize="small"
          [nzTitle]="group.periodKey | period"
          [nzExtra]="progressTpl"
          [attr.data-period]="group.periodKey"
        >
          <ng-template #progressTpl
            >{{ group.progress.done }}/{{ group.progress.total }}</ng-template
          >
          <ul class="pb-plan__slots">
            @for (slot of group.slots; track slot.meetingType + slot.sequence) {
              <li [attr.data-type]="slot.meetingType" [attr.data-status]="slot.status">
                <div class="pb-plan__head">
                  <strong>{{ 'enums.meetingType.' + slot.meetingType | t }}</strong>
                  @if (slot.sequence > 1) {
                    <span class="pb-muted">#{{ slot.sequence }}</span>
                  }
                  <nz-tag [nzColor]="slotColors[slot.status]">{{
                    'enums.slotStatus.' + slot.status | t
                  }}</nz-tag>
                </div>
                <div class="pb-muted pb-plan__line">
                  @if (slot.status === 'Fulfilled' && slot.meetingId) {
                    <a [routerLink]="['/meetings', slot.meetingId]">{{
                      'orgLife.plan.heldOn' | t: { date: slot.meetingHeldOn }
                    }}</a>
                  } @else if (slot.status === 'Exempt') {
                    {{ 'orgLife.plan.exempt' | t: { reason: slot.exemptionReason ?? '' } }}
                  } @else {
                    {{ 'orgLife.plan.dueOn' | t: { date: slot.dueOn } }}
                    @if (canRecord) {
                      <a
                        routerLink="/meetings/create"
                        [queryParams]="{ organizationId: organizationId(), type: slot.meetingType }"
                        >{{ 'orgLife.workbench.recordThis' | t }}</a
                      >
                    }
                  }
                </div>
                @if (slot.citation) {
                  <div class="pb-plan__citation">{{ slot.citation }}</div>
                }
              </li>
            }
          </ul>
        </nz-card>
      } @empty {
        <nz-card><nz-empty [nzNotFoundContent]="'orgLife.plan.empty' | t" /></nz-card>
      }
    </div>
  `,
  styles: `
    .pb-plan {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 12px;
      margin-top: 16px;
    }
    .pb-plan__legend nz-tag {
      margin-bottom: 4px;
    }
    .pb-plan__slots {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .pb-plan__slots > li {
      padding: 6px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .pb-plan__slots > li:last-child {
      border-bottom: 0;
    }
    .pb-plan__head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: center;
    }
    .pb-plan__line {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      font-size: 13px;
    }
    .pb-plan__citation {
      font-size: 12px;
      color: #8c8c8c;
    }
  `,
})
export class PlanPage {
  private readonly api = inject(MeetingsApi);
  private readonly router = inject(Router);
  private readonly tree = inject(OrganizationTreeStore);
  private readonly session = inject(SessionService);
  protected readonly canRecord = this.session.can(Permissions.MeetingsRecord);
  protected readonly slotColors = SLOT_COLORS;
  protected readonly legend = ['Fulfilled', 'Open', 'Overdue', 'Exempt'] as const;

  private readonly thisYear = committeeToday(this.session.user()?.tenant?.timeZone).year;
  protected readonly years = [
    this.thisYear + 1,
    this.thisYear,
    this.thisYear - 1,
    this.thisYear - 2,
  ];
  protected readonly organizationId = signal<string | null>(null);
  protected readonly year = signal(this.thisYear);
  protected readonly plan = signal<MeetingPlan | null>(null);
  protected readonly groups = computed(() =>
    slotsByPeriod(this.plan()?.slots ?? []).map((g) => ({ ...g, progress: progressOf(g.slots) })),
  );

  constructor() {
    const query = inject(ActivatedRoute).snapshot.queryParamMap;
    this.organizationId.set(query.get('organizationId'));
    const year = Number(query.get('year'));
    if (year > 2000) {
      this.year.set(year);
    }
    effect(() => {
      const roots = this.tree.nodes();
      if (!this.organizationId() && roots.length) {
        this.organizationId.set(roots[0].id);
      }
    });
    effect(() => {
      const id = this.organizationId();
      const year = this.year();
      if (id) {
        this.api
          .plan(id, year)
          .pipe(toldUser())
          .subscribe((plan) => this.plan.set(plan));
      }
    });
    this.tree.ensure();
  }

  /** The choice goes into the address, so a shared link or the back button shows the same plan. */
  protected choose(organizationId: string | null, year: number): void {
    this.organizationId.set(organizationId);
    this.year.set(year);
    void this.router.navigate([], {
      queryParams: { organizationId, year },
      replaceUrl: true,
    });
  }
}
