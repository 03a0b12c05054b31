import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, forkJoin, map, of } from 'rxjs';

import { ActivitiesApi, InspectionsApi, MeetingsApi } from '../../core/api/org-life.api';
import {
  ActivityListItem,
  InspectionFinding,
  MeetingListItem,
  PlanSlot,
} from '../../core/api/org-life.models';
import { OrganizationTreeStore } from '../../core/api/organizations.api';
import { OrganizationTreeNode } from '../../core/api/party.models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PeriodPipe } from '../../core/org-life/period.pipe';
import { committeeToday, periodKeysOf, toIsoDate } from '../../core/org-life/periods';
import { SLOT_COLORS, dueOverview, overdueGroups, progressOf } from '../../core/org-life/plan';
import { ACTIVITY_STATUS_COLORS, MEETING_STATUS_COLORS } from '../../core/org-life/status';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

/** A plan slot with the organisation it is owed by (the branch or one of its 党小组). */
export interface OwedSlot extends PlanSlot {
  organizationId: string;
  organizationName: string;
}

/** The organisation and its 党小组, whose 党小组会 are part of the branch secretary's duties. */
export function withPartyGroups(node: OrganizationTreeNode): OrganizationTreeNode[] {
  const groups: OrganizationTreeNode[] = [];
  const visit = (n: OrganizationTreeNode) => {
    for (const child of n.children) {
      if (child.type === 'PartyGroup') {
        groups.push(child);
      }
      visit(child);
    }
  };
  visit(node);
  return [node, ...groups];
}

function findNode(nodes: OrganizationTreeNode[], id: string): OrganizationTreeNode | null {
  for (const node of nodes) {
    if (node.id === id) {
      return node;
    }
    const found = findNode(node.children, id);
    if (found) {
      return found;
    }
  }
  return null;
}

/**
 * 支部工作台: a branch secretary's start page, phone first. What the organisation owes this month, quarter and
 * year, what is overdue, the daily inspection's reminders, and the two big buttons to record a meeting or an
 * activity.
 */
@Component({
  selector: 'pb-workbench',
  imports: [
    DatePipe,
    NgTemplateOutlet,
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzProgressModule,
    NzTagModule,
    TranslatePipe,
    PeriodPipe,
    OrgTreeSelectComponent,
  ],
  templateUrl: './workbench.page.html',
  styleUrl: './workbench.page.less',
})
export class WorkbenchPage {
  private readonly meetings = inject(MeetingsApi);
  private readonly activities = inject(ActivitiesApi);
  private readonly inspections = inject(InspectionsApi);
  private readonly tree = inject(OrganizationTreeStore);
  private readonly session = inject(SessionService);

  protected readonly canRecordActivity = this.session.can(Permissions.ActivitiesRecord);
  protected readonly canSeeActivities = this.session.can(Permissions.Activities);
  /** Indexed from an untyped template context (`let-slot`). */
  protected readonly slotColors: Record<string, string> = SLOT_COLORS;
  protected readonly meetingStatusColors = MEETING_STATUS_COLORS;
  protected readonly activityStatusColors = ACTIVITY_STATUS_COLORS;

  private readonly today = committeeToday(this.session.user()?.tenant?.timeZone);
  protected readonly todayIso = toIsoDate(this.today);
  protected readonly now = periodKeysOf(this.today);

  protected readonly organizationId = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly slots = signal<OwedSlot[]>([]);
  protected readonly reminders = signal<InspectionFinding[]>([]);
  protected readonly recentMeetings = signal<MeetingListItem[]>([]);
  protected readonly recentActivities = signal<ActivityListItem[]>([]);

  protected readonly overview = computed(() => dueOverview(this.slots(), this.now));
  protected readonly overdue = computed(() => overdueGroups(this.overview().overdue));
  protected readonly groups = computed(() => {
    const o = this.overview();
    return [
      { key: 'month', period: this.now.month, slots: o.month },
      { key: 'quarter', period: this.now.quarter, slots: o.quarter },
      { key: 'year', period: this.now.year, slots: o.year },
    ].map((g) => {
      const progress = progressOf(g.slots);
      const percent = progress.total ? Math.round((100 * progress.done) / progress.total) : 0;
      return { ...g, progress, percent };
    });
  });
  /** Names the organisation on a slot only when the page covers more than one (a branch with 党小组). */
  protected readonly severalOrganizations = computed(
    () => new Set(this.slots().map((s) => s.organizationId)).size > 1,
  );

  constructor() {
    // The first organisation of the caller's reach: for a branch secretary, the own branch.
    effect(() => {
      const roots = this.tree.nodes();
      if (!this.organizationId() && roots.length > 0) {
        this.organizationId.set(roots[0].id);
      }
    });
    effect(() => {
      const id = this.organizationId();
      const nodes = this.tree.nodes();
      if (id && nodes.length) {
        this.load(id, nodes);
      }
    });
    this.tree.ensure();
    this.inspections
      .reminders()
      .pipe(catchError(() => of([])))
      .subscribe((items) => this.reminders.set(items));
  }

  private load(organizationId: string, nodes: OrganizationTreeNode[]): void {
    const node = findNode(nodes, organizationId);
    const organizations = node ? withPartyGroups(node).slice(0, 10) : [];
    this.loading.set(true);
    const plans = organizations.map((o) =>
      this.meetings.plan(o.id, this.today.year).pipe(
        map((plan) =>
          plan.slots.map((s) => ({ ...s, organizationId: o.id, organizationName: o.name })),
        ),
        catchError(() => of([] as OwedSlot[])),
      ),
    );
    forkJoin(plans.length ? plans : [of([] as OwedSlot[])]).subscribe((lists) => {
      this.slots.set(lists.flat());
      this.loading.set(false);
    });
    const recent = { organizationId, skipCount: 0, maxResultCount: 5 };
    this.meetings
      .list({ ...recent, sorting: 'startsAt desc' })
      .pipe(catchError(() => of({ items: [], totalCount: 0 })))
      .subscribe((page) => this.recentMeetings.set(page.items));
    if (this.canSeeActivities) {
      this.activities
        .list({ ...recent, sorting: 'startsAt desc' })
        .pipe(catchError(() => of({ items: [], totalCount: 0 })))
        .subscribe((page) => this.recentActivities.set(page.items));
    }
  }

  protected recordQuery(slot?: OwedSlot): Record<string, string> {
    const organizationId = slot?.organizationId ?? this.organizationId();
    return {
      ...(organizationId ? { organizationId } : {}),
      ...(slot ? { type: slot.meetingType } : {}),
    };
  }
}
