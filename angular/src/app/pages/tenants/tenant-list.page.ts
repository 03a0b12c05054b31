import { DatePipe } from '@angular/common';
import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { tap } from 'rxjs';

import { Tenant } from '../../core/api/models';
import { TenantsApi } from '../../core/api/tenants.api';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { ConfirmService } from '../../shared/confirm.service';

/** 联合党委管理: the committees (tenants) of the county, host users only. */
@Component({
  selector: 'pb-tenant-list',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzDividerModule,
    NzIconModule,
    NzInputModule,
    NzTableModule,
    PagedTableDirective,
    NzTagModule,
    TranslatePipe,
  ],
  templateUrl: './tenant-list.page.html',
})
export class TenantListPage {
  private readonly api = inject(TenantsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  private readonly confirm = inject(ConfirmService);

  protected readonly canCreate = this.session.can(Permissions.TenantsCreate);
  protected readonly canUpdate = this.session.can(Permissions.TenantsUpdate);
  protected readonly canDelete = this.session.can(Permissions.TenantsDelete);
  protected filter = '';

  protected readonly list = new PagedList<Tenant>(
    (page) => this.api.list({ ...page, filter: this.filter.trim() }),
    { sorting: 'code' },
  );

  constructor() {
    this.list.load();
  }

  protected setActive(tenant: Tenant, isActive: boolean): void {
    const { name, region, timeZone, concurrencyStamp } = tenant;
    const t = (key: string) => this.i18n.fanyi(key, { name });
    this.confirm.run(
      {
        title: t(isActive ? 'tenants.confirmActivate' : 'tenants.confirmDeactivate'),
        content: isActive ? undefined : t('tenants.deactivateHint'),
        okText: t(isActive ? 'tenants.activate' : 'tenants.deactivate'),
        danger: !isActive,
      },
      () =>
        this.api.update(tenant.id, { name, region, timeZone, isActive, concurrencyStamp }).pipe(
          tap(() => {
            this.message.success(t(isActive ? 'tenants.activated' : 'tenants.deactivated'));
            this.list.load();
          }),
        ),
    );
  }

  protected remove(tenant: Tenant): void {
    const t = (key: string) => this.i18n.fanyi(key, { name: tenant.name });
    this.confirm.run(
      {
        title: t('tenants.confirmDelete'),
        content: t('tenants.deleteHint'),
        okText: t('common.delete'),
        danger: true,
      },
      () =>
        this.api.delete(tenant.id).pipe(
          tap(() => {
            this.message.success(t('common.deleted'));
            this.list.load();
          }),
        ),
    );
  }
}
