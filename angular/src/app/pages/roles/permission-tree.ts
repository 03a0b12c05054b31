import { PermissionCatalog } from '../../core/api/models';

export interface PermissionNode {
  name: string;
  displayName: string;
  children: PermissionNode[];
}

export interface PermissionGroupNode {
  name: string;
  displayName: string;
  permissions: PermissionNode[];
  /** Every permission of the group, parents and children, for "select all". */
  all: string[];
}

/** The catalog as groups of nested permissions (the server sends each group flat, children naming a parent). */
export function buildPermissionTree(catalog: PermissionCatalog): PermissionGroupNode[] {
  return catalog.groups.map((group) => {
    const nodes = new Map<string, PermissionNode>(
      group.permissions.map((p) => [
        p.name,
        { name: p.name, displayName: p.displayName, children: [] },
      ]),
    );
    const roots: PermissionNode[] = [];
    for (const permission of group.permissions) {
      const node = nodes.get(permission.name)!;
      const parent = permission.parentName ? nodes.get(permission.parentName) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return {
      name: group.name,
      displayName: group.displayName,
      permissions: roots,
      all: group.permissions.map((p) => p.name),
    };
  });
}

/**
 * The server grants a child only together with its parent (e.g. `Users.Create` needs `Users`): granting adds the
 * ancestors, revoking removes the descendants, so the editor never submits a set the server would refuse.
 */
export function togglePermission(
  granted: ReadonlySet<string>,
  name: string,
  checked: boolean,
  catalog: PermissionCatalog,
): Set<string> {
  const parents = new Map<string, string | null>();
  for (const group of catalog.groups) {
    for (const permission of group.permissions) {
      parents.set(permission.name, permission.parentName);
    }
  }
  const next = new Set(granted);
  if (checked) {
    for (let current: string | null | undefined = name; current; current = parents.get(current)) {
      next.add(current);
    }
  } else {
    next.delete(name);
    // Walk until nothing changes: descendants may be nested more than one level deep.
    let removed = true;
    while (removed) {
      removed = false;
      for (const [child, parent] of parents) {
        if (parent && next.has(child) && !next.has(parent)) {
          next.delete(child);
          removed = true;
        }
      }
    }
  }
  return next;
}
