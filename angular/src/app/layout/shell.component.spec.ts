import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import zh from '@angular/common/locales/zh';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ALAIN_I18N_TOKEN, provideAlain, zh_CN as delonZhCN } from '@delon/theme';
import { zhCN as dateZhCN } from 'date-fns/locale';
import { zh_CN as zorroZhCN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { firstValueFrom, of } from 'rxjs';

import { AccountApi } from '../core/api/account.api';
import { CurrentUser } from '../core/api/models';
import { Permissions } from '../core/auth/permissions';
import { SessionService } from '../core/auth/session.service';
import { I18nService } from '../core/i18n/i18n.service';
import { ShellComponent } from './shell.component';

const hostAdmin: CurrentUser = {
  id: 'u0',
  userName: 'admin',
  name: '管理员',
  tenant: null,
  isHostUser: true,
  roles: ['OrgDepartmentAdmin'],
  permissions: Object.values(Permissions),
};

const secretary: CurrentUser = {
  id: 'u3',
  userName: 'linxi.secretary',
  name: '李书记',
  tenant: { id: 't1', code: 'linxi', name: '林西县联合党委', timeZone: 'Asia/Shanghai' },
  isHostUser: false,
  roles: ['BranchSecretary'],
  permissions: [Permissions.AuditLogs],
};

describe('ShellComponent', () => {
  async function render(user: CurrentUser): Promise<ComponentFixture<ShellComponent>> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNzIconsTesting(),
        provideAlain({
          config: {},
          defaultLang: {
            abbr: 'zh-CN',
            ng: zh,
            zorro: zorroZhCN,
            date: dateZhCN,
            delon: delonZhCN,
          },
        }),
        { provide: ALAIN_I18N_TOKEN, useExisting: I18nService },
        { provide: AccountApi, useValue: { me: () => of(user) } },
      ],
    });
    await TestBed.inject(I18nService).load('zh-CN');
    await firstValueFrom(TestBed.inject(SessionService).restore());
    const fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
    return fixture;
  }

  function menuTexts(fixture: ComponentFixture<ShellComponent>): string[] {
    const root = fixture.nativeElement as HTMLElement;
    return [
      ...root.querySelectorAll('.pb-sider .ant-menu-title-content, .pb-sider .ant-menu-item a'),
    ]
      .map((el) => el.textContent?.trim() ?? '')
      .filter(Boolean);
  }

  it('gives the host administrator every menu entry and the committee switcher', async () => {
    const fixture = await render(hostAdmin);

    expect(menuTexts(fixture)).toEqual(
      expect.arrayContaining(['工作台', '联合党委管理', '系统管理']),
    );
    expect(fixture.nativeElement.querySelector('[data-testid="tenant-switcher"]')).not.toBeNull();
    TestBed.inject(HttpTestingController)
      .expectOne((req) => req.url === '/api/host/tenants')
      .flush({ items: [], totalCount: 0 });
  });

  it('shows a branch secretary only what the permissions allow, and no switcher', async () => {
    const fixture = await render(secretary);

    const texts = menuTexts(fixture);
    expect(texts).toContain('工作台');
    expect(texts).not.toContain('联合党委管理');
    expect(fixture.nativeElement.querySelector('[data-testid="tenant-switcher"]')).toBeNull();
    expect(fixture.nativeElement.textContent).toContain('林西县联合党委');
    TestBed.inject(HttpTestingController).expectNone('/api/host/tenants');
  });

  it('re-renders in English after a language switch and remembers the choice', async () => {
    const fixture = await render(secretary);

    await TestBed.inject(I18nService).load('en-US');
    await fixture.whenStable();

    expect(menuTexts(fixture)).toEqual(expect.arrayContaining(['Dashboard', 'System']));
    expect(localStorage.getItem('pb.lang')).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');
  });
});
