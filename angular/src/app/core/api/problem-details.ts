import { HttpErrorResponse } from '@angular/common/http';

/** RFC 7807 answer of every failed API call (docs/api.md). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** Stable error code such as `PartyBuilding:Tenancy:CodeAlreadyExists`. */
  code?: string;
  /** Validation messages keyed by camelCase field name. */
  errors?: Record<string, string[]>;
  traceId?: string;
}

/** The ProblemDetails body of a failed response, or `null` when the server (or a proxy) sent something else. */
export function problemOf(error: HttpErrorResponse): ProblemDetails | null {
  const body: unknown = error.error;
  if (body && typeof body === 'object' && ('title' in body || 'errors' in body || 'code' in body)) {
    return body as ProblemDetails;
  }
  return null;
}
