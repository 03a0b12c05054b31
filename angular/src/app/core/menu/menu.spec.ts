import { Permissions } from '../auth/permissions';
import { AppMenu, MenuDefinition, buildMenu } from './menu';

function keys(menu: AppMenu[]): string[] {
  return menu.flatMap((item) => [item.key, ...keys(item.children ?? [])]);
}

function grant(...permissions: string[]): (permission: string) => boolean {
  return (permission) => permissions.includes(permission);
}

describe('buildMenu', () => {
  it('shows the host administrator every page', () => {
    const menu = buildMenu(() => true);
    expect(keys(menu)).toEqual([
      'dashboard',
      'tenants',
      'party',
      'organizations',
      'members',
      'development',
      'transfers',
      'import',
      'statistics',
      'org-life',
      'workbench',
      'meetings',
      'meeting-plan',
      'activities',
      'activity-review',
      'compliance',
      'compliance-charts',
      'inspections',
      'meeting-rules',
      'activity-categories',
      'me',
      'system',
      'users',
      'roles',
      'audit-logs',
      'jobs',
      'settings',
    ]);
  });

  it('hides committee administration from committee users', () => {
    const menu = buildMenu(
      grant(
        Permissions.Users,
        Permissions.UsersCreate,
        Permissions.Roles,
        Permissions.AuditLogs,
        Permissions.Jobs,
      ),
    );
    expect(keys(menu)).toEqual(['dashboard', 'system', 'users', 'roles', 'audit-logs', 'jobs']);
  });

  it('gives a branch secretary the member pages of the party group but not import', () => {
    const menu = buildMenu(
      grant(
        Permissions.Organizations,
        Permissions.Members,
        Permissions.MembersDevelop,
        Permissions.MembersTransfers,
      ),
    );
    expect(keys(menu)).toEqual([
      'dashboard',
      'party',
      'organizations',
      'members',
      'development',
      'transfers',
      'statistics',
    ]);
  });

  it('gives a branch secretary the own branch pages of organisational life, not the committee-wide ones', () => {
    const menu = buildMenu(
      grant(
        Permissions.Meetings,
        Permissions.MeetingsRecord,
        Permissions.Activities,
        Permissions.ActivitiesRecord,
      ),
    );
    expect(keys(menu)).toEqual([
      'dashboard',
      'org-life',
      'workbench',
      'meetings',
      'meeting-plan',
      'activities',
    ]);
  });

  it('shows the compliance views to officers, who hold committee-wide reach', () => {
    const menu = buildMenu(grant(Permissions.Meetings, Permissions.OrganizationsWholeCommittee));
    expect(keys(menu)).toEqual([
      'dashboard',
      'org-life',
      'meetings',
      'meeting-plan',
      'compliance',
      'compliance-charts',
      'inspections',
    ]);
  });

  it('keeps only the allowed entries of a group', () => {
    const menu = buildMenu(grant(Permissions.AuditLogs));
    expect(keys(menu)).toEqual(['dashboard', 'system', 'audit-logs']);
    expect(menu[1].children?.map((c) => c.link)).toEqual(['/audit-logs']);
  });

  it('drops a group with no allowed entry instead of showing it empty', () => {
    expect(keys(buildMenu(grant()))).toEqual(['dashboard']);
  });

  it('does not copy permission names into the items it returns', () => {
    const definitions: MenuDefinition[] = [
      { key: 'a', i18n: 'menu.a', link: '/a', permission: Permissions.Users },
      { key: 'g', i18n: 'menu.g', children: [{ key: 'b', i18n: 'menu.b', link: '/b' }] },
    ];
    const menu = buildMenu(grant(Permissions.Users), definitions);
    expect(menu).toEqual([
      { key: 'a', i18n: 'menu.a', link: '/a' },
      { key: 'g', i18n: 'menu.g', children: [{ key: 'b', i18n: 'menu.b', link: '/b' }] },
    ]);
  });
});
