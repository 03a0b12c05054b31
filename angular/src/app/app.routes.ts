import { Routes } from '@angular/router';

import { Permissions } from './core/auth/permissions';
import { authGuard, landingGuard, permissionGuard } from './core/auth/guards';

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
      { path: '', pathMatch: 'full', canActivate: [landingGuard], children: [] },
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
        path: 'organizations',
        title: 'menu.organizations',
        data: { permission: Permissions.Organizations },
        loadComponent: () =>
          import('./pages/organizations/organizations.page').then((m) => m.OrganizationsPage),
      },
      {
        path: 'members',
        data: { permission: Permissions.Members },
        loadChildren: () => import('./pages/members/members.routes').then((m) => m.MEMBER_ROUTES),
      },
      {
        path: 'development',
        title: 'menu.development',
        data: { permission: Permissions.MembersDevelop },
        loadComponent: () =>
          import('./pages/development/development.page').then((m) => m.DevelopmentPage),
      },
      {
        path: 'transfers',
        title: 'menu.transfers',
        data: { permission: Permissions.MembersTransfers },
        loadComponent: () =>
          import('./pages/transfers/transfers.page').then((m) => m.TransfersPage),
      },
      {
        path: 'workbench',
        title: 'menu.workbench',
        data: { permission: Permissions.MeetingsRecord },
        loadComponent: () => import('./pages/org-life/workbench.page').then((m) => m.WorkbenchPage),
      },
      {
        path: 'meetings',
        data: { permission: Permissions.Meetings },
        loadChildren: () =>
          import('./pages/org-life/meetings.routes').then((m) => m.MEETING_ROUTES),
      },
      {
        path: 'activities',
        data: { permission: Permissions.Activities },
        loadChildren: () =>
          import('./pages/org-life/activities.routes').then((m) => m.ACTIVITY_ROUTES),
      },
      {
        path: 'me',
        title: 'menu.myRecord',
        data: { permission: Permissions.MyRecord },
        loadComponent: () => import('./pages/my-record/my-record.page').then((m) => m.MyRecordPage),
      },
      {
        path: 'settings',
        title: 'menu.settings',
        data: { permission: Permissions.Settings },
        loadComponent: () => import('./pages/settings/settings.page').then((m) => m.SettingsPage),
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
