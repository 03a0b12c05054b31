import { Routes } from '@angular/router';

import { Permissions } from '../../core/auth/permissions';

export const ROLE_ROUTES: Routes = [
  {
    path: '',
    title: 'menu.roles',
    loadComponent: () => import('./role-list.page').then((m) => m.RoleListPage),
  },
  {
    path: 'create',
    title: 'roles.create',
    data: { permission: Permissions.RolesCreate },
    loadComponent: () => import('./role-form.page').then((m) => m.RoleFormPage),
  },
  {
    path: ':id/edit',
    title: 'roles.edit',
    data: { permission: Permissions.RolesUpdate },
    loadComponent: () => import('./role-form.page').then((m) => m.RoleFormPage),
  },
  {
    path: ':id/permissions',
    title: 'roles.permissions',
    data: { permission: Permissions.RolesManagePermissions },
    loadComponent: () => import('./role-permissions.page').then((m) => m.RolePermissionsPage),
  },
];
