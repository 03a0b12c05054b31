import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';

import { PermissionRequirement, Permissions, satisfies } from './permissions';
import { SessionService } from './session.service';

/**
 * Route data key naming the permission a page needs, e.g. `data: { permission: Permissions.Users }`, or a list
 * of permissions that must all be held.
 */
export const PERMISSION_DATA_KEY = 'permission';

/** Only signed-in users pass; others go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  return session.restore().pipe(
    catchError(() => of(null)),
    map(
      (user) =>
        user !== null ||
        router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } }),
    ),
  );
};

/** Pages whose route data names a permission the user lacks answer with the 403 page instead. */
export const permissionGuard: CanActivateFn = (route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const permission = route.data[PERMISSION_DATA_KEY] as PermissionRequirement | undefined;
  return session.restore().pipe(
    catchError(() => of(null)),
    map((user) => {
      if (user === null) {
        return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
      }
      return (
        satisfies(permission, (p) => session.can(p)) || router.createUrlTree(['/exception/403'])
      );
    }),
  );
};

/**
 * The start page: a branch secretary (records meetings, no committee-wide reach) lands on the 支部工作台, where
 * the month's duties are; everybody else on the dashboard.
 */
export const landingGuard: CanActivateFn = () => {
  const session = inject(SessionService);
  const router = inject(Router);
  return session.restore().pipe(
    catchError(() => of(null)),
    map(() =>
      router.createUrlTree([
        session.can(Permissions.MeetingsRecord) &&
        !session.can(Permissions.OrganizationsWholeCommittee)
          ? '/workbench'
          : '/dashboard',
      ]),
    ),
  );
};
