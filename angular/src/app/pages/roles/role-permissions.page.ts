import { NgTemplateOutlet } from '@angular/common';
import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { forkJoin } from 'rxjs';

import { RolesApi } from '../../core/api/identity.api';
import { PermissionCatalog, Role } from '../../core/api/models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PermissionGroupNode, buildPermissionTree, togglePermission } from './permission-tree';

/** Grants of one role, as a tree of large checkboxes (usable with a thumb, unlike a compact nz-tree). */
@Component({
  selector: 'pb-role-permissions',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzSpinModule,
    TranslatePipe,
  ],
  templateUrl: './role-permissions.page.html',
  styleUrl: './role-permissions.page.less',
})
export class RolePermissionsPage implements OnInit {
  private readonly api = inject(RolesApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  readonly id = input.required<string>();

  protected readonly role = signal<Role | null>(null);
  protected readonly groups = signal<PermissionGroupNode[]>([]);
  protected readonly granted = signal<ReadonlySet<string>>(new Set());
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly title = computed(() => {
    this.i18n.lang();
    const role = this.role();
    return this.i18n.fanyi('roles.permissionsOf', { name: role?.displayName ?? '' });
  });
  private catalog: PermissionCatalog = { groups: [] };

  ngOnInit(): void {
    forkJoin({ role: this.api.get(this.id()), catalog: this.api.permissionCatalog() }).subscribe({
      next: ({ role, catalog }) => {
        this.catalog = catalog;
        this.role.set(role);
        this.groups.set(buildPermissionTree(catalog));
        this.granted.set(new Set(role.permissions));
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }

  protected toggle(name: string, checked: boolean): void {
    this.granted.set(togglePermission(this.granted(), name, checked, this.catalog));
  }

  protected groupState(group: PermissionGroupNode): 'all' | 'some' | 'none' {
    const count = group.all.filter((name) => this.granted().has(name)).length;
    return count === 0 ? 'none' : count === group.all.length ? 'all' : 'some';
  }

  protected toggleGroup(group: PermissionGroupNode, checked: boolean): void {
    const next = new Set(this.granted());
    for (const name of group.all) {
      if (checked) {
        next.add(name);
      } else {
        next.delete(name);
      }
    }
    this.granted.set(next);
  }

  protected save(): void {
    const role = this.role();
    if (!role) {
      return;
    }
    this.saving.set(true);
    this.api.setPermissions(role.id, [...this.granted()]).subscribe({
      next: () => {
        this.message.success(this.i18n.fanyi('common.saved', { name: role.displayName }));
        void this.router.navigate(['/identity/roles']);
      },
      error: () => this.saving.set(false),
    });
  }
}
