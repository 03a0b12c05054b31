import { JobRunStatus } from '../../core/api/models';

export const JOB_STATUSES: readonly JobRunStatus[] = ['Succeeded', 'Failed', 'GaveUp'];

/** `tag`: nz-tag preset colour; `chart`: the same hue for the dashboard chart. */
export const JOB_STATUS_COLORS: Record<JobRunStatus, { tag: string; chart: string }> = {
  Succeeded: { tag: 'success', chart: '#52c41a' },
  Failed: { tag: 'warning', chart: '#faad14' },
  GaveUp: { tag: 'error', chart: '#c8102e' },
};
