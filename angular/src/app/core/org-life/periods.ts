import { PlanPeriodKind } from '../api/org-life.models';

/** A calendar day as the committee sees it (its own time zone), months counted from 1. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface PeriodKeys {
  month: string;
  quarter: string;
  year: string;
}

/**
 * Today in the committee's time zone: a secretary travelling abroad still sees the committee's month, and the
 * period keys match the server's (Framework/Timing, CommitteeCalendar).
 */
export function committeeToday(timeZone: string | null | undefined, now = new Date()): LocalDate {
  let text: string;
  try {
    text = new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone || undefined,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    // An unknown zone name: the browser's own day is the best guess left.
    text = new Intl.DateTimeFormat('en-CA').format(now);
  }
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function quarterKey(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

export function periodKeysOf(date: LocalDate): PeriodKeys {
  return {
    month: monthKey(date.year, date.month),
    quarter: quarterKey(date.year, quarterOf(date.month)),
    year: String(date.year),
  };
}

export function toIsoDate(date: LocalDate): string {
  return `${monthKey(date.year, date.month)}-${String(date.day).padStart(2, '0')}`;
}

export interface ParsedPeriod {
  kind: PlanPeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for a year. */
  index: number;
}

/** `2026-03`, `2026-Q1` or `2026`; `null` for anything else. */
export function parsePeriod(key: string): ParsedPeriod | null {
  const match = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$/i.exec(key.trim());
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  if (match[2]) {
    return { kind: 'Month', year, index: Number(match[2]) };
  }
  if (match[3]) {
    return { kind: 'Quarter', year, index: Number(match[3]) };
  }
  return { kind: 'Year', year, index: 1 };
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day (`yyyy-MM-dd`, inclusive) of a period key. */
export function periodRange(key: string): { from: string; to: string } | null {
  const period = parsePeriod(key);
  if (!period) {
    return null;
  }
  const [first, last] =
    period.kind === 'Month'
      ? [period.index, period.index]
      : period.kind === 'Quarter'
        ? [period.index * 3 - 2, period.index * 3]
        : [1, 12];
  return {
    from: `${monthKey(period.year, first)}-01`,
    to: `${monthKey(period.year, last)}-${lastDayOf(period.year, last)}`,
  };
}

/** Every key of one kind in a year, in order. */
export function periodsOfYear(year: number, kind: PlanPeriodKind): string[] {
  switch (kind) {
    case 'Month':
      return Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1));
    case 'Quarter':
      return Array.from({ length: 4 }, (_, i) => quarterKey(year, i + 1));
    default:
      return [String(year)];
  }
}
