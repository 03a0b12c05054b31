import { Routes } from '@angular/router';

import { Permissions } from '../../core/auth/permissions';

export const MEMBER_ROUTES: Routes = [
  {
    path: '',
    title: 'menu.members',
    loadComponent: () => import('./member-list.page').then((m) => m.MemberListPage),
  },
  {
    path: 'create',
    title: 'members.create',
    data: { permission: Permissions.MembersCreate },
    loadComponent: () => import('./member-form.page').then((m) => m.MemberFormPage),
  },
  {
    path: 'import',
    title: 'menu.import',
    data: { permission: Permissions.MembersImport },
    loadComponent: () => import('../import/import.page').then((m) => m.ImportPage),
  },
  {
    path: 'statistics',
    title: 'menu.statistics',
    loadComponent: () => import('../statistics/statistics.page').then((m) => m.StatisticsPage),
  },
  {
    path: ':id/edit',
    title: 'members.edit',
    data: { permission: Permissions.MembersUpdate },
    loadComponent: () => import('./member-form.page').then((m) => m.MemberFormPage),
  },
  {
    path: ':id',
    title: 'members.detail',
    loadComponent: () => import('./member-detail.page').then((m) => m.MemberDetailPage),
  },
];
