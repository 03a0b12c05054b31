import { MeetingType, PlanSlot, SlotStatus } from '../api/org-life.models';
import { dueOverview, overdueGroups, progressOf, slotsByPeriod } from './plan';

function slot(
  meetingType: MeetingType,
  periodKey: string,
  dueOn: string,
  status: SlotStatus = 'Open',
): PlanSlot {
  return {
    organizationId: 'o1',
    meetingType,
    periodKey,
    sequence: 1,
    dueOn,
    ruleId: 'r1',
    citation: '《中国共产党支部工作条例（试行）》',
    status,
    exemptionReason: null,
    exemptionCode: null,
    meetingId: null,
    meetingHeldOn: null,
  };
}

const now = { month: '2026-11', quarter: '2026-Q4', year: '2026' };

describe('plan overview', () => {
  const slots = [
    slot('BranchCommittee', '2026-10', '2026-10-31', 'Overdue'),
    slot('ThemedPartyDay', '2026-11', '2026-11-30'),
    slot('BranchCommittee', '2026-11', '2026-11-30', 'Fulfilled'),
    slot('PartyMemberAssembly', '2026-Q4', '2026-12-31'),
    slot('PartyMemberAssembly', '2026-Q3', '2026-09-30', 'Overdue'),
    slot('OrganizationalLife', '2026', '2026-12-31'),
    slot('BranchCommittee', '2026-12', '2026-12-31'),
  ];

  it('keeps the running month, quarter and year apart and leaves later months out', () => {
    const overview = dueOverview(slots, now);
    expect(overview.month.map((s) => s.meetingType)).toEqual(['BranchCommittee', 'ThemedPartyDay']);
    expect(overview.quarter.map((s) => s.meetingType)).toEqual(['PartyMemberAssembly']);
    expect(overview.year.map((s) => s.meetingType)).toEqual(['OrganizationalLife']);
  });

  it('lists overdue slots of earlier periods, earliest first', () => {
    expect(dueOverview(slots, now).overdue.map((s) => s.periodKey)).toEqual(['2026-Q3', '2026-10']);
  });

  it('counts exempt slots as neither owed nor done', () => {
    expect(
      progressOf([
        slot('BranchCommittee', '2026-11', '2026-11-30', 'Fulfilled'),
        slot('ThemedPartyDay', '2026-11', '2026-11-30'),
        slot('PartyGroup', '2026-11', '2026-11-30', 'Exempt'),
      ]),
    ).toEqual({ done: 1, total: 2 });
  });

  it('groups the year plan by period in due order', () => {
    expect(slotsByPeriod(slots).map((g) => g.periodKey)).toEqual([
      '2026-Q3',
      '2026-10',
      '2026-11',
      '2026-12',
      '2026-Q4',
      '2026',
    ]);
  });

  it('sums overdue slots per organisation and type, from the earliest', () => {
    const groups = overdueGroups([
      slot('BranchCommittee', '2026-02', '2026-02-28', 'Overdue'),
      slot('ThemedPartyDay', '2026-01', '2026-01-31', 'Overdue'),
      slot('BranchCommittee', '2026-01', '2026-01-31', 'Overdue'),
      { ...slot('BranchCommittee', '2026-01', '2026-01-31', 'Overdue'), organizationId: 'o2' },
    ]);
    expect(
      groups.map((g) => [g.first.organizationId, g.first.meetingType, g.first.dueOn, g.count]),
    ).toEqual([
      ['o1', 'BranchCommittee', '2026-01-31', 2],
      ['o2', 'BranchCommittee', '2026-01-31', 1],
      ['o1', 'ThemedPartyDay', '2026-01-31', 1],
    ]);
  });
});
