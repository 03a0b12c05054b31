import { NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';

import { OrganizationTreeNode, OrganizationType } from '../api/party.models';

/** The icon of each organisation type in trees. */
export const ORGANIZATION_TYPE_ICONS: Record<OrganizationType, string> = {
  PartyCommittee: 'bank',
  GeneralBranch: 'cluster',
  Branch: 'flag',
  JointBranch: 'team',
  TemporaryBranch: 'clock-circle',
  PartyGroup: 'user',
};

const BRANCH_LIKE: readonly OrganizationType[] = ['Branch', 'JointBranch', 'TemporaryBranch'];

/** A party group sits only under a branch-like organisation; nothing sits under a party group. */
export function allowedChildTypes(parent: OrganizationType | null): OrganizationType[] {
  if (parent === 'PartyGroup') {
    return [];
  }
  const all: OrganizationType[] = [
    'PartyCommittee',
    'GeneralBranch',
    'Branch',
    'JointBranch',
    'TemporaryBranch',
  ];
  return parent && BRANCH_LIKE.includes(parent) ? [...all, 'PartyGroup'] : all;
}

export interface TreeNodeOptions {
  /** Ids that cannot be chosen (with their subtrees), e.g. an organisation being moved. */
  disabled?: ReadonlySet<string>;
  expandAll?: boolean;
  /** Extra data kept on each node (`origin`), e.g. for custom node templates. */
  withCounts?: boolean;
}

/** nz-tree / nz-tree-select nodes of the organisation tree. */
export function toTreeNodes(
  nodes: readonly OrganizationTreeNode[],
  options: TreeNodeOptions = {},
  parentDisabled = false,
): NzTreeNodeOptions[] {
  return nodes.map((node) => {
    const disabled = parentDisabled || (options.disabled?.has(node.id) ?? false);
    return {
      key: node.id,
      title: node.shortName || node.name,
      icon: ORGANIZATION_TYPE_ICONS[node.type],
      isLeaf: node.children.length === 0,
      expanded: options.expandAll ?? false,
      disabled,
      type: node.type,
      memberCount: node.memberCount,
      warningCount: node.warningCount,
      fullName: node.name,
      children: toTreeNodes(node.children, options, disabled),
    };
  });
}

/** Depth-first search for an organisation by id. */
export function findNode(
  nodes: readonly OrganizationTreeNode[],
  id: string | null | undefined,
): OrganizationTreeNode | null {
  if (!id) {
    return null;
  }
  for (const node of nodes) {
    if (node.id === id) {
      return node;
    }
    const found = findNode(node.children, id);
    if (found) {
      return found;
    }
  }
  return null;
}

/** The ids of a node and of everything below it. */
export function subtreeIds(node: OrganizationTreeNode): Set<string> {
  const ids = new Set<string>([node.id]);
  const visit = (n: OrganizationTreeNode) => {
    for (const child of n.children) {
      ids.add(child.id);
      visit(child);
    }
  };
  visit(node);
  return ids;
}

/** Ids from a root down to (and including) the node, e.g. to expand the tree to a selection. */
export function pathTo(nodes: readonly OrganizationTreeNode[], id: string): string[] {
  for (const node of nodes) {
    if (node.id === id) {
      return [node.id];
    }
    const below = pathTo(node.children, id);
    if (below.length) {
      return [node.id, ...below];
    }
  }
  return [];
}

/** Every organisation, parents before children. */
export function flatten(nodes: readonly OrganizationTreeNode[]): OrganizationTreeNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** Active records placed in the node or anywhere below it. */
export function totalMembers(node: OrganizationTreeNode): number {
  return node.children.reduce((sum, child) => sum + totalMembers(child), node.memberCount);
}
