import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCalendarModule } from 'ng-zorro-antd/calendar';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { MeetingsApi } from '../../core/api/org-life.api';
import {
  CalendarEntry,
  MEETING_TYPES,
  MeetingListItem,
  MeetingQuery,
  MeetingStatus,
  MeetingType,
} from '../../core/api/org-life.models';
import { OrganizationTreeStore } from '../../core/api/organizations.api';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { toldUser } from '../../core/http/told';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { toDateOnly } from '../../core/members/id-number';
import { formatRate } from '../../core/org-life/attendance';
import { MEETING_STATUS_COLORS } from '../../core/org-life/status';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';
import { ResponsiveService } from '../../shared/responsive.service';

/** The entries of a calendar by day (`yyyy-MM-dd`). */
export function entriesByDay(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const days = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const day = entry.date.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return days;
}

/**
 * How an entry reads on the calendar: a held meeting green (a draft grey), a due date orange while open, red when
 * overdue, grey once fulfilled.
 */
export function calendarLook(entry: CalendarEntry): {
  style: string;
  color: string;
  label: string;
} {
  if (entry.kind === 'Meeting') {
    return entry.meetingStatus === 'Draft'
      ? { style: 'draft', color: 'default', label: 'enums.meetingStatus.Draft' }
      : { style: 'held', color: 'green', label: 'orgLife.calendar.held' };
  }
  switch (entry.slotStatus) {
    case 'Fulfilled':
      return { style: 'done', color: 'default', label: 'enums.slotStatus.Fulfilled' };
    case 'Overdue':
      return { style: 'overdue', color: 'red', label: 'enums.slotStatus.Overdue' };
    default:
      return { style: 'due', color: 'orange', label: 'orgLife.calendar.due' };
  }
}

/** The days a month view of the calendar shows: the six weeks around the month. */
function visibleRange(month: Date): { from: string; to: string } {
  const first = new Date(month.getFullYear(), month.getMonth(), 1);
  const from = new Date(first);
  from.setDate(first.getDate() - 7);
  const to = new Date(first.getFullYear(), first.getMonth() + 1, 7);
  return { from: toDateOnly(from)!, to: toDateOnly(to)! };
}

/** 会议记录: the meetings of an organisation subtree as a list and as a month calendar with the due dates. */
@Component({
  selector: 'pb-meeting-list',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCalendarModule,
    NzCardModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTabsModule,
    NzTagModule,
    PagedTableDirective,
    TranslatePipe,
    OrgTreeSelectComponent,
  ],
  templateUrl: './meeting-list.page.html',
  styleUrl: './meeting-list.page.less',
})
export class MeetingListPage {
  private readonly api = inject(MeetingsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly tree = inject(OrganizationTreeStore);
  protected readonly mobile = inject(ResponsiveService).mobile;
  protected readonly canRecord = inject(SessionService).can(Permissions.MeetingsRecord);

  protected readonly types = MEETING_TYPES;
  protected readonly statuses: MeetingStatus[] = ['Draft', 'Submitted'];
  protected readonly statusColors = MEETING_STATUS_COLORS;
  protected readonly formatRate = formatRate;

  protected filters = {
    organizationId: inject(ActivatedRoute).snapshot.queryParamMap.get('organizationId'),
    type: null as MeetingType | null,
    status: null as MeetingStatus | null,
    range: [] as Date[],
    filter: '',
  };

  protected readonly list = new PagedList<MeetingListItem>(
    (page) => this.api.list({ ...page, ...this.query() }),
    { sorting: 'startsAt desc' },
  );

  protected readonly month = signal(new Date());
  protected readonly entries = signal<CalendarEntry[]>([]);
  protected readonly days = computed(() => entriesByDay(this.entries()));
  protected readonly monthEntries = computed(() => {
    const month = this.month();
    const prefix = toDateOnly(month)!.slice(0, 7);
    return this.entries()
      .filter((e) => e.date.startsWith(prefix))
      .sort((a, b) => a.date.localeCompare(b.date));
  });

  protected readonly feedUrl = signal<string | null>(null);

  constructor() {
    this.list.load();
    this.loadCalendar();
  }

  private query(): MeetingQuery {
    const [from, to] = this.filters.range;
    return {
      organizationId: this.filters.organizationId,
      type: this.filters.type,
      status: this.filters.status,
      from: from ? toDateOnly(from) : null,
      to: to ? toDateOnly(to) : null,
      filter: this.filters.filter.trim(),
    };
  }

  protected search(): void {
    this.list.search();
    this.loadCalendar();
  }

  protected reset(): void {
    this.filters = { ...this.filters, type: null, status: null, range: [], filter: '' };
    this.search();
  }

  protected monthChanged(date: Date): void {
    const current = this.month();
    if (date.getFullYear() !== current.getFullYear() || date.getMonth() !== current.getMonth()) {
      this.month.set(date);
      this.loadCalendar();
    } else {
      this.month.set(date);
    }
  }

  private loadCalendar(): void {
    const { from, to } = visibleRange(this.month());
    this.api
      .calendar(this.filters.organizationId, from, to)
      .pipe(toldUser())
      .subscribe((entries) => this.entries.set(entries));
  }

  protected entryLook(entry: CalendarEntry): { style: string; color: string; label: string } {
    return calendarLook(entry);
  }

  protected dayEntries(date: Date): CalendarEntry[] {
    return this.days().get(toDateOnly(date)!) ?? [];
  }

  /** The iCalendar address names one organisation; without a choice, the first of the caller's reach. */
  protected subscribeFeed(): void {
    const organizationId = this.filters.organizationId ?? this.tree.nodes()[0]?.id;
    if (!organizationId) {
      return;
    }
    this.api
      .calendarFeed(organizationId)
      .pipe(toldUser())
      .subscribe(({ url }) =>
        this.feedUrl.set(url.startsWith('http') ? url : `${location.origin}${url}`),
      );
  }

  protected copyFeed(): void {
    const url = this.feedUrl();
    if (!url) {
      return;
    }
    navigator.clipboard
      ?.writeText(url)
      .then(() => this.message.success(this.i18n.fanyi('orgLife.calendar.copied')))
      .catch(() => this.message.info(this.i18n.fanyi('orgLife.calendar.copyByHand')));
  }
}
