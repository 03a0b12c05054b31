import { AttendanceStatus } from '../api/org-life.models';
import { attendanceOf, formatRate } from './attendance';

const marks = (...statuses: (AttendanceStatus | null)[]) => statuses.map((status) => ({ status }));

describe('attendance', () => {
  it('counts everyone marked as expected and the present ones as came', () => {
    const result = attendanceOf(marks('Present', 'Present', 'Present', 'Absent', 'Leave', null));
    expect(result).toEqual({ expected: 5, present: 3, absent: 1, leave: 1, rate: 0.6 });
  });

  it('has no rate before anyone is marked', () => {
    expect(attendanceOf(marks(null, null)).rate).toBeNull();
    expect(formatRate(null)).toBe('—');
  });

  it('shows whole percentages without decimals and others with one', () => {
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(7 / 8)).toBe('87.5%');
    expect(formatRate(2 / 3)).toBe('66.7%');
  });
});
