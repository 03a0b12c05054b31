/** DTOs of docs/api.md § "Organisational life (issue 4)": attachments, meetings, plans, compliance, activities. */

import { OrganizationType } from './party.models';

export type MeetingType =
  | 'PartyMemberAssembly'
  | 'BranchCommittee'
  | 'PartyGroup'
  | 'PartyLesson'
  | 'ThemedPartyDay'
  | 'OrganizationalLife'
  | 'DemocraticAppraisal';

export const MEETING_TYPES: readonly MeetingType[] = [
  'PartyMemberAssembly',
  'BranchCommittee',
  'PartyGroup',
  'PartyLesson',
  'ThemedPartyDay',
  'OrganizationalLife',
  'DemocraticAppraisal',
];

export type MeetingMode = 'Offline' | 'Online' | 'Hybrid';
export const MEETING_MODES: readonly MeetingMode[] = ['Offline', 'Online', 'Hybrid'];

export type AttachmentKind =
  'SignInSheet' | 'Photo' | 'Minutes' | 'Notice' | 'Resolution' | 'Other';
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  'Photo',
  'SignInSheet',
  'Minutes',
  'Notice',
  'Resolution',
  'Other',
];

export interface Attachment {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  size: number;
  creationTime: string;
  creatorId: string | null;
}

/** The owners of attachments; each exposes `/api/<owner>/{id}/attachments`. */
export type AttachmentOwner = 'meetings' | 'activities';

export type PlanPeriodKind = 'Month' | 'Quarter' | 'Year';
export const PLAN_PERIOD_KINDS: readonly PlanPeriodKind[] = ['Month', 'Quarter', 'Year'];

export interface MeetingRuleInput {
  meetingType: MeetingType;
  periodKind: PlanPeriodKind;
  requiredCount: number;
  appliesTo: OrganizationType[];
  requiresCommittee: boolean;
  requiresSecretarySpeaker: boolean;
  isEnabled: boolean;
  citation: string;
  concurrencyStamp?: string;
}

export interface MeetingRule extends MeetingRuleInput {
  id: string;
  concurrencyStamp: string;
}

export interface MeetingExemption {
  id: string;
  organizationId: string;
  organizationName: string;
  meetingType: MeetingType | null;
  period: string;
  reason: string;
}

export interface MeetingExemptionInput {
  organizationId: string;
  meetingType: MeetingType | null;
  period: string;
  reason: string;
}

export type AttendanceStatus = 'Present' | 'Absent' | 'Leave';
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['Present', 'Absent', 'Leave'];

export interface Attendee {
  memberId: string;
  status: AttendanceStatus;
  absenceReason: string | null;
  /** Sent back by the server for display; not part of the input. */
  memberName?: string;
}

export interface Venue {
  name: string;
  isMain: boolean;
  attendeeCount: number;
}

export interface MeetingInput {
  organizationId: string;
  types: MeetingType[];
  startsAt: string;
  endsAt: string;
  place: string | null;
  mode: MeetingMode;
  venues: Venue[];
  hostName: string | null;
  hostMemberId: string | null;
  topic: string;
  speakerName: string | null;
  speakerMemberId: string | null;
  speakerIsSecretary: boolean;
  agenda: string | null;
  minutes: string | null;
  resolutions: string | null;
  hasVote: boolean;
  attendees: Attendee[];
  concurrencyStamp?: string;
  editReason?: string | null;
}

export type MeetingStatus = 'Draft' | 'Submitted';

export interface Attendance {
  expected: number;
  present: number;
  absent: number;
  leave: number;
  rate: number | null;
}

export interface RuleWarning {
  code: string;
  message: string;
  citation: string | null;
}

export interface Meeting extends MeetingInput {
  id: string;
  organizationName: string;
  status: MeetingStatus;
  heldOn: string;
  periodKeys: { month: string; quarter: string; year: string };
  attendance: Attendance;
  warnings: RuleWarning[];
  attachments: Attachment[];
  submittedAt: string | null;
  submittedBy: string | null;
  revisionCount: number;
  concurrencyStamp: string;
}

export interface MeetingListItem {
  id: string;
  organizationId: string;
  organizationName: string;
  types: MeetingType[];
  startsAt: string;
  endsAt: string;
  heldOn: string;
  topic: string;
  place: string | null;
  mode: MeetingMode;
  status: MeetingStatus;
  attendeeCount: number;
  presentCount: number;
  submittedAt: string | null;
}

export interface MeetingQuery {
  organizationId?: string | null;
  type?: MeetingType | null;
  status?: MeetingStatus | null;
  from?: string | null;
  to?: string | null;
  filter?: string | null;
}

export interface MeetingRevision {
  id: string;
  userId: string | null;
  userName: string | null;
  time: string;
  reason: string;
  /** JSON snapshots of the record before and after the edit. */
  before: string;
  after: string;
}

export type SlotStatus = 'Fulfilled' | 'Open' | 'Overdue' | 'Exempt';

export interface PlanSlot {
  organizationId: string;
  meetingType: MeetingType;
  periodKey: string;
  sequence: number;
  dueOn: string;
  ruleId: string;
  citation: string;
  status: SlotStatus;
  exemptionReason: string | null;
  exemptionCode: string | null;
  meetingId: string | null;
  meetingHeldOn: string | null;
}

export interface MeetingPlan {
  organizationId: string;
  year: number;
  slots: PlanSlot[];
}

export interface MissingItem {
  meetingType: MeetingType;
  periodKey: string;
  dueOn: string;
  overdue: boolean;
  citation: string;
}

export interface ComplianceOrganization {
  organizationId: string;
  organizationName: string;
  required: number;
  held: number;
  fulfilled: number;
  missing: number;
  overdue: number;
  exempt: number;
  completionRate: number | null;
  missingItems: MissingItem[];
  exemptions: { meetingType: MeetingType; reasonCode: string; reason: string }[];
}

export interface ComplianceReport {
  period: string;
  organizations: ComplianceOrganization[];
  totals: {
    required: number;
    fulfilled: number;
    missing: number;
    overdue: number;
    completionRate: number | null;
  };
}

export interface RankedOrganization {
  organizationId: string;
  organizationName: string;
  completionRate: number | null;
  overdue: number;
}

export interface ComplianceSummary {
  year: number;
  byMonth: { period: string; required: number; fulfilled: number; completionRate: number | null }[];
  byType: {
    meetingType: MeetingType;
    required: number;
    fulfilled: number;
    completionRate: number | null;
  }[];
  redList: RankedOrganization[];
  blackList: RankedOrganization[];
}

export interface MatrixCell {
  periodKey: string;
  meetingType: MeetingType;
  required: number;
  fulfilled: number;
  overdue: number;
  exempt: number;
}

export interface ComplianceMatrix {
  periods: string[];
  types: MeetingType[];
  rows: {
    organizationId: string;
    organizationName: string;
    depth: number;
    cells: MatrixCell[];
  }[];
}

/** A planned due date (`Due`) or a held meeting (`Meeting`) on the calendar. */
export interface CalendarEntry {
  kind: 'Meeting' | 'Due';
  organizationId: string;
  organizationName: string;
  /** Committee-local day. */
  date: string;
  startsAt: string | null;
  endsAt: string | null;
  types: MeetingType[];
  title: string;
  place: string | null;
  meetingId: string | null;
  meetingStatus: MeetingStatus | null;
  periodKey: string | null;
  slotStatus: SlotStatus | null;
}

export type InspectionKind = 'Overdue' | 'DueSoon' | 'NoAttendance' | 'NoMinutes';
export const INSPECTION_KINDS: readonly InspectionKind[] = [
  'Overdue',
  'DueSoon',
  'NoAttendance',
  'NoMinutes',
];

export interface InspectionFinding {
  id: string;
  foundOn: string;
  kind: InspectionKind;
  organizationId: string;
  organizationName: string;
  meetingType: MeetingType | null;
  periodKey: string | null;
  dueOn: string | null;
  meetingId: string | null;
  citation: string | null;
  message: string;
}

export interface InspectionQuery {
  date?: string | null;
  organizationId?: string | null;
  kind?: InspectionKind | null;
}

export type ActivityStatus = 'Draft' | 'Submitted' | 'Returned' | 'Approved';
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  'Draft',
  'Submitted',
  'Returned',
  'Approved',
];
export type ActivityRequirement = 'Required' | 'Optional';
export type ActivityCategoryGroup = 'CentralWork' | 'KeyTask' | 'DailyWork' | 'Special' | 'Field';
export const ACTIVITY_CATEGORY_GROUPS: readonly ActivityCategoryGroup[] = [
  'CentralWork',
  'KeyTask',
  'DailyWork',
  'Special',
  'Field',
];

export interface ActivityCategoryInput {
  name: string;
  group: ActivityCategoryGroup;
  sortOrder: number;
  isActive: boolean;
  concurrencyStamp?: string;
}

export interface ActivityCategory extends ActivityCategoryInput {
  id: string;
  concurrencyStamp: string;
}

export interface ActivityInput {
  organizationId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  categoryId: string;
  requirement: ActivityRequirement;
  mode: MeetingMode;
  brandName: string | null;
  memberIds: string[];
  otherParticipantCount: number;
  volunteerHours: number;
  peopleServed: number;
  outcome: string | null;
  concurrencyStamp?: string;
}

export type ReviewDecision = 'Approve' | 'Return';

export interface ActivityReview {
  decision: ReviewDecision;
  comment: string | null;
  reviewerName: string | null;
  time: string;
}

export interface ActivityListItem {
  id: string;
  organizationId: string;
  organizationName: string;
  title: string;
  startsAt: string;
  endsAt: string;
  heldOn: string;
  categoryId: string;
  categoryName: string;
  categoryGroup: ActivityCategoryGroup;
  requirement: ActivityRequirement;
  mode: MeetingMode;
  brandName: string | null;
  participantCount: number;
  status: ActivityStatus;
  submittedAt: string | null;
  concurrencyStamp: string;
}

export interface Activity extends ActivityListItem {
  place: string | null;
  memberIds: string[];
  participants: { memberId: string; name: string }[];
  otherParticipantCount: number;
  volunteerHours: number;
  peopleServed: number;
  outcome: string | null;
  reviews: ActivityReview[];
  attachments: Attachment[];
}

export interface ActivityQuery {
  organizationId?: string | null;
  categoryId?: string | null;
  status?: ActivityStatus | null;
  from?: string | null;
  to?: string | null;
  filter?: string | null;
}
