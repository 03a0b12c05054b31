import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { tap } from 'rxjs';

import { RolesApi, UsersApi } from '../../core/api/identity.api';
import { Role, User } from '../../core/api/models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ConfirmService } from '../../shared/confirm.service';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';

/** 用户管理: the users of the committee the caller acts in (host users: the organization department's). */
@Component({
  selector: 'pb-user-list',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzBadgeModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    PagedTableDirective,
    NzTagModule,
    TranslatePipe,
  ],
  templateUrl: './user-list.page.html',
})
export class UserListPage {
  private readonly api = inject(UsersApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  protected readonly session = inject(SessionService);

  protected readonly canCreate = this.session.can(Permissions.UsersCreate);
  protected readonly canUpdate = this.session.can(Permissions.UsersUpdate);
  protected readonly canDelete = this.session.can(Permissions.UsersDelete);
  protected readonly roles = signal<Role[]>([]);
  /** Role names in the list read better as the roles' display names. */
  protected readonly roleNames = computed(
    () => new Map(this.roles().map((r) => [r.name, r.displayName])),
  );
  protected filter = '';
  protected roleName: string | null = null;

  protected readonly list = new PagedList<User>(
    (page) => this.api.list({ ...page, filter: this.filter.trim(), roleName: this.roleName }),
    { sorting: 'userName' },
  );

  constructor() {
    this.list.load();
    inject(RolesApi)
      .list()
      .subscribe((page) => this.roles.set(page.items));
  }

  /** Identity keeps a lockout end in the past after the lockout is over. */
  protected isLockedOut(user: User): boolean {
    return user.lockoutEnd !== null && new Date(user.lockoutEnd).getTime() > Date.now();
  }

  protected remove(user: User): void {
    const t = (key: string) => this.i18n.fanyi(key, { name: user.userName });
    this.confirm.run(
      {
        title: t('users.confirmDelete'),
        content: t('common.irreversible'),
        okText: t('common.delete'),
        danger: true,
      },
      () =>
        this.api.delete(user.id).pipe(
          tap(() => {
            this.message.success(t('common.deleted'));
            this.list.load();
          }),
        ),
    );
  }
}
