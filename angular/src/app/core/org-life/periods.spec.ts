import {
  committeeToday,
  parsePeriod,
  periodKeysOf,
  periodRange,
  periodsOfYear,
  quarterOf,
} from './periods';

describe('periods', () => {
  it('takes today in the committee time zone, not the browser one', () => {
    // 2026-11-30 18:00 UTC is already 1 December in Beijing.
    const instant = new Date('2026-11-30T18:00:00Z');
    expect(committeeToday('Asia/Shanghai', instant)).toEqual({ year: 2026, month: 12, day: 1 });
    expect(committeeToday('UTC', instant)).toEqual({ year: 2026, month: 11, day: 30 });
  });

  it('names the month, quarter and year of a day', () => {
    expect(periodKeysOf({ year: 2026, month: 11, day: 22 })).toEqual({
      month: '2026-11',
      quarter: '2026-Q4',
      year: '2026',
    });
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('parses the three kinds of keys and refuses others', () => {
    expect(parsePeriod('2026-03')).toEqual({ kind: 'Month', year: 2026, index: 3 });
    expect(parsePeriod('2026-Q2')).toEqual({ kind: 'Quarter', year: 2026, index: 2 });
    expect(parsePeriod('2026')).toEqual({ kind: 'Year', year: 2026, index: 1 });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-Q5')).toBeNull();
  });

  it('spans a period from its first to its last day, leap years included', () => {
    expect(periodRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('lists the periods of a year by kind', () => {
    expect(periodsOfYear(2026, 'Quarter')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsOfYear(2026, 'Month')).toHaveLength(12);
    expect(periodsOfYear(2026, 'Month')[11]).toBe('2026-12');
    expect(periodsOfYear(2026, 'Year')).toEqual(['2026']);
  });
});
