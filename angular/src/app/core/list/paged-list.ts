import { DestroyRef, WritableSignal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { Observable, Subject, catchError, finalize, of, switchMap } from 'rxjs';

import { PagedResult } from '../api/models';
import { PagedRequest } from '../api/paging';

export interface PagedListOptions {
  pageSize?: number;
  /** Server sorting used until the user sorts a column, e.g. `creationTime desc`. */
  sorting?: string;
}

/**
 * State of one server-paged nz-table: page, size, sorting and the loaded rows. Create it in a field
 * initializer (it needs the component's injection context) and bind `(nzQueryParams)` to `onQueryParams`.
 */
export class PagedList<T> {
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly loading = signal(false);
  readonly pageIndex = signal(1);
  readonly pageSize: WritableSignal<number>;

  private readonly defaultSorting: string | null;
  private sorting: string | null;
  private readonly requests = new Subject<PagedRequest>();

  constructor(
    fetch: (request: PagedRequest) => Observable<PagedResult<T>>,
    options: PagedListOptions = {},
  ) {
    this.pageSize = signal(options.pageSize ?? 20);
    this.defaultSorting = options.sorting ?? null;
    this.sorting = this.defaultSorting;
    this.requests
      .pipe(
        // A newer query supersedes a slow one, so quick paging never shows an older page last.
        switchMap((request) => {
          this.loading.set(true);
          return fetch(request).pipe(
            // The error interceptor has told the user; keep the rows that were there.
            catchError(() => of(null)),
            finalize(() => this.loading.set(false)),
          );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((page) => {
        if (page) {
          this.items.set(page.items);
          this.total.set(page.totalCount);
        }
      });
  }

  /** Page, size or sort changed in the table. */
  onQueryParams({ pageIndex, pageSize, sort }: NzTableQueryParams): void {
    const sorted = sort.find((s) => s.value);
    const sorting = sorted
      ? `${sorted.key} ${sorted.value === 'descend' ? 'desc' : 'asc'}`
      : this.defaultSorting;
    if (
      pageIndex === this.pageIndex() &&
      pageSize === this.pageSize() &&
      sorting === this.sorting
    ) {
      return;
    }
    this.pageIndex.set(pageIndex);
    this.pageSize.set(pageSize);
    this.sorting = sorting;
    this.load();
  }

  /** New filter values: start again at the first page, not at the offset of the page being viewed. */
  search(): void {
    this.pageIndex.set(1);
    this.load();
  }

  load(): void {
    this.requests.next({
      skipCount: (this.pageIndex() - 1) * this.pageSize(),
      maxResultCount: this.pageSize(),
      sorting: this.sorting,
    });
  }
}
