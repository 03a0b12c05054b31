import { MemberListItem, OrganizationTreeNode } from '../../core/api/party.models';
import { CalendarEntry } from '../../core/api/org-life.models';
import { calendarLook, entriesByDay } from './meeting-list.page';
import { memberNamed } from './party-members';
import { withPartyGroups } from './workbench.page';

function node(
  id: string,
  type: OrganizationTreeNode['type'],
  children: OrganizationTreeNode[] = [],
) {
  return {
    id,
    parentId: null,
    name: id,
    shortName: null,
    type,
    categoryId: null,
    memberCount: 0,
    warningCount: 0,
    children,
  } satisfies OrganizationTreeNode;
}

describe('organisational life pages', () => {
  it('covers a branch and its 党小组 on the workbench, not other kinds of children', () => {
    const branch = node('branch', 'Branch', [
      node('group1', 'PartyGroup'),
      node('temp', 'TemporaryBranch', [node('group2', 'PartyGroup')]),
    ]);
    expect(withPartyGroups(branch).map((n) => n.id)).toEqual(['branch', 'group1', 'group2']);
  });

  it('links a typed host to a member only when the name is unambiguous', () => {
    const members = [
      { id: 'a', name: '王芳' },
      { id: 'b', name: '李强' },
      { id: 'c', name: '李强' },
    ] as MemberListItem[];
    expect(memberNamed(members, ' 王芳 ')?.id).toBe('a');
    expect(memberNamed(members, '李强')).toBeNull();
    expect(memberNamed(members, '张三')).toBeNull();
  });

  it('puts calendar entries on their committee-local day', () => {
    const entry = (date: string, title: string) => ({ date, title }) as CalendarEntry;
    const days = entriesByDay([
      entry('2026-11-20', '支委会'),
      entry('2026-11-30', '主题党日截止'),
      entry('2026-11-20', '党小组会'),
    ]);
    expect(days.get('2026-11-20')?.map((e) => e.title)).toEqual(['支委会', '党小组会']);
    expect(days.get('2026-11-21')).toBeUndefined();
  });

  it('tells held meetings, drafts, open, overdue and fulfilled due dates apart on the calendar', () => {
    const look = (e: Partial<CalendarEntry>) => calendarLook(e as CalendarEntry).style;
    expect(look({ kind: 'Meeting', meetingStatus: 'Submitted' })).toBe('held');
    expect(look({ kind: 'Meeting', meetingStatus: 'Draft' })).toBe('draft');
    expect(look({ kind: 'Due', slotStatus: 'Open' })).toBe('due');
    expect(look({ kind: 'Due', slotStatus: 'Overdue' })).toBe('overdue');
    expect(look({ kind: 'Due', slotStatus: 'Fulfilled' })).toBe('done');
  });
});
