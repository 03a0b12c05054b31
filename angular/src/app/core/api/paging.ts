import { HttpParams } from '@angular/common/http';

export interface PagedRequest {
  skipCount: number;
  maxResultCount: number;
  /** `property` or `property desc`, e.g. `creationTime desc`. */
  sorting?: string | null;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Query parameters without the empty ones, so an unset filter is not sent as `?userName=`. */
export function toHttpParams(query: Record<string, QueryValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
