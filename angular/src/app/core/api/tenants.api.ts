import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable } from 'rxjs';

import { formContext } from '../http/http-context';
import { CreateTenantInput, PagedResult, Tenant, UpdateTenantInput } from './models';
import { PagedRequest, toHttpParams } from './paging';

export interface TenantQuery extends PagedRequest {
  filter?: string | null;
  isActive?: boolean | null;
}

@Injectable({ providedIn: 'root' })
export class TenantsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/host/tenants';

  list(query: TenantQuery): Observable<PagedResult<Tenant>> {
    return this.http.get<PagedResult<Tenant>>(this.base, { params: toHttpParams({ ...query }) });
  }

  get(id: string): Observable<Tenant> {
    return this.http.get<Tenant>(`${this.base}/${id}`);
  }

  create(input: CreateTenantInput, form?: FormGroup): Observable<Tenant> {
    return this.http.post<Tenant>(this.base, input, { context: formContext(form) });
  }

  update(id: string, input: UpdateTenantInput, form?: FormGroup): Observable<Tenant> {
    return this.http.put<Tenant>(`${this.base}/${id}`, input, { context: formContext(form) });
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }
}
