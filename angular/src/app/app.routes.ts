import { Routes } from '@angular/router';

import { Permissions } from './core/auth/permissions';
import { authGuard, permissionGuard } from './core/auth/guards';

export const routes: Routes = [
  {
    path: 'login',
    title: 'login.title',
    loadComponent: () => import('./pages/login/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [permissionGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        title: 'menu.dashboard',
        loadComponent: () =>
          import('./pages/dashboard/dashboard.page').then((m) => m.DashboardPage),
      },
      {
        path: 'tenants',
        data: { permission: Permissions.Tenants },
        loadChildren: () => import('./pages/tenants/tenants.routes').then((m) => m.TENANT_ROUTES),
      },
      {
        path: 'identity/users',
        data: { permission: Permissions.Users },
        loadChildren: () => import('./pages/users/users.routes').then((m) => m.USER_ROUTES),
      },
      {
        path: 'identity/roles',
        data: { permission: Permissions.Roles },
        loadChildren: () => import('./pages/roles/roles.routes').then((m) => m.ROLE_ROUTES),
      },
      {
        path: 'audit-logs',
        title: 'menu.auditLogs',
        data: { permission: Permissions.AuditLogs },
        loadComponent: () =>
          import('./pages/audit-logs/audit-logs.page').then((m) => m.AuditLogsPage),
      },
      {
        path: 'jobs',
        title: 'menu.jobs',
        data: { permission: Permissions.Jobs },
        loadComponent: () => import('./pages/jobs/job-runs.page').then((m) => m.JobRunsPage),
      },
      {
        path: 'exception/:type',
        title: 'exception.title',
        loadComponent: () =>
          import('./pages/exception/exception.page').then((m) => m.ExceptionPage),
      },
      {
        path: '**',
        title: 'exception.title',
        data: { type: 404 },
        loadComponent: () =>
          import('./pages/exception/exception.page').then((m) => m.ExceptionPage),
      },
    ],
  },
];
