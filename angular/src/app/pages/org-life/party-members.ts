import { Observable, catchError, map, of } from 'rxjs';

import { MembersApi } from '../../core/api/members.api';
import { OrganizationTreeStore } from '../../core/api/organizations.api';
import { MemberListItem } from '../../core/api/party.models';

/**
 * The party members (正式 and 预备) on the register of an organisation and its subtree: the people who attend
 * its meetings and take part in its activities. One page of the server's largest size covers any branch.
 */
export function partyMembersOf(
  api: MembersApi,
  organizationId: string,
): Observable<MemberListItem[]> {
  return api
    .list({ organizationId, status: 'Active', skipCount: 0, maxResultCount: 1000, sorting: 'name' })
    .pipe(
      map((page) => page.items.filter((m) => m.stage === 'Full' || m.stage === 'Probationary')),
    );
}

/** The member of that exact name, when exactly one has it: a typed host or speaker is linked to the record. */
export function memberNamed(
  members: readonly MemberListItem[],
  name: string,
): MemberListItem | null {
  const found = members.filter((m) => m.name === name.trim());
  return found.length === 1 ? found[0] : null;
}

/** The organisation a new record starts with: the one the link names, else the first of the caller's reach. */
export function startingOrganization(
  named: string | null,
  tree: OrganizationTreeStore,
): Observable<string | null> {
  return (named ? of(named) : tree.firstId()).pipe(catchError(() => of(null)));
}
