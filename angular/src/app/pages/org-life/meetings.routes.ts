import { Routes } from '@angular/router';

import { OFFICER_MEETINGS, Permissions } from '../../core/auth/permissions';

export const MEETING_ROUTES: Routes = [
  {
    path: '',
    title: 'menu.meetings',
    loadComponent: () => import('./meeting-list.page').then((m) => m.MeetingListPage),
  },
  {
    path: 'create',
    title: 'orgLife.meeting.create',
    data: { permission: Permissions.MeetingsRecord },
    loadComponent: () => import('./meeting-form.page').then((m) => m.MeetingFormPage),
  },
  {
    path: 'plan',
    title: 'menu.meetingPlan',
    loadComponent: () => import('./plan.page').then((m) => m.PlanPage),
  },
  {
    path: 'compliance',
    title: 'menu.compliance',
    data: { permission: OFFICER_MEETINGS },
    loadComponent: () => import('./compliance.page').then((m) => m.CompliancePage),
  },
  {
    path: 'statistics',
    title: 'menu.complianceCharts',
    data: { permission: OFFICER_MEETINGS },
    loadComponent: () => import('./compliance-charts.page').then((m) => m.ComplianceChartsPage),
  },
  {
    path: 'inspections',
    title: 'menu.inspections',
    data: { permission: OFFICER_MEETINGS },
    loadComponent: () => import('./inspections.page').then((m) => m.InspectionsPage),
  },
  {
    path: 'rules',
    title: 'menu.meetingRules',
    data: { permission: Permissions.MeetingsManageRules },
    loadComponent: () => import('./meeting-rules.page').then((m) => m.MeetingRulesPage),
  },
  {
    path: ':id',
    title: 'orgLife.meeting.title',
    loadComponent: () => import('./meeting-form.page').then((m) => m.MeetingFormPage),
  },
];
