import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { SessionService } from '../auth/session.service';
import { SelectedTenant, TenantContext } from '../tenant/tenant-context.service';
import { TENANT_HEADER, tenantInterceptor } from './tenant.interceptor';

describe('tenantInterceptor', () => {
  const linxi: SelectedTenant = {
    id: '6f1c0c1e-0000-4000-8000-000000000001',
    code: 'linxi',
    name: '林西县联合党委',
  };
  const current = signal<SelectedTenant | null>(null);
  const isHost = signal(true);
  let http: HttpClient;
  let backend: HttpTestingController;

  function headerOf(url: string): string | null {
    http.get(url).subscribe();
    return backend.expectOne(url).request.headers.get(TENANT_HEADER);
  }

  beforeEach(() => {
    current.set(linxi);
    isHost.set(true);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([tenantInterceptor])),
        provideHttpClientTesting(),
        { provide: TenantContext, useValue: { current } },
        { provide: SessionService, useValue: { isHost } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the chosen committee for a host user', () => {
    expect(headerOf('/api/identity/users')).toBe(linxi.id);
    expect(headerOf('/api/audit-logs')).toBe(linxi.id);
  });

  it('sends nothing when the host user acts in the host itself', () => {
    current.set(null);
    expect(headerOf('/api/identity/users')).toBeNull();
  });

  it('never sends a committee for committee users, even one left over in the tab', () => {
    isHost.set(false);
    expect(headerOf('/api/identity/users')).toBeNull();
  });

  it('keeps the session, committee administration and jobs in the host context', () => {
    expect(headerOf('/api/account/me')).toBeNull();
    expect(headerOf('/api/host/tenants')).toBeNull();
    expect(headerOf('/api/jobs/runs')).toBeNull();
  });

  it('does not send the header to other origins', () => {
    expect(headerOf('https://example.com/api/identity/users')).toBeNull();
  });
});
