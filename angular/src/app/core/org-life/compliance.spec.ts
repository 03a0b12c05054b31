import { MatrixCell, MeetingType } from '../api/org-life.models';
import { cellState, cellsOf, totalsOf } from './compliance';

function cell(
  meetingType: MeetingType,
  required: number,
  fulfilled: number,
  overdue = 0,
  exempt = 0,
  periodKey = '2026-11',
): MatrixCell {
  return { periodKey, meetingType, required, fulfilled, overdue, exempt };
}

describe('compliance matrix cells', () => {
  it('is complete when every owed meeting was held', () => {
    expect(cellState(totalsOf([cell('BranchCommittee', 1, 1), cell('ThemedPartyDay', 1, 1)]))).toBe(
      'complete',
    );
  });

  it('is overdue as soon as one type is overdue, whatever the others did', () => {
    expect(
      cellState(totalsOf([cell('BranchCommittee', 1, 0, 1), cell('ThemedPartyDay', 1, 1)])),
    ).toBe('overdue');
  });

  it('is open while something is owed but not yet late', () => {
    expect(cellState(totalsOf([cell('BranchCommittee', 1, 0), cell('ThemedPartyDay', 1, 1)]))).toBe(
      'open',
    );
  });

  it('does not let extra meetings of one type make up for a missing one of another', () => {
    const totals = totalsOf([cell('BranchCommittee', 1, 3), cell('ThemedPartyDay', 1, 0)]);
    expect(totals.fulfilled).toBe(1);
    expect(cellState(totals)).toBe('open');
  });

  it('tells exempt periods from periods without any rule', () => {
    expect(cellState(totalsOf([cell('PartyMemberAssembly', 0, 0, 0, 1)]))).toBe('exempt');
    expect(cellState(totalsOf([cell('PartyGroup', 0, 0)]))).toBe('none');
    expect(cellState(totalsOf([]))).toBe('none');
  });

  it('keeps the cells of the period and the chosen types', () => {
    const cells = [
      cell('BranchCommittee', 1, 1),
      cell('ThemedPartyDay', 1, 0),
      cell('BranchCommittee', 1, 0, 0, 0, '2026-12'),
    ];
    expect(cellsOf(cells, '2026-11', [])).toHaveLength(2);
    expect(cellsOf(cells, '2026-11', ['ThemedPartyDay'])).toEqual([cells[1]]);
  });
});
