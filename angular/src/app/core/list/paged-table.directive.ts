import {
  ChangeDetectorRef,
  DestroyRef,
  Directive,
  SimpleChange,
  SimpleChanges,
  effect,
  inject,
  input,
} from '@angular/core';
import { NzTableComponent } from 'ng-zorro-antd/table';

import { PagedList } from './paged-list';

/**
 * Binds a server-paged `PagedList` to an nz-table: rows, total, page, size, loading state and the table's
 * query parameters, with server pagination and the page-size changer on —
 * `<nz-table #table [pbPagedList]="list" [nzShowTotal]="totalTpl">`.
 */
@Directive({ selector: 'nz-table[pbPagedList]' })
export class PagedTableDirective<T> {
  readonly list = input.required<PagedList<T>>({ alias: 'pbPagedList' });

  private readonly table = inject<NzTableComponent<T>>(NzTableComponent);
  private readonly cdr = inject(ChangeDetectorRef);
  private first = true;

  constructor() {
    const subscription = this.table.nzQueryParams.subscribe((params) =>
      this.list().onQueryParams(params),
    );
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());

    effect(() => {
      const list = this.list();
      const values: Partial<NzTableComponent<T>> = {
        nzData: list.items(),
        nzTotal: list.total(),
        nzPageIndex: list.pageIndex(),
        nzPageSize: list.pageSize(),
        nzLoading: list.loading(),
      };
      if (this.first) {
        Object.assign(values, { nzFrontPagination: false, nzShowSizeChanger: true });
      }
      // Inputs written from code do not pass through ngOnChanges; hand the table the same notice a template
      // binding would, so its data service sees the new page.
      const changes: SimpleChanges = {};
      for (const [key, value] of Object.entries(values)) {
        const table = this.table as unknown as Record<string, unknown>;
        const previous = table[key];
        if (previous !== value || this.first) {
          table[key] = value;
          changes[key] = new SimpleChange(previous, value, this.first);
        }
      }
      this.first = false;
      this.table.ngOnChanges(changes);
      this.cdr.markForCheck();
    });
  }
}
