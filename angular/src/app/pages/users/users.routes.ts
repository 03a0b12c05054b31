import { Routes } from '@angular/router';

import { Permissions } from '../../core/auth/permissions';

export const USER_ROUTES: Routes = [
  {
    path: '',
    title: 'menu.users',
    loadComponent: () => import('./user-list.page').then((m) => m.UserListPage),
  },
  {
    path: 'create',
    title: 'users.create',
    data: { permission: Permissions.UsersCreate },
    loadComponent: () => import('./user-form.page').then((m) => m.UserFormPage),
  },
  {
    path: ':id/edit',
    title: 'users.edit',
    data: { permission: Permissions.UsersUpdate },
    loadComponent: () => import('./user-form.page').then((m) => m.UserFormPage),
  },
];
