import { OrganizationTreeNode, OrganizationType } from '../api/party.models';
import {
  allowedChildTypes,
  findNode,
  flatten,
  pathTo,
  subtreeIds,
  toTreeNodes,
  totalMembers,
} from './org-tree';

function org(
  id: string,
  type: OrganizationType,
  memberCount: number,
  children: OrganizationTreeNode[] = [],
): OrganizationTreeNode {
  return {
    id,
    parentId: null,
    name: `组织${id}`,
    shortName: null,
    type,
    categoryId: null,
    memberCount,
    warningCount: id === 'b2' ? 1 : 0,
    children,
  };
}

const TREE = [
  org('root', 'PartyCommittee', 1, [
    org('b1', 'Branch', 10, [org('g1', 'PartyGroup', 3)]),
    org('b2', 'Branch', 2),
  ]),
  org('other', 'GeneralBranch', 0),
];

describe('organisation tree helpers', () => {
  it('finds nodes, paths, subtrees and flat lists', () => {
    expect(findNode(TREE, 'g1')?.name).toBe('组织g1');
    expect(findNode(TREE, 'missing')).toBeNull();
    expect(findNode(TREE, null)).toBeNull();
    expect(pathTo(TREE, 'g1')).toEqual(['root', 'b1', 'g1']);
    expect(pathTo(TREE, 'missing')).toEqual([]);
    expect([...subtreeIds(TREE[0].children[0])]).toEqual(['b1', 'g1']);
    expect(flatten(TREE).map((n) => n.id)).toEqual(['root', 'b1', 'g1', 'b2', 'other']);
  });

  it('adds up the members of a subtree', () => {
    expect(totalMembers(TREE[0])).toBe(16);
    expect(totalMembers(TREE[1])).toBe(0);
  });

  it('builds zorro nodes with icons, counts and disabled subtrees', () => {
    const nodes = toTreeNodes(TREE, { disabled: new Set(['b1']) });
    const [root] = nodes;
    expect(root.key).toBe('root');
    expect(root.icon).toBe('bank');
    expect(root.disabled).toBe(false);
    const [b1, b2] = root.children!;
    expect(b1.disabled).toBe(true);
    expect(b1.children![0].disabled).toBe(true);
    expect(b1.children![0].isLeaf).toBe(true);
    expect(b2.disabled).toBe(false);
    expect(b2['warningCount']).toBe(1);
    expect(b2['memberCount']).toBe(2);
  });

  it('allows party groups only under branch-like organisations and nothing under a party group', () => {
    expect(allowedChildTypes('Branch')).toContain('PartyGroup');
    expect(allowedChildTypes('JointBranch')).toContain('PartyGroup');
    expect(allowedChildTypes('PartyCommittee')).not.toContain('PartyGroup');
    expect(allowedChildTypes(null)).not.toContain('PartyGroup');
    expect(allowedChildTypes('PartyGroup')).toEqual([]);
  });
});
