import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { I18nService, Lang } from '../i18n/i18n.service';
import { acceptLanguageInterceptor } from './accept-language.interceptor';

describe('acceptLanguageInterceptor', () => {
  const lang = signal<Lang>('zh-CN');
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    lang.set('zh-CN');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
        { provide: I18nService, useValue: { lang } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the current language on API calls', () => {
    http.get('/api/identity/users').subscribe();
    expect(backend.expectOne('/api/identity/users').request.headers.get('Accept-Language')).toBe(
      'zh-CN',
    );
  });

  it('follows a language switch on the next call', () => {
    lang.set('en-US');
    http.post('/api/host/tenants', {}).subscribe();
    expect(backend.expectOne('/api/host/tenants').request.headers.get('Accept-Language')).toBe(
      'en-US',
    );
  });

  it('leaves other requests alone', () => {
    http.get('https://cdn.example.com/file.json').subscribe();
    expect(
      backend.expectOne('https://cdn.example.com/file.json').request.headers.has('Accept-Language'),
    ).toBe(false);
  });
});
