import { ActivityStatus, MeetingStatus } from '../api/org-life.models';

/** nz-tag colours of the record states, the same on lists, cards and forms. */
export const MEETING_STATUS_COLORS: Record<MeetingStatus, string> = {
  Draft: 'default',
  Submitted: 'green',
};

export const ACTIVITY_STATUS_COLORS: Record<ActivityStatus, string> = {
  Draft: 'default',
  Submitted: 'blue',
  Returned: 'orange',
  Approved: 'green',
};
