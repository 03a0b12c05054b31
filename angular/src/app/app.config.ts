import { registerLocaleData } from '@angular/common';
import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import en from '@angular/common/locales/en';
import zh from '@angular/common/locales/zh';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { ALAIN_I18N_TOKEN, TitleService, provideAlain, zh_CN as delonZhCN } from '@delon/theme';
import { AlainConfig } from '@delon/util/config';
import { zhCN as dateZhCN } from 'date-fns/locale';
import { zh_CN as zorroZhCN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideEchartsCore } from 'ngx-echarts';

import { routes } from './app.routes';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { errorInterceptor } from './core/http/error.interceptor';
import { tenantInterceptor } from './core/http/tenant.interceptor';
import { I18nService } from './core/i18n/i18n.service';
import { I18nTitleStrategy, RouteTitleService } from './core/i18n/title.strategy';
import { ICONS } from './icons';

registerLocaleData(en, 'en-US');

const alainConfig: AlainConfig = {
  pageHeader: { homeI18n: 'menu.home', recursiveBreadcrumb: true },
};

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useExisting: I18nTitleStrategy },
    { provide: TitleService, useClass: RouteTitleService },
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([acceptLanguageInterceptor, tenantInterceptor, errorInterceptor]),
    ),
    provideAlain({
      config: alainConfig,
      defaultLang: { abbr: 'zh-CN', ng: zh, zorro: zorroZhCN, date: dateZhCN, delon: delonZhCN },
    }),
    // One instance serves our pipe and delon's components (provideAlain's i18nClass would create a second one).
    { provide: ALAIN_I18N_TOKEN, useExisting: I18nService },
    provideNzIcons(ICONS),
    // echarts is ~600 kB: fetched the first time a chart is shown, not with the shell.
    provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.default) }),
    provideAppInitializer(() => {
      const i18n = inject(I18nService);
      return i18n.load(i18n.storedLang());
    }),
  ],
};
