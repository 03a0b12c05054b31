import { PermissionCatalog } from '../../core/api/models';
import { buildPermissionTree, togglePermission } from './permission-tree';

const catalog: PermissionCatalog = {
  groups: [
    {
      name: 'Identity',
      displayName: '身份管理',
      permissions: [
        { name: 'PartyBuilding.Users', displayName: '用户', parentName: null },
        {
          name: 'PartyBuilding.Users.Create',
          displayName: '新建',
          parentName: 'PartyBuilding.Users',
        },
        {
          name: 'PartyBuilding.Users.Update',
          displayName: '编辑',
          parentName: 'PartyBuilding.Users',
        },
        { name: 'PartyBuilding.Roles', displayName: '角色', parentName: null },
      ],
    },
    {
      name: 'System',
      displayName: '系统',
      permissions: [{ name: 'PartyBuilding.AuditLogs', displayName: '审计日志', parentName: null }],
    },
  ],
};

describe('permission tree', () => {
  it('nests children under their parent within each group', () => {
    const [identity, system] = buildPermissionTree(catalog);
    expect(identity.permissions.map((p) => p.name)).toEqual([
      'PartyBuilding.Users',
      'PartyBuilding.Roles',
    ]);
    expect(identity.permissions[0].children.map((p) => p.name)).toEqual([
      'PartyBuilding.Users.Create',
      'PartyBuilding.Users.Update',
    ]);
    expect(identity.all).toHaveLength(4);
    expect(system.permissions).toHaveLength(1);
  });

  it('grants the parent together with a child', () => {
    const granted = togglePermission(new Set(), 'PartyBuilding.Users.Create', true, catalog);
    expect([...granted].sort()).toEqual(['PartyBuilding.Users', 'PartyBuilding.Users.Create']);
  });

  it('revokes the children together with their parent', () => {
    const start = new Set([
      'PartyBuilding.Users',
      'PartyBuilding.Users.Create',
      'PartyBuilding.Roles',
    ]);
    const granted = togglePermission(start, 'PartyBuilding.Users', false, catalog);
    expect([...granted]).toEqual(['PartyBuilding.Roles']);
  });

  it('leaves the parent when only a child is revoked', () => {
    const start = new Set(['PartyBuilding.Users', 'PartyBuilding.Users.Create']);
    expect([...togglePermission(start, 'PartyBuilding.Users.Create', false, catalog)]).toEqual([
      'PartyBuilding.Users',
    ]);
  });
});
