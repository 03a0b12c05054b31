import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { Setting } from './party.models';

@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Setting[]> {
    return this.http.get<Setting[]>('/api/settings');
  }

  /** `value: null` goes back to the default. */
  update(values: { name: string; value: number | null }[]): Observable<Setting[]> {
    return this.http.put<Setting[]>('/api/settings', values);
  }
}
