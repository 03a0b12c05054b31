import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { AuditLog, PagedResult } from './models';
import { PagedRequest, toHttpParams } from './paging';

export interface AuditLogQuery extends PagedRequest {
  entityType?: string | null;
  entityId?: string | null;
  userName?: string | null;
  /** ISO 8601 instants. */
  from?: string | null;
  to?: string | null;
  /** Host users only: one committee's trail instead of every committee's. */
  tenantId?: string | null;
}

@Injectable({ providedIn: 'root' })
export class AuditLogsApi {
  private readonly http = inject(HttpClient);

  list(query: AuditLogQuery): Observable<PagedResult<AuditLog>> {
    return this.http.get<PagedResult<AuditLog>>('/api/audit-logs', {
      params: toHttpParams({ ...query }),
    });
  }
}
