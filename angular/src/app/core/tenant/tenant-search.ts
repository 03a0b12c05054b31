import {
  Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import { TenantsApi } from '../api/tenants.api';
import { SelectedTenant } from './tenant-context.service';

/** Committees matching what the user types into a committee select, 20 at a time, newest query winning. */
export function searchTenants(
  api: TenantsApi,
  searches: Observable<string>,
  options: { activeOnly?: boolean } = {},
): Observable<SelectedTenant[]> {
  return searches.pipe(
    debounceTime(300),
    startWith(''),
    distinctUntilChanged(),
    switchMap((filter) =>
      api
        .list({
          filter,
          isActive: options.activeOnly ? true : null,
          skipCount: 0,
          maxResultCount: 20,
          sorting: 'code',
        })
        .pipe(
          map((page) => page.items.map(({ id, code, name }) => ({ id, code, name }))),
          catchError(() => of([])),
        ),
    ),
  );
}
