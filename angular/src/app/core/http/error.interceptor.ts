import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { catchError, throwError } from 'rxjs';

import { problemOf } from '../api/problem-details';
import { SessionService } from '../auth/session.service';
import { applyServerErrors } from '../forms/server-errors';
import { I18nService } from '../i18n/i18n.service';
import { HANDLE_ERRORS_LOCALLY, SERVER_ERROR_FORM } from './http-context';

/**
 * One place that tells the user why a call failed: an expired session goes back to the login page (and returns
 * afterwards), everything else shows the server's ProblemDetails title; field messages go onto the open form.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  if (req.context.get(HANDLE_ERRORS_LOCALLY)) {
    return next(req);
  }
  const router = inject(Router);
  const session = inject(SessionService);
  const message = inject(NzMessageService);
  const i18n = inject(I18nService);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) {
        return throwError(() => error);
      }
      if (error.status === 401) {
        session.clear();
        // Several calls of one page fail together; send the user to the login page once.
        if (!router.url.startsWith('/login')) {
          message.warning(i18n.fanyi('error.sessionExpired'));
          void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
        }
        return throwError(() => error);
      }
      const problem = problemOf(error);
      const form = req.context.get(SERVER_ERROR_FORM);
      const unmatched = form && problem?.errors ? applyServerErrors(form, problem.errors) : [];
      const title = problem?.title || problem?.detail || i18n.fanyi(fallbackKey(error.status));
      message.error(unmatched.length ? `${title}：${unmatched.join('；')}` : title);
      return throwError(() => error);
    }),
  );
};

function fallbackKey(status: number): string {
  if (status === 0) {
    return 'error.network';
  }
  if (status === 403) {
    return 'error.forbidden';
  }
  if (status === 404) {
    return 'error.notFound';
  }
  return status >= 500 ? 'error.server' : 'error.unknown';
}
