import { Injectable, signal } from '@angular/core';

export interface SelectedTenant {
  id: string;
  code: string;
  name: string;
}

export const TENANT_STORAGE_KEY = 'pb.tenant';

/**
 * The committee a host (组织部) user is acting in, sent as the `__tenant` header. Kept in sessionStorage so it
 * survives a reload but not a new tab or a new login, which would otherwise carry a stale committee along.
 */
@Injectable({ providedIn: 'root' })
export class TenantContext {
  private readonly state = signal<SelectedTenant | null>(read());

  readonly current = this.state.asReadonly();

  select(tenant: SelectedTenant | null): void {
    if (tenant) {
      sessionStorage.setItem(TENANT_STORAGE_KEY, JSON.stringify(tenant));
    } else {
      sessionStorage.removeItem(TENANT_STORAGE_KEY);
    }
    this.state.set(tenant);
  }
}

function read(): SelectedTenant | null {
  const raw = sessionStorage.getItem(TENANT_STORAGE_KEY);
  if (!raw) {
    return null;
  }
  try {
    const value = JSON.parse(raw) as Partial<SelectedTenant>;
    return value.id && value.code && value.name
      ? { id: value.id, code: value.code, name: value.name }
      : null;
  } catch {
    return null;
  }
}
