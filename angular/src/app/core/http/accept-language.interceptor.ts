import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';

import { I18nService } from '../i18n/i18n.service';
import { isApiRequest } from './api-url';

/** The server localizes ProblemDetails titles and validation messages by `Accept-Language`. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req.url)) {
    return next(req);
  }
  const lang = inject(I18nService).lang();
  return next(req.clone({ setHeaders: { 'Accept-Language': lang } }));
};
