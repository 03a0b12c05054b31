import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { Observable, firstValueFrom, of, throwError } from 'rxjs';

import { AccountApi } from '../api/account.api';
import { CurrentUser } from '../api/models';
import { authGuard, landingGuard, permissionGuard } from './guards';
import { Permissions } from './permissions';
import { SessionService } from './session.service';

describe('route guards', () => {
  const officer: CurrentUser = {
    id: 'u1',
    userName: 'linxi.officer',
    name: '王干事',
    tenant: { id: 't1', code: 'linxi', name: '林西县联合党委', timeZone: 'Asia/Shanghai' },
    isHostUser: false,
    roles: ['CommitteeOfficer'],
    permissions: [Permissions.Users, Permissions.AuditLogs],
  };
  /** What GET /api/account/me answers; the real SessionService and delon ACL sit between it and the guards. */
  let me: () => Observable<CurrentUser>;

  beforeEach(() => {
    me = () => of(officer);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AccountApi, useValue: { me: () => me() } }],
    });
  });

  function run(
    guard: typeof permissionGuard,
    data: Record<string, unknown>,
    url: string,
  ): Promise<boolean | UrlTree> {
    const route = { data } as unknown as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    const result = TestBed.runInInjectionContext(() => guard(route, state));
    return firstValueFrom(result as Observable<boolean | UrlTree>);
  }

  function serialize(result: boolean | UrlTree): string | boolean {
    return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
  }

  it('lets a user with the permission in', async () => {
    expect(await run(permissionGuard, { permission: Permissions.Users }, '/identity/users')).toBe(
      true,
    );
  });

  it('lets anybody signed in open pages that name no permission', async () => {
    expect(await run(permissionGuard, {}, '/dashboard')).toBe(true);
  });

  it('answers with the 403 page when the permission is missing', async () => {
    const result = await run(permissionGuard, { permission: Permissions.Tenants }, '/tenants');
    expect(serialize(result)).toBe('/exception/403');
  });

  it('checks the exact permission: list access does not grant creation', async () => {
    const result = await run(
      permissionGuard,
      { permission: Permissions.UsersCreate },
      '/identity/users/create',
    );
    expect(serialize(result)).toBe('/exception/403');
  });

  it('sends visitors without a session to the login page and back afterwards', async () => {
    me = () => throwError(() => new HttpErrorResponse({ status: 401 }));
    const result = await run(
      permissionGuard,
      { permission: Permissions.Users },
      '/identity/users?page=2',
    );
    expect(serialize(result)).toBe('/login?returnUrl=%2Fidentity%2Fusers%3Fpage%3D2');
    expect(serialize(await run(authGuard, {}, '/dashboard'))).toBe('/login?returnUrl=%2Fdashboard');
  });

  it('treats an unreachable server like a missing session', async () => {
    me = () => throwError(() => new HttpErrorResponse({ status: 0 }));
    expect(serialize(await run(authGuard, {}, '/dashboard'))).toBe('/login?returnUrl=%2Fdashboard');
  });

  it('requires every permission of a list', async () => {
    const both = [Permissions.Users, Permissions.AuditLogs];
    expect(await run(permissionGuard, { permission: both }, '/x')).toBe(true);
    const result = await run(
      permissionGuard,
      { permission: [Permissions.Users, Permissions.Jobs] },
      '/x',
    );
    expect(serialize(result)).toBe('/exception/403');
  });

  it('lands a branch secretary on the workbench and an officer on the dashboard', async () => {
    me = () => of({ ...officer, permissions: [Permissions.Meetings, Permissions.MeetingsRecord] });
    expect(serialize(await run(landingGuard, {}, '/'))).toBe('/workbench');

    TestBed.inject(SessionService).clear();
    me = () =>
      of({
        ...officer,
        permissions: [Permissions.MeetingsRecord, Permissions.OrganizationsWholeCommittee],
      });
    expect(serialize(await run(landingGuard, {}, '/'))).toBe('/dashboard');
  });
});
