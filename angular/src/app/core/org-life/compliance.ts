import { MatrixCell, MeetingType } from '../api/org-life.models';

/**
 * How a cell of the compliance matrix reads: `complete` every owed meeting held, `overdue` something past its
 * due date, `open` owed and still in time, `exempt` nothing owed because of exemptions, `none` no rule applies.
 */
export type CellState = 'complete' | 'overdue' | 'open' | 'exempt' | 'none';

export interface CellTotals {
  required: number;
  fulfilled: number;
  overdue: number;
  exempt: number;
}

export function totalsOf(cells: readonly MatrixCell[]): CellTotals {
  return cells.reduce(
    (sum, cell) => ({
      required: sum.required + cell.required,
      fulfilled: sum.fulfilled + Math.min(cell.fulfilled, cell.required),
      overdue: sum.overdue + cell.overdue,
      exempt: sum.exempt + cell.exempt,
    }),
    { required: 0, fulfilled: 0, overdue: 0, exempt: 0 },
  );
}

export function cellState(totals: CellTotals): CellState {
  if (totals.overdue > 0) {
    return 'overdue';
  }
  if (totals.required > 0) {
    return totals.fulfilled >= totals.required ? 'complete' : 'open';
  }
  return totals.exempt > 0 ? 'exempt' : 'none';
}

/** Background colours of the states (tints readable with dark text, WCAG AA). */
export const CELL_COLORS: Record<CellState, string> = {
  complete: '#d9f7be',
  overdue: '#ffccc7',
  open: '#fff1b8',
  exempt: '#f0f0f0',
  none: 'transparent',
};

/**
 * The cells of one organisation and period, restricted to the chosen meeting types (all when none is chosen),
 * so a period column reads as one coloured square.
 */
export function cellsOf(
  cells: readonly MatrixCell[],
  periodKey: string,
  types: readonly MeetingType[],
): MatrixCell[] {
  return cells.filter(
    (cell) =>
      cell.periodKey === periodKey && (types.length === 0 || types.includes(cell.meetingType)),
  );
}
