import { Routes } from '@angular/router';

import { Permissions } from '../../core/auth/permissions';

export const ACTIVITY_ROUTES: Routes = [
  {
    path: '',
    title: 'menu.activities',
    loadComponent: () => import('./activity-list.page').then((m) => m.ActivityListPage),
  },
  {
    path: 'create',
    title: 'orgLife.activity.create',
    data: { permission: Permissions.ActivitiesRecord },
    loadComponent: () => import('./activity-form.page').then((m) => m.ActivityFormPage),
  },
  {
    path: 'review',
    title: 'menu.activityReview',
    data: { permission: Permissions.ActivitiesReview },
    loadComponent: () => import('./review-queue.page').then((m) => m.ReviewQueuePage),
  },
  {
    path: 'categories',
    title: 'menu.activityCategories',
    data: { permission: Permissions.ActivitiesManageCategories },
    loadComponent: () => import('./activity-categories.page').then((m) => m.ActivityCategoriesPage),
  },
  {
    path: ':id',
    title: 'orgLife.activity.title',
    loadComponent: () => import('./activity-form.page').then((m) => m.ActivityFormPage),
  },
];
