import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';

import { SessionService } from '../auth/session.service';
import { TenantContext } from '../tenant/tenant-context.service';
import { isApiRequest } from './api-url';

export const TENANT_HEADER = '__tenant';

/**
 * Routes that stay in the host's own context whatever committee is chosen: the session itself, committee
 * administration, and jobs (a cross-committee view with its own committee filter; triggering is host-only).
 */
const HOST_SCOPED = ['/api/account/', '/api/host/', '/api/jobs'];

/** A host user who chose a committee in the header switcher acts inside it on every other API call. */
export const tenantInterceptor: HttpInterceptorFn = (req, next) => {
  const tenant = inject(TenantContext).current();
  if (!tenant || !inject(SessionService).isHost() || !isApiRequest(req.url)) {
    return next(req);
  }
  if (HOST_SCOPED.some((prefix) => req.url.startsWith(prefix))) {
    return next(req);
  }
  return next(req.clone({ setHeaders: { [TENANT_HEADER]: tenant.id } }));
};
