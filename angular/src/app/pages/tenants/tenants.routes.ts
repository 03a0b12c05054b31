import { Routes } from '@angular/router';

import { Permissions } from '../../core/auth/permissions';

export const TENANT_ROUTES: Routes = [
  {
    path: '',
    title: 'menu.tenants',
    loadComponent: () => import('./tenant-list.page').then((m) => m.TenantListPage),
  },
  {
    path: 'create',
    title: 'tenants.create',
    data: { permission: Permissions.TenantsCreate },
    loadComponent: () => import('./tenant-form.page').then((m) => m.TenantFormPage),
  },
  {
    path: ':id/edit',
    title: 'tenants.edit',
    data: { permission: Permissions.TenantsUpdate },
    loadComponent: () => import('./tenant-form.page').then((m) => m.TenantFormPage),
  },
];
