import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';

import { SessionService } from '../auth/session.service';
import { I18nService } from '../i18n/i18n.service';
import { errorInterceptor } from './error.interceptor';
import { HANDLE_ERRORS_LOCALLY, formContext } from './http-context';

describe('errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  const message = { error: vi.fn(), warning: vi.fn() };
  const session = { clear: vi.fn() };
  const router = { url: '/identity/users?page=2', navigate: vi.fn(() => Promise.resolve(true)) };

  beforeEach(() => {
    vi.clearAllMocks();
    router.url = '/identity/users?page=2';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        { provide: NzMessageService, useValue: message },
        { provide: SessionService, useValue: session },
        { provide: Router, useValue: router },
        { provide: I18nService, useValue: { fanyi: (key: string) => `t:${key}` } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function fail(
    url: string,
    status: number,
    body: string | object | null,
    context?: HttpContext,
  ): unknown {
    let received: unknown;
    http.get(url, { context }).subscribe({ error: (error: unknown) => (received = error) });
    backend.expectOne(url).flush(body, { status, statusText: 'x' });
    return received;
  }

  it('sends the user to the login page with the current page as returnUrl on 401', () => {
    const error = fail('/api/identity/users', 401, null);

    expect(session.clear).toHaveBeenCalled();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/identity/users?page=2' },
    });
    expect(message.warning).toHaveBeenCalledWith('t:error.sessionExpired');
    expect(error).toBeTruthy();
  });

  it('does not redirect again while already on the login page', () => {
    router.url = '/login?returnUrl=%2Fdashboard';
    fail('/api/identity/users', 401, null);

    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('shows the ProblemDetails title', () => {
    fail('/api/host/tenants/1', 409, { title: '数据已被他人修改，请刷新后重试', status: 409 });

    expect(message.error).toHaveBeenCalledWith('数据已被他人修改，请刷新后重试');
  });

  it('puts field messages onto the form that sent the request', () => {
    const form = new FormGroup({ userName: new FormControl('x'), password: new FormControl('') });
    fail(
      '/api/identity/users',
      400,
      {
        title: '输入有误',
        errors: {
          userName: ['用户名已存在'],
          Password: ['密码太弱'],
          tenantCode: ['联合党委不存在'],
        },
      },
      formContext(form),
    );

    expect(form.controls.userName.errors).toEqual({ server: '用户名已存在' });
    expect(form.controls.userName.dirty).toBe(true);
    expect(form.controls.password.errors).toEqual({ server: '密码太弱' });
    // A field the form does not have still reaches the user.
    expect(message.error).toHaveBeenCalledWith('输入有误：联合党委不存在');
  });

  it('falls back to a local message when the answer is not ProblemDetails', () => {
    fail('/api/identity/users', 502, '<html>Bad Gateway</html>');
    expect(message.error).toHaveBeenCalledWith('t:error.server');

    fail('/api/identity/users', 0, null);
    expect(message.error).toHaveBeenLastCalledWith('t:error.network');
  });

  it('stays silent for callers that handle their errors themselves', () => {
    fail(
      '/api/account/login',
      401,
      { title: '用户名或密码错误' },
      new HttpContext().set(HANDLE_ERRORS_LOCALLY, true),
    );

    expect(message.error).not.toHaveBeenCalled();
    expect(router.navigate).not.toHaveBeenCalled();
    expect(session.clear).not.toHaveBeenCalled();
  });
});
