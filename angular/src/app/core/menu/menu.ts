import { Menu } from '@delon/theme';

import {
  OFFICER_MEETINGS,
  PermissionRequirement,
  Permissions,
  satisfies,
} from '../auth/permissions';

/** A side-menu entry; `i18n` is the dictionary key of its text. */
export interface AppMenu extends Menu {
  key: string;
  i18n: string;
  icon?: string;
  link?: string;
  children?: AppMenu[];
}

export interface MenuDefinition {
  key: string;
  i18n: string;
  icon?: string;
  link?: string;
  /** Shown only to users holding it (all of them, for a list). */
  permission?: PermissionRequirement;
  children?: MenuDefinition[];
}

export const MENU: readonly MenuDefinition[] = [
  { key: 'dashboard', i18n: 'menu.dashboard', icon: 'dashboard', link: '/dashboard' },
  {
    key: 'tenants',
    i18n: 'menu.tenants',
    icon: 'apartment',
    link: '/tenants',
    permission: Permissions.Tenants,
  },
  {
    key: 'party',
    i18n: 'menu.party',
    icon: 'team',
    children: [
      {
        key: 'organizations',
        i18n: 'menu.organizations',
        link: '/organizations',
        permission: Permissions.Organizations,
      },
      { key: 'members', i18n: 'menu.members', link: '/members', permission: Permissions.Members },
      {
        key: 'development',
        i18n: 'menu.development',
        link: '/development',
        permission: Permissions.MembersDevelop,
      },
      {
        key: 'transfers',
        i18n: 'menu.transfers',
        link: '/transfers',
        permission: Permissions.MembersTransfers,
      },
      {
        key: 'import',
        i18n: 'menu.import',
        link: '/members/import',
        permission: Permissions.MembersImport,
      },
      {
        key: 'statistics',
        i18n: 'menu.statistics',
        link: '/members/statistics',
        permission: Permissions.Members,
      },
    ],
  },
  {
    key: 'org-life',
    i18n: 'menu.orgLife',
    icon: 'flag',
    children: [
      {
        key: 'workbench',
        i18n: 'menu.workbench',
        link: '/workbench',
        permission: Permissions.MeetingsRecord,
      },
      {
        key: 'meetings',
        i18n: 'menu.meetings',
        link: '/meetings',
        permission: Permissions.Meetings,
      },
      {
        key: 'meeting-plan',
        i18n: 'menu.meetingPlan',
        link: '/meetings/plan',
        permission: Permissions.Meetings,
      },
      {
        key: 'activities',
        i18n: 'menu.activities',
        link: '/activities',
        permission: Permissions.Activities,
      },
      {
        key: 'activity-review',
        i18n: 'menu.activityReview',
        link: '/activities/review',
        permission: Permissions.ActivitiesReview,
      },
      {
        key: 'compliance',
        i18n: 'menu.compliance',
        link: '/meetings/compliance',
        permission: OFFICER_MEETINGS,
      },
      {
        key: 'compliance-charts',
        i18n: 'menu.complianceCharts',
        link: '/meetings/statistics',
        permission: OFFICER_MEETINGS,
      },
      {
        key: 'inspections',
        i18n: 'menu.inspections',
        link: '/meetings/inspections',
        permission: OFFICER_MEETINGS,
      },
      {
        key: 'meeting-rules',
        i18n: 'menu.meetingRules',
        link: '/meetings/rules',
        permission: Permissions.MeetingsManageRules,
      },
      {
        key: 'activity-categories',
        i18n: 'menu.activityCategories',
        link: '/activities/categories',
        permission: Permissions.ActivitiesManageCategories,
      },
    ],
  },
  {
    key: 'me',
    i18n: 'menu.myRecord',
    icon: 'idcard',
    link: '/me',
    permission: Permissions.MyRecord,
  },
  {
    key: 'system',
    i18n: 'menu.system',
    icon: 'setting',
    children: [
      { key: 'users', i18n: 'menu.users', link: '/identity/users', permission: Permissions.Users },
      { key: 'roles', i18n: 'menu.roles', link: '/identity/roles', permission: Permissions.Roles },
      {
        key: 'audit-logs',
        i18n: 'menu.auditLogs',
        link: '/audit-logs',
        permission: Permissions.AuditLogs,
      },
      { key: 'jobs', i18n: 'menu.jobs', link: '/jobs', permission: Permissions.Jobs },
      {
        key: 'settings',
        i18n: 'menu.settings',
        link: '/settings',
        permission: Permissions.Settings,
      },
    ],
  },
];

/**
 * The menu a user may see: entries whose permission the user lacks are dropped, and so are groups left without
 * children, so nobody opens an empty "系统管理".
 */
export function buildMenu(
  can: (permission: string) => boolean,
  definitions: readonly MenuDefinition[] = MENU,
): AppMenu[] {
  const menu: AppMenu[] = [];
  for (const { permission, children, ...item } of definitions) {
    if (!satisfies(permission, can)) {
      continue;
    }
    if (children) {
      const visible = buildMenu(can, children);
      if (visible.length > 0) {
        menu.push({ ...item, children: visible });
      }
    } else {
      menu.push({ ...item });
    }
  }
  return menu;
}
