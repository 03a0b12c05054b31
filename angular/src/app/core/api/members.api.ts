import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable, shareReplay } from 'rxjs';

import { HANDLE_ERRORS_LOCALLY, formContext } from '../http/http-context';
import { PagedResult } from './models';
import {
  DevelopmentBoard,
  DueItem,
  ImportMode,
  ImportResult,
  Member,
  MemberDevelopment,
  MemberHistory,
  MemberInput,
  MemberListItem,
  MemberQuery,
  MemberStatistics,
  MemberTransfer,
  MemberTransferInput,
  StageTransitionInput,
  TransferQuery,
} from './party.models';
import { PagedRequest, QueryValue, toHttpParams } from './paging';
import { HttpContext } from '@angular/common/http';

export type ImportKind = 'members' | 'organizations';
export type TemplateFormat = 'xlsx' | 'csv';

@Injectable({ providedIn: 'root' })
export class MembersApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/members';
  private ethnicityList: Observable<string[]> | null = null;

  list(query: PagedRequest & MemberQuery): Observable<PagedResult<MemberListItem>> {
    return this.http.get<PagedResult<MemberListItem>>(this.base, {
      params: toHttpParams({ ...query }),
    });
  }

  /** The 404 of an account without a record is the page's business (a friendly message), not a toast. */
  me(): Observable<Member> {
    return this.http.get<Member>(`${this.base}/me`, {
      context: new HttpContext().set(HANDLE_ERRORS_LOCALLY, true),
    });
  }

  /** `locally`: the page shows a refusal (403 OutsideReach) in place of the record instead of a toast. */
  get(id: string, unmask = false, locally = false): Observable<Member> {
    return this.http.get<Member>(`${this.base}/${id}`, {
      params: unmask ? new HttpParams().set('unmask', true) : undefined,
      context: new HttpContext().set(HANDLE_ERRORS_LOCALLY, locally),
    });
  }

  create(input: MemberInput, form?: FormGroup): Observable<Member> {
    return this.http.post<Member>(this.base, input, { context: formContext(form) });
  }

  update(id: string, input: MemberInput, form?: FormGroup): Observable<Member> {
    return this.http.put<Member>(`${this.base}/${id}`, input, { context: formContext(form) });
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }

  history(id: string): Observable<MemberHistory[]> {
    return this.http.get<MemberHistory[]>(`${this.base}/${id}/history`);
  }

  photoUrl(id: string, version: string): string {
    return `${this.base}/${id}/photo?v=${encodeURIComponent(version)}`;
  }

  uploadPhoto(id: string, file: File): Observable<void> {
    const body = new FormData();
    body.append('file', file);
    return this.http.put<void>(`${this.base}/${id}/photo`, body);
  }

  statistics(organizationId: string | null): Observable<MemberStatistics> {
    return this.http.get<MemberStatistics>(`${this.base}/statistics`, {
      params: toHttpParams({ organizationId }),
    });
  }

  /** The 56 ethnic groups in GB/T 3304 order; they never change during a session. */
  ethnicities(): Observable<string[]> {
    this.ethnicityList ??= this.http.get<string[]>(`${this.base}/ethnicities`).pipe(shareReplay(1));
    return this.ethnicityList;
  }

  /** The server refuses an early step with a message citing the rule; the modal shows it in place. */
  transition(
    id: string,
    input: StageTransitionInput,
    form?: FormGroup,
  ): Observable<MemberDevelopment> {
    return this.http.post<MemberDevelopment>(`${this.base}/${id}/stage-transitions`, input, {
      context: formContext(form).set(HANDLE_ERRORS_LOCALLY, true),
    });
  }

  board(organizationId: string | null): Observable<DevelopmentBoard> {
    return this.http.get<DevelopmentBoard>(`${this.base}/development/board`, {
      params: toHttpParams({ organizationId }),
    });
  }

  due(organizationId: string | null, withinDays: number): Observable<DueItem[]> {
    return this.http.get<DueItem[]>(`${this.base}/development/due`, {
      params: toHttpParams({ organizationId, withinDays }),
    });
  }

  export(query: MemberQuery): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.base}/export`, {
      params: toHttpParams({ ...(query as Record<string, QueryValue>) }),
      responseType: 'blob',
      observe: 'response',
    });
  }
}

@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  template(
    kind: ImportKind,
    format: TemplateFormat,
    withDemoRows = false,
  ): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/${kind}/import/template`, {
      params: toHttpParams({ format, withDemoRows: withDemoRows || null }),
      responseType: 'blob',
      observe: 'response',
    });
  }

  /** A 422 with `rows` is a report, so the page handles errors itself. */
  upload(
    kind: ImportKind,
    file: File,
    mode: ImportMode,
    dryRun: boolean,
  ): Observable<ImportResult> {
    const body = new FormData();
    body.append('file', file);
    body.append('mode', mode);
    body.append('dryRun', String(dryRun));
    return this.http.post<ImportResult>(`/api/${kind}/import`, body, {
      params: toHttpParams({ mode, dryRun }),
      context: new HttpContext().set(HANDLE_ERRORS_LOCALLY, true),
    });
  }
}

@Injectable({ providedIn: 'root' })
export class TransfersApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/member-transfers';

  list(query: PagedRequest & TransferQuery): Observable<PagedResult<MemberTransfer>> {
    return this.http.get<PagedResult<MemberTransfer>>(this.base, {
      params: toHttpParams({ ...query }),
    });
  }

  save(
    id: string | null,
    input: MemberTransferInput,
    form?: FormGroup,
  ): Observable<MemberTransfer> {
    const context = formContext(form);
    return id
      ? this.http.put<MemberTransfer>(`${this.base}/${id}`, input, { context })
      : this.http.post<MemberTransfer>(this.base, input, { context });
  }

  complete(
    id: string,
    receiptConfirmedOn: string,
    memberId: string | null,
  ): Observable<MemberTransfer> {
    return this.http.post<MemberTransfer>(`${this.base}/${id}/complete`, {
      receiptConfirmedOn,
      memberId,
    });
  }

  cancel(id: string): Observable<MemberTransfer> {
    return this.http.post<MemberTransfer>(`${this.base}/${id}/cancel`, {});
  }
}
