import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { ACLService } from '@delon/acl';
import {
  Observable,
  catchError,
  finalize,
  of,
  shareReplay,
  switchMap,
  tap,
  throwError,
} from 'rxjs';

import { AccountApi } from '../api/account.api';
import { CurrentUser, LoginInput } from '../api/models';
import { TenantContext } from '../tenant/tenant-context.service';

/** The signed-in user of the cookie session; permissions are mirrored into delon's ACL. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly api = inject(AccountApi);
  private readonly acl = inject(ACLService);
  private readonly tenantContext = inject(TenantContext);
  private readonly state = signal<CurrentUser | null>(null);
  private probe: Observable<CurrentUser | null> | null = null;

  readonly user = this.state.asReadonly();
  /** Users of the county organization department: no committee of their own, may act in any. */
  readonly isHost = computed(() => this.state()?.isHostUser === true);

  /** Asks the server once per page load whether the session cookie is still valid; `null` when it is not. */
  restore(): Observable<CurrentUser | null> {
    const user = this.state();
    if (user) {
      return of(user);
    }
    this.probe ??= this.api.me().pipe(
      tap((me) => this.set(me)),
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 401
          ? of(null)
          : throwError(() => error),
      ),
      finalize(() => (this.probe = null)),
      shareReplay(1),
    );
    return this.probe;
  }

  /** A new login starts in the host's own context, whatever committee the last user of this tab had chosen. */
  login(input: LoginInput): Observable<CurrentUser> {
    this.tenantContext.select(null);
    return this.api.login(input).pipe(
      switchMap(() => this.api.me()),
      tap((me) => this.set(me)),
    );
  }

  logout(): Observable<void> {
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      finalize(() => this.clear()),
    );
  }

  /** Forgets the user after a logout or an expired session (401). */
  clear(): void {
    this.state.set(null);
    this.acl.set({});
    this.tenantContext.select(null);
  }

  /** Reactive in templates and computed signals: reads the user signal before asking the ACL. */
  can(permission: string): boolean {
    return this.state() !== null && this.acl.canAbility(permission);
  }

  private set(user: CurrentUser): void {
    this.acl.set({ ability: user.permissions, role: user.roles });
    this.state.set(user);
  }
}
