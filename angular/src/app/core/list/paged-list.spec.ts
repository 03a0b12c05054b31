import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { PagedRequest } from '../api/paging';
import { PagedList } from './paged-list';

describe('PagedList', () => {
  let requests: PagedRequest[];
  let list: PagedList<string>;

  beforeEach(() => {
    requests = [];
    list = TestBed.runInInjectionContext(
      () =>
        new PagedList<string>(
          (request) => {
            requests.push(request);
            return of({ items: ['a', 'b'], totalCount: 42 });
          },
          { sorting: 'code' },
        ),
    );
  });

  it('asks for the first page with the default sorting', () => {
    list.load();

    expect(requests).toEqual([{ skipCount: 0, maxResultCount: 20, sorting: 'code' }]);
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.total()).toBe(42);
    expect(list.loading()).toBe(false);
  });

  it('turns table paging and sorting into skipCount, maxResultCount and sorting', () => {
    list.onQueryParams({
      pageIndex: 3,
      pageSize: 10,
      sort: [
        { key: 'code', value: null },
        { key: 'creationTime', value: 'descend' },
      ],
      filter: [],
    });

    expect(requests).toEqual([{ skipCount: 20, maxResultCount: 10, sorting: 'creationTime desc' }]);
  });

  it('ignores the echo the table sends when the list itself moved back to page one', () => {
    list.onQueryParams({ pageIndex: 2, pageSize: 20, sort: [], filter: [] });
    list.search();
    list.onQueryParams({ pageIndex: 1, pageSize: 20, sort: [], filter: [] });

    expect(requests.map((r) => r.skipCount)).toEqual([20, 0]);
  });

  it('falls back to the default sorting when a column is unsorted again', () => {
    list.onQueryParams({
      pageIndex: 1,
      pageSize: 20,
      sort: [{ key: 'name', value: 'ascend' }],
      filter: [],
    });
    list.onQueryParams({
      pageIndex: 1,
      pageSize: 20,
      sort: [{ key: 'name', value: null }],
      filter: [],
    });

    expect(requests.map((r) => r.sorting)).toEqual(['name asc', 'code']);
  });
});
