import { Attendance, AttendanceStatus } from '../api/org-life.models';

/** One member of the organisation on the sign-in list; `null` until the secretary marks them. */
export interface AttendanceMark {
  status: AttendanceStatus | null;
}

/**
 * The live count of the meeting form: everyone marked is expected (应到), the present ones came (实到); members
 * left unmarked are not on this meeting's list (e.g. of another 党小组). The rate is `null` before anyone is
 * marked, so the form shows "—" instead of 0 %.
 */
export function attendanceOf(marks: readonly AttendanceMark[]): Attendance {
  let present = 0;
  let absent = 0;
  let leave = 0;
  for (const { status } of marks) {
    if (status === 'Present') {
      present++;
    } else if (status === 'Absent') {
      absent++;
    } else if (status === 'Leave') {
      leave++;
    }
  }
  const expected = present + absent + leave;
  return { expected, present, absent, leave, rate: expected === 0 ? null : present / expected };
}

/** `87.5%`, one decimal only when needed; `—` for no rate. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) {
    return '—';
  }
  const percent = Math.round(rate * 1000) / 10;
  return `${percent}%`;
}
