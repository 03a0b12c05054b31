import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable, shareReplay } from 'rxjs';

import { HANDLE_ERRORS_LOCALLY, formContext } from '../http/http-context';
import { PagedResult } from './models';
import {
  Activity,
  ActivityCategory,
  ActivityCategoryInput,
  ActivityInput,
  ActivityListItem,
  ActivityQuery,
  Attachment,
  AttachmentKind,
  AttachmentOwner,
  CalendarEntry,
  ComplianceMatrix,
  ComplianceReport,
  ComplianceSummary,
  InspectionFinding,
  InspectionQuery,
  Meeting,
  MeetingExemption,
  MeetingExemptionInput,
  MeetingInput,
  MeetingListItem,
  MeetingPlan,
  MeetingQuery,
  MeetingRevision,
  MeetingRule,
  MeetingRuleInput,
  PlanPeriodKind,
  ReviewDecision,
} from './org-life.models';
import { PagedRequest, toHttpParams } from './paging';

/** The four attachment routes every owner (meeting, activity) exposes. */
@Injectable({ providedIn: 'root' })
export class AttachmentsApi {
  private readonly http = inject(HttpClient);

  list(owner: AttachmentOwner, ownerId: string): Observable<Attachment[]> {
    return this.http.get<Attachment[]>(`/api/${owner}/${ownerId}/attachments`);
  }

  upload(
    owner: AttachmentOwner,
    ownerId: string,
    file: File,
    kind: AttachmentKind,
  ): Observable<Attachment> {
    const body = new FormData();
    body.append('file', file);
    body.append('kind', kind);
    return this.http.post<Attachment>(`/api/${owner}/${ownerId}/attachments`, body);
  }

  url(owner: AttachmentOwner, ownerId: string, attachmentId: string): string {
    return `/api/${owner}/${ownerId}/attachments/${attachmentId}`;
  }

  delete(owner: AttachmentOwner, ownerId: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(`/api/${owner}/${ownerId}/attachments/${attachmentId}`);
  }
}

@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/meetings';

  list(query: PagedRequest & MeetingQuery): Observable<PagedResult<MeetingListItem>> {
    return this.http.get<PagedResult<MeetingListItem>>(this.base, {
      params: toHttpParams({ ...query }),
    });
  }

  get(id: string): Observable<Meeting> {
    return this.http.get<Meeting>(`${this.base}/${id}`);
  }

  save(id: string | null, input: MeetingInput, form?: FormGroup): Observable<Meeting> {
    const context = formContext(form);
    return id
      ? this.http.put<Meeting>(`${this.base}/${id}`, input, { context })
      : this.http.post<Meeting>(this.base, input, { context });
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }

  submit(id: string, concurrencyStamp: string): Observable<Meeting> {
    return this.http.post<Meeting>(`${this.base}/${id}/submit`, { concurrencyStamp });
  }

  revisions(id: string): Observable<MeetingRevision[]> {
    return this.http.get<MeetingRevision[]>(`${this.base}/${id}/revisions`);
  }

  plan(organizationId: string, year: number): Observable<MeetingPlan> {
    return this.http.get<MeetingPlan>(`${this.base}/plan`, {
      params: toHttpParams({ organizationId, year }),
    });
  }

  compliance(period: string, organizationId: string | null): Observable<ComplianceReport> {
    return this.http.get<ComplianceReport>(`${this.base}/compliance`, {
      params: toHttpParams({ period, organizationId }),
    });
  }

  summary(year: number, organizationId: string | null): Observable<ComplianceSummary> {
    return this.http.get<ComplianceSummary>(`${this.base}/compliance/summary`, {
      params: toHttpParams({ year, organizationId }),
    });
  }

  matrix(
    year: number,
    periodKind: PlanPeriodKind,
    organizationId: string | null,
  ): Observable<ComplianceMatrix> {
    return this.http.get<ComplianceMatrix>(`${this.base}/compliance/matrix`, {
      params: toHttpParams({ year, periodKind, organizationId }),
    });
  }

  calendar(organizationId: string | null, from: string, to: string): Observable<CalendarEntry[]> {
    return this.http.get<CalendarEntry[]>(`${this.base}/calendar`, {
      params: toHttpParams({ organizationId, from, to }),
    });
  }

  calendarFeed(organizationId: string): Observable<{ url: string }> {
    return this.http.get<{ url: string }>(`${this.base}/calendar-feed`, {
      params: toHttpParams({ organizationId }),
    });
  }
}

@Injectable({ providedIn: 'root' })
export class MeetingRulesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/meeting-rules';

  list(): Observable<MeetingRule[]> {
    return this.http.get<MeetingRule[]>(this.base);
  }

  save(id: string | null, input: MeetingRuleInput): Observable<MeetingRule> {
    return id
      ? this.http.put<MeetingRule>(`${this.base}/${id}`, input)
      : this.http.post<MeetingRule>(this.base, input);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }

  reset(): Observable<MeetingRule[]> {
    return this.http.post<MeetingRule[]>(`${this.base}/reset`, {});
  }

  exemptions(organizationId: string | null, period: string | null): Observable<MeetingExemption[]> {
    return this.http.get<MeetingExemption[]>('/api/meeting-exemptions', {
      params: toHttpParams({ organizationId, period }),
    });
  }

  createExemption(input: MeetingExemptionInput, form?: FormGroup): Observable<MeetingExemption> {
    return this.http.post<MeetingExemption>('/api/meeting-exemptions', input, {
      context: formContext(form),
    });
  }

  deleteExemption(id: string): Observable<void> {
    return this.http.delete<void>(`/api/meeting-exemptions/${id}`);
  }
}

@Injectable({ providedIn: 'root' })
export class InspectionsApi {
  private readonly http = inject(HttpClient);

  list(query: PagedRequest & InspectionQuery): Observable<PagedResult<InspectionFinding>> {
    return this.http.get<PagedResult<InspectionFinding>>('/api/inspections', {
      params: toHttpParams({ ...query }),
    });
  }

  /** The secretary's home shows what it can; a failure there is no reason for a toast. */
  reminders(): Observable<InspectionFinding[]> {
    return this.http.get<InspectionFinding[]>('/api/inspections/reminders', {
      context: new HttpContext().set(HANDLE_ERRORS_LOCALLY, true),
    });
  }
}

@Injectable({ providedIn: 'root' })
export class ActivitiesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/activities';

  list(query: PagedRequest & ActivityQuery): Observable<PagedResult<ActivityListItem>> {
    return this.http.get<PagedResult<ActivityListItem>>(this.base, {
      params: toHttpParams({ ...query }),
    });
  }

  get(id: string): Observable<Activity> {
    return this.http.get<Activity>(`${this.base}/${id}`);
  }

  save(id: string | null, input: ActivityInput, form?: FormGroup): Observable<Activity> {
    const context = formContext(form);
    return id
      ? this.http.put<Activity>(`${this.base}/${id}`, input, { context })
      : this.http.post<Activity>(this.base, input, { context });
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }

  submit(id: string, concurrencyStamp: string): Observable<Activity> {
    return this.http.post<Activity>(`${this.base}/${id}/submit`, { concurrencyStamp });
  }

  review(
    id: string,
    decision: ReviewDecision,
    comment: string | null,
    concurrencyStamp: string,
  ): Observable<Activity> {
    return this.http.post<Activity>(`${this.base}/${id}/review`, {
      decision,
      comment,
      concurrencyStamp,
    });
  }

  reviewQueue(): Observable<ActivityListItem[]> {
    return this.http.get<ActivityListItem[]>(`${this.base}/review-queue`);
  }
}

/** The committee's activity catalogue: read by every activity form, cached for the session. */
@Injectable({ providedIn: 'root' })
export class ActivityCategoriesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/activity-categories';
  private cached: Observable<ActivityCategory[]> | null = null;

  list(): Observable<ActivityCategory[]> {
    this.cached ??= this.http.get<ActivityCategory[]>(this.base).pipe(shareReplay(1));
    return this.cached;
  }

  save(id: string | null, input: ActivityCategoryInput): Observable<ActivityCategory> {
    this.cached = null;
    return id
      ? this.http.put<ActivityCategory>(`${this.base}/${id}`, input)
      : this.http.post<ActivityCategory>(this.base, input);
  }

  delete(id: string): Observable<void> {
    this.cached = null;
    return this.http.delete<void>(`${this.base}/${id}`);
  }
}
