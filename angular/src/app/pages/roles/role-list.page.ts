import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { tap } from 'rxjs';

import { RolesApi } from '../../core/api/identity.api';
import { Role } from '../../core/api/models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ConfirmService } from '../../shared/confirm.service';

/** 角色管理: the roles of the caller's side; a committee has a handful, so they are listed whole. */
@Component({
  selector: 'pb-role-list',
  imports: [
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzTableModule,
    NzTagModule,
    TranslatePipe,
  ],
  templateUrl: './role-list.page.html',
})
export class RoleListPage {
  private readonly api = inject(RolesApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  private readonly session = inject(SessionService);

  protected readonly canCreate = this.session.can(Permissions.RolesCreate);
  protected readonly canUpdate = this.session.can(Permissions.RolesUpdate);
  protected readonly canDelete = this.session.can(Permissions.RolesDelete);
  protected readonly canManagePermissions = this.session.can(Permissions.RolesManagePermissions);
  protected readonly roles = signal<Role[]>([]);
  protected readonly loading = signal(false);

  constructor() {
    this.load();
  }

  protected remove(role: Role): void {
    const t = (key: string) => this.i18n.fanyi(key, { name: role.displayName });
    this.confirm.run(
      {
        title: t('roles.confirmDelete'),
        content: t('common.irreversible'),
        okText: t('common.delete'),
        danger: true,
      },
      () =>
        this.api.delete(role.id).pipe(
          tap(() => {
            this.message.success(t('common.deleted'));
            this.load();
          }),
        ),
    );
  }

  private load(): void {
    this.loading.set(true);
    this.api.list().subscribe({
      next: (page) => {
        this.roles.set(page.items);
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }
}
