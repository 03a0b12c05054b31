import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable } from 'rxjs';

import { formContext } from '../http/http-context';
import {
  CreateRoleInput,
  CreateUserInput,
  PagedResult,
  PermissionCatalog,
  Role,
  UpdateRoleInput,
  UpdateUserInput,
  User,
} from './models';
import { PagedRequest, toHttpParams } from './paging';

export interface UserQuery extends PagedRequest {
  filter?: string | null;
  roleName?: string | null;
}

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/identity/users';

  list(query: UserQuery): Observable<PagedResult<User>> {
    return this.http.get<PagedResult<User>>(this.base, { params: toHttpParams({ ...query }) });
  }

  get(id: string): Observable<User> {
    return this.http.get<User>(`${this.base}/${id}`);
  }

  create(input: CreateUserInput, form?: FormGroup): Observable<User> {
    return this.http.post<User>(this.base, input, { context: formContext(form) });
  }

  update(id: string, input: UpdateUserInput, form?: FormGroup): Observable<User> {
    return this.http.put<User>(`${this.base}/${id}`, input, { context: formContext(form) });
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }
}

@Injectable({ providedIn: 'root' })
export class RolesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/identity/roles';

  /** Every role of the caller's side; there are a handful, so the server does not page them. */
  list(): Observable<PagedResult<Role>> {
    return this.http.get<PagedResult<Role>>(this.base);
  }

  get(id: string): Observable<Role> {
    return this.http.get<Role>(`${this.base}/${id}`);
  }

  create(input: CreateRoleInput, form?: FormGroup): Observable<Role> {
    return this.http.post<Role>(this.base, input, { context: formContext(form) });
  }

  update(id: string, input: UpdateRoleInput, form?: FormGroup): Observable<Role> {
    return this.http.put<Role>(`${this.base}/${id}`, input, { context: formContext(form) });
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }

  permissionCatalog(): Observable<PermissionCatalog> {
    return this.http.get<PermissionCatalog>('/api/identity/permissions');
  }

  setPermissions(id: string, permissions: string[]): Observable<void> {
    return this.http.put<void>(`${this.base}/${id}/permissions`, { permissions });
  }
}
