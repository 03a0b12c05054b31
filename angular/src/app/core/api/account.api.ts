import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { HANDLE_ERRORS_LOCALLY } from '../http/http-context';
import { CurrentUser, LoginInput } from './models';

@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  /**
   * Sets the session cookie; the user is read from `me()` afterwards, which also issues the XSRF-TOKEN cookie.
   * A failed login answers 401, which the login page shows itself instead of redirecting to the login page.
   */
  login(input: LoginInput): Observable<void> {
    return this.http.post<void>('/api/account/login', input, {
      context: new HttpContext().set(HANDLE_ERRORS_LOCALLY, true),
    });
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/account/logout', null, {
      context: new HttpContext().set(HANDLE_ERRORS_LOCALLY, true),
    });
  }

  /** 401 without a session; the caller decides where to go. */
  me(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>('/api/account/me', {
      context: new HttpContext().set(HANDLE_ERRORS_LOCALLY, true),
    });
  }
}
