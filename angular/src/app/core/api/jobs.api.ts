import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable } from 'rxjs';

import { formContext } from '../http/http-context';
import { JobDefinition, JobRun, JobRunStatus, PagedResult, TriggerJobInput } from './models';
import { PagedRequest, toHttpParams } from './paging';

export interface JobRunQuery extends PagedRequest {
  jobName?: string | null;
  tenantId?: string | null;
  status?: JobRunStatus | null;
}

@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  definitions(): Observable<JobDefinition[]> {
    return this.http.get<JobDefinition[]>('/api/jobs');
  }

  runs(query: JobRunQuery): Observable<PagedResult<JobRun>> {
    return this.http.get<PagedResult<JobRun>>('/api/jobs/runs', {
      params: toHttpParams({ ...query }),
    });
  }

  trigger(jobName: string, input: TriggerJobInput, form?: FormGroup): Observable<JobRun> {
    return this.http.post<JobRun>(`/api/jobs/${encodeURIComponent(jobName)}/trigger`, input, {
      context: formContext(form),
    });
  }
}
