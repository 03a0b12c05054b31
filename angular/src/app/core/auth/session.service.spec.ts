import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, of, throwError } from 'rxjs';

import { AccountApi } from '../api/account.api';
import { CurrentUser } from '../api/models';
import { TenantContext } from '../tenant/tenant-context.service';
import { Permissions } from './permissions';
import { SessionService } from './session.service';

describe('SessionService', () => {
  const admin: CurrentUser = {
    id: 'u0',
    userName: 'admin',
    name: '管理员',
    tenant: null,
    isHostUser: true,
    roles: ['OrgDepartmentAdmin'],
    permissions: [Permissions.Tenants, Permissions.Users],
  };
  const api = {
    me: vi.fn(() => of(admin)),
    login: vi.fn(() => of(undefined)),
    logout: vi.fn(() => of(undefined)),
  };

  beforeEach(() => {
    vi.clearAllMocks();
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [{ provide: AccountApi, useValue: api }] });
  });

  it('asks the server once however many guards want the user', async () => {
    const session = TestBed.inject(SessionService);
    const [a, b] = await Promise.all([
      firstValueFrom(session.restore()),
      firstValueFrom(session.restore()),
    ]);
    await firstValueFrom(session.restore());

    expect(a).toBe(admin);
    expect(b).toBe(admin);
    expect(api.me).toHaveBeenCalledTimes(1);
    expect(session.isHost()).toBe(true);
    expect(session.can(Permissions.Tenants)).toBe(true);
    expect(session.can(Permissions.Roles)).toBe(false);
  });

  it('answers null without a session', async () => {
    api.me.mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 401 })));
    const session = TestBed.inject(SessionService);

    expect(await firstValueFrom(session.restore())).toBeNull();
    expect(session.can(Permissions.Users)).toBe(false);
  });

  it('starts a new login in the host context and forgets everything on logout', async () => {
    const session = TestBed.inject(SessionService);
    const context = TestBed.inject(TenantContext);
    context.select({ id: 't9', code: 'old', name: '上一位用户选的联合党委' });

    await firstValueFrom(
      session.login({ tenant: '', userName: 'admin', password: 'Admin#2026pb' }),
    );
    expect(context.current()).toBeNull();
    expect(api.me).toHaveBeenCalled();

    context.select({ id: 't1', code: 'linxi', name: '林西县联合党委' });
    await firstValueFrom(session.logout());
    expect(session.user()).toBeNull();
    expect(session.can(Permissions.Tenants)).toBe(false);
    expect(context.current()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });
});
