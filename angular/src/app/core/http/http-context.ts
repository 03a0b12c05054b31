import { HttpContext, HttpContextToken } from '@angular/common/http';
import { FormGroup } from '@angular/forms';

/**
 * The caller shows the failure itself (login form, session probe): the error interceptor neither toasts nor
 * redirects to the login page.
 */
export const HANDLE_ERRORS_LOCALLY = new HttpContextToken<boolean>(() => false);

/** The form whose controls receive the field messages of a 400 answer (`errors{}` of the ProblemDetails). */
export const SERVER_ERROR_FORM = new HttpContextToken<FormGroup | null>(() => null);

export function formContext(form: FormGroup | undefined): HttpContext {
  const context = new HttpContext();
  return form ? context.set(SERVER_ERROR_FORM, form) : context;
}
