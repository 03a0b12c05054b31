import { PlanSlot, SlotStatus } from '../api/org-life.models';
import { PeriodKeys, parsePeriod, periodRange } from './periods';

export interface DueOverview<T extends PlanSlot = PlanSlot> {
  /** Slots of the running month, quarter and year (done ones included, so progress shows). */
  month: T[];
  quarter: T[];
  year: T[];
  /** Slots past their due date and unfilled, of any period. */
  overdue: T[];
}

const byDueDate = (a: PlanSlot, b: PlanSlot) =>
  a.dueOn.localeCompare(b.dueOn) || a.meetingType.localeCompare(b.meetingType);

/** What a secretary owes now: the running periods' slots and every overdue one, earliest due first. */
export function dueOverview<T extends PlanSlot>(
  slots: readonly T[],
  now: PeriodKeys,
): DueOverview<T> {
  const of = (key: string) => slots.filter((s) => s.periodKey === key).sort(byDueDate);
  return {
    month: of(now.month),
    quarter: of(now.quarter),
    year: of(now.year),
    overdue: slots.filter((s) => s.status === 'Overdue').sort(byDueDate),
  };
}

/** Done (or excused) versus owed, for the progress of a period group. */
export function progressOf(slots: readonly PlanSlot[]): { done: number; total: number } {
  const owed = slots.filter((s) => s.status !== 'Exempt');
  return { done: owed.filter((s) => s.status === 'Fulfilled').length, total: owed.length };
}

export const SLOT_COLORS: Record<SlotStatus, string> = {
  Fulfilled: 'success',
  Open: 'blue',
  Overdue: 'error',
  Exempt: 'default',
};

const KIND_ORDER = { Month: 0, Quarter: 1, Year: 2 } as const;

/** Periods in the order they end; a month before the quarter and the year ending with it. */
function comparePeriods(a: string, b: string): number {
  const [pa, pb] = [parsePeriod(a), parsePeriod(b)];
  if (!pa || !pb) {
    return a.localeCompare(b);
  }
  return (
    periodRange(a)!.to.localeCompare(periodRange(b)!.to) ||
    KIND_ORDER[pa.kind] - KIND_ORDER[pb.kind]
  );
}

/** Plan slots grouped by period, periods in the order they end, for the plan page. */
export function slotsByPeriod(
  slots: readonly PlanSlot[],
): { periodKey: string; slots: PlanSlot[] }[] {
  const groups = new Map<string, PlanSlot[]>();
  for (const slot of [...slots].sort(byDueDate)) {
    const group = groups.get(slot.periodKey) ?? [];
    group.push(slot);
    groups.set(slot.periodKey, group);
  }
  return [...groups.keys()]
    .sort(comparePeriods)
    .map((periodKey) => ({ periodKey, slots: groups.get(periodKey)! }));
}

export interface OverdueGroup<T extends PlanSlot> {
  /** The earliest overdue slot of the group, which names its organisation and type. */
  first: T;
  count: number;
}

/**
 * Overdue slots by organisation and type, earliest first: a branch that has not met since January shows one line
 * per kind of meeting ("支委会, 10 overdue since 01-31"), not one per month.
 */
export function overdueGroups<T extends PlanSlot>(overdue: readonly T[]): OverdueGroup<T>[] {
  const groups = new Map<string, OverdueGroup<T>>();
  for (const slot of [...overdue].sort(byDueDate)) {
    const key = `${slot.organizationId}|${slot.meetingType}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
    } else {
      groups.set(key, { first: slot, count: 1 });
    }
  }
  return [...groups.values()];
}
