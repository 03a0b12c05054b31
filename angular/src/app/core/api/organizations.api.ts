import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable, finalize, map, of, shareReplay, tap } from 'rxjs';

import { formContext } from '../http/http-context';
import { PagedResult } from './models';
import {
  CommitteeTerm,
  CommitteeTermInput,
  Organization,
  OrganizationCategory,
  OrganizationCategoryInput,
  OrganizationDetail,
  OrganizationInput,
  OrganizationTreeNode,
} from './party.models';
import { PagedRequest, toHttpParams } from './paging';

@Injectable({ providedIn: 'root' })
export class OrganizationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/organizations';

  /** The organisations in the caller's reach, roots first. */
  tree(): Observable<OrganizationTreeNode[]> {
    return this.http.get<OrganizationTreeNode[]>(`${this.base}/tree`);
  }

  list(
    query: PagedRequest & { filter?: string; parentId?: string },
  ): Observable<PagedResult<Organization>> {
    return this.http.get<PagedResult<Organization>>(this.base, {
      params: toHttpParams({ ...query }),
    });
  }

  get(id: string): Observable<OrganizationDetail> {
    return this.http.get<OrganizationDetail>(`${this.base}/${id}`);
  }

  create(input: OrganizationInput, form?: FormGroup): Observable<OrganizationDetail> {
    return this.http.post<OrganizationDetail>(this.base, input, { context: formContext(form) });
  }

  update(id: string, input: OrganizationInput, form?: FormGroup): Observable<OrganizationDetail> {
    return this.http.put<OrganizationDetail>(`${this.base}/${id}`, input, {
      context: formContext(form),
    });
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }

  move(
    id: string,
    parentId: string | null,
    concurrencyStamp: string,
  ): Observable<OrganizationDetail> {
    return this.http.post<OrganizationDetail>(`${this.base}/${id}/move`, {
      parentId,
      concurrencyStamp,
    });
  }

  logoUrl(id: string, version: string): string {
    // The stamp changes with every save, so a replaced logo is not served from the browser cache.
    return `${this.base}/${id}/brand-logo?v=${encodeURIComponent(version)}`;
  }

  uploadLogo(id: string, file: File): Observable<void> {
    const body = new FormData();
    body.append('file', file);
    return this.http.put<void>(`${this.base}/${id}/brand-logo`, body);
  }

  deleteLogo(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}/brand-logo`);
  }

  terms(id: string): Observable<CommitteeTerm[]> {
    return this.http.get<CommitteeTerm[]>(`${this.base}/${id}/committee-terms`);
  }

  saveTerm(
    organizationId: string,
    termId: string | null,
    input: CommitteeTermInput,
    form?: FormGroup,
  ): Observable<CommitteeTerm> {
    const url = `${this.base}/${organizationId}/committee-terms`;
    const context = formContext(form);
    return termId
      ? this.http.put<CommitteeTerm>(`${url}/${termId}`, input, { context })
      : this.http.post<CommitteeTerm>(url, input, { context });
  }

  deleteTerm(organizationId: string, termId: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${organizationId}/committee-terms/${termId}`);
  }
}

@Injectable({ providedIn: 'root' })
export class OrganizationCategoriesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/organization-categories';

  list(): Observable<OrganizationCategory[]> {
    return this.http.get<OrganizationCategory[]>(this.base);
  }

  save(id: string | null, input: OrganizationCategoryInput): Observable<OrganizationCategory> {
    return id
      ? this.http.put<OrganizationCategory>(`${this.base}/${id}`, input)
      : this.http.post<OrganizationCategory>(this.base, input);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}`);
  }
}

/**
 * The organisation tree of the caller's reach, fetched once and shared by every tree-select of the console;
 * pages that change organisations call `refresh()`.
 */
@Injectable({ providedIn: 'root' })
export class OrganizationTreeStore {
  private readonly api = inject(OrganizationsApi);
  private request: Observable<OrganizationTreeNode[]> | null = null;
  readonly nodes = signal<OrganizationTreeNode[]>([]);
  readonly loaded = signal(false);

  load(): Observable<OrganizationTreeNode[]> {
    this.request ??= this.api.tree().pipe(
      tap((nodes) => {
        this.nodes.set(nodes);
        this.loaded.set(true);
      }),
      finalize(() => (this.request = null)),
      shareReplay(1),
    );
    return this.request;
  }

  /** Loads the tree unless it is already there. */
  ensure(): void {
    if (!this.loaded()) {
      this.load().subscribe({ error: () => undefined });
    }
  }

  /** The first organisation of the caller's reach (a branch secretary's own branch): where new records go. */
  firstId(): Observable<string | null> {
    const nodes = this.loaded() ? of(this.nodes()) : this.load();
    return nodes.pipe(map((list) => list[0]?.id ?? null));
  }

  refresh(): Observable<OrganizationTreeNode[]> {
    this.request = null;
    return this.load();
  }
}
