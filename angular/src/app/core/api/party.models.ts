/** DTOs of docs/api.md § "Organisations and members (issue 3)". Enums travel as names, DateOnly as `yyyy-MM-dd`. */

export type OrganizationType =
  'PartyCommittee' | 'GeneralBranch' | 'Branch' | 'JointBranch' | 'TemporaryBranch' | 'PartyGroup';

export const ORGANIZATION_TYPES: readonly OrganizationType[] = [
  'PartyCommittee',
  'GeneralBranch',
  'Branch',
  'JointBranch',
  'TemporaryBranch',
  'PartyGroup',
];

export type UnitKind =
  'GovernmentDepartment' | 'StateEnterprise' | 'TownshipOrStreet' | 'VillageOrCommunity' | 'Other';

export const UNIT_KINDS: readonly UnitKind[] = [
  'GovernmentDepartment',
  'StateEnterprise',
  'TownshipOrStreet',
  'VillageOrCommunity',
  'Other',
];

export type CommitteePost =
  | 'Secretary'
  | 'DeputySecretary'
  | 'OrganizationMember'
  | 'PropagandaMember'
  | 'DisciplineMember'
  | 'YouthMember'
  | 'WomenMember'
  | 'Other';

export const COMMITTEE_POSTS: readonly CommitteePost[] = [
  'Secretary',
  'DeputySecretary',
  'OrganizationMember',
  'PropagandaMember',
  'DisciplineMember',
  'YouthMember',
  'WomenMember',
  'Other',
];

export interface OrganizationTreeNode {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string | null;
  type: OrganizationType;
  categoryId: string | null;
  memberCount: number;
  warningCount: number;
  children: OrganizationTreeNode[];
}

/** The fields a user edits (CreateOrganizationDto / UpdateOrganizationDto). */
export interface OrganizationFields {
  type: OrganizationType;
  categoryId: string | null;
  name: string;
  shortName: string | null;
  code: string | null;
  unitName: string | null;
  establishedOn: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  endsOn: string | null;
  sortOrder: number;
  brandName: string | null;
  brandSlogan: string | null;
  brandDescription: string | null;
}

export interface Organization extends OrganizationFields {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  categoryName: string | null;
  hasBrandLogo: boolean;
  concurrencyStamp: string;
}

export interface OrganizationWarning {
  code: string;
  message: string;
  citation: string | null;
}

export interface OrganizationDetail extends Organization {
  parentName: string | null;
  memberCounts: { fullMembers: number; probationaryMembers: number; others: number };
  currentTerm: CommitteeTerm | null;
  warnings: OrganizationWarning[];
}

export interface OrganizationInput extends OrganizationFields {
  parentId?: string | null;
  concurrencyStamp?: string;
}

export interface CommitteeTermMember {
  post: CommitteePost;
  postTitle: string | null;
  name: string;
  memberId: string | null;
}

export interface CommitteeTermInput {
  startsOn: string;
  endsOn: string;
  notes: string | null;
  members: CommitteeTermMember[];
  concurrencyStamp?: string;
}

export interface CommitteeTerm extends CommitteeTermInput {
  id: string;
  organizationId: string;
  daysToEnd: number;
  concurrencyStamp: string;
}

export interface OrganizationCategory {
  id: string;
  name: string;
  kind: UnitKind;
  sortOrder: number;
  concurrencyStamp: string;
}

export interface OrganizationCategoryInput {
  name: string;
  kind: UnitKind;
  sortOrder: number;
  concurrencyStamp?: string;
}

export type MemberStage = 'Applicant' | 'Activist' | 'Candidate' | 'Probationary' | 'Full';
export const MEMBER_STAGES: readonly MemberStage[] = [
  'Applicant',
  'Activist',
  'Candidate',
  'Probationary',
  'Full',
];
export type MemberCategory = 'Full' | 'Probationary';
export type MemberStatus = 'Active' | 'TransferredOut' | 'ProbationCancelled' | 'Left';
export const MEMBER_STATUSES: readonly MemberStatus[] = [
  'Active',
  'TransferredOut',
  'ProbationCancelled',
  'Left',
];
export type Gender = 'Male' | 'Female';
export type Education =
  | 'Postgraduate'
  | 'Bachelor'
  | 'College'
  | 'SecondaryVocational'
  | 'HighSchool'
  | 'JuniorHighOrBelow';
export const EDUCATIONS: readonly Education[] = [
  'Postgraduate',
  'Bachelor',
  'College',
  'SecondaryVocational',
  'HighSchool',
  'JuniorHighOrBelow',
];
export type PioneerPost = 'None' | 'Pioneer' | 'Model';
export const PIONEER_POSTS: readonly PioneerPost[] = ['None', 'Pioneer', 'Model'];

export interface MemberListItem {
  id: string;
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string | null;
  age: number | null;
  idNumber: string | null;
  phone: string | null;
  organizationId: string;
  organizationName: string;
  partyGroupId: string | null;
  partyGroupName: string | null;
  stage: MemberStage;
  category: MemberCategory | null;
  status: MemberStatus;
  admittedOn: string | null;
  fullMembershipOn: string | null;
  isMobile: boolean;
  isLostContact: boolean;
  pioneerPost: PioneerPost;
}

export interface Member extends MemberListItem {
  education: Education | null;
  job: string | null;
  workUnit: string | null;
  appliedOn: string | null;
  talkedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  probationEndsOn: string | null;
  probationExtended: boolean;
  lostContactSince: string | null;
  notes: string | null;
  hasPhoto: boolean;
  isUnmasked: boolean;
  concurrencyStamp: string;
}

export interface MemberQuery {
  filter?: string | null;
  organizationId?: string | null;
  stage?: MemberStage | null;
  category?: MemberCategory | null;
  status?: MemberStatus | null;
  isMobile?: boolean | null;
  isLostContact?: boolean | null;
  pioneerPost?: PioneerPost | null;
}

export interface MemberInput {
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string | null;
  idNumber: string | null;
  phone: string | null;
  education: Education | null;
  job: string | null;
  workUnit: string | null;
  organizationId: string;
  partyGroupId: string | null;
  isMobile: boolean;
  isLostContact: boolean;
  lostContactSince: string | null;
  pioneerPost: PioneerPost;
  notes: string | null;
  // Create only:
  stage?: MemberStage;
  appliedOn?: string | null;
  talkedOn?: string | null;
  activistOn?: string | null;
  candidateOn?: string | null;
  admittedOn?: string | null;
  fullMembershipOn?: string | null;
  // Update only:
  changeReason?: string | null;
  concurrencyStamp?: string;
}

export interface MemberHistory {
  id: string;
  kind: string;
  fromValue: string | null;
  toValue: string | null;
  fromDisplay: string | null;
  toDisplay: string | null;
  effectiveOn: string | null;
  reason: string | null;
  decidingMeeting: string | null;
  decidingMeetingOn: string | null;
  creationTime: string;
}

export interface CountItem {
  key: string;
  label: string;
  count: number;
}

export interface MemberStatistics {
  total: number;
  byCategory: CountItem[];
  byStage: CountItem[];
  byGender: CountItem[];
  byAgeBand: CountItem[];
  byEducation: CountItem[];
  byEthnicity: CountItem[];
}

export type StageAction =
  | 'RecordTalk'
  | 'BecomeActivist'
  | 'BecomeCandidate'
  | 'Admit'
  | 'ConfirmFull'
  | 'ExtendProbation'
  | 'CancelProbation';

/** The answer of a development step: the stage part of the record (the full record is GET /api/members/{id}). */
export interface MemberDevelopment {
  id: string;
  name: string;
  stage: MemberStage;
  status: MemberStatus;
  appliedOn: string | null;
  talkedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  probationEndsOn: string | null;
  probationExtended: boolean;
  fullMembershipOn: string | null;
  concurrencyStamp: string;
}

export interface StageTransitionInput {
  action: StageAction;
  effectiveOn: string;
  decidingMeeting: string | null;
  decidingMeetingOn: string | null;
  reason: string | null;
  extensionMonths: number | null;
  /** Optional: when sent, a stale copy answers 409. */
  concurrencyStamp?: string;
}

export interface DevelopmentCard {
  id: string;
  name: string;
  organizationName: string;
  stage: MemberStage;
  since: string | null;
  nextStepOn: string | null;
}

export interface DevelopmentBoard {
  columns: { stage: MemberStage; count: number; members: DevelopmentCard[] }[];
}

export type DueKind =
  | 'TalkDue'
  | 'ActivistEligible'
  | 'CandidateEligible'
  | 'ProbationEnding'
  | 'FullMembershipOverdue';

export interface DueItem {
  memberId: string;
  name: string;
  organizationName: string;
  kind: DueKind;
  dueOn: string;
  overdue: boolean;
  rule: string | null;
}

export type TransferDirection = 'Outgoing' | 'Incoming';
export type TransferStatus = 'Pending' | 'Completed' | 'Cancelled';

export interface MemberTransfer {
  id: string;
  direction: TransferDirection;
  organizationId: string;
  organizationName: string;
  memberId: string | null;
  personName: string | null;
  letterNumber: string | null;
  counterparty: string | null;
  isCrossProvince: boolean;
  issuedOn: string;
  deadline: string;
  receiptConfirmedOn: string | null;
  status: TransferStatus;
  overdue: boolean;
  daysLeft: number | null;
  notes: string | null;
  concurrencyStamp: string;
}

export interface MemberTransferInput {
  direction: TransferDirection;
  organizationId: string;
  memberId: string | null;
  personName: string | null;
  letterNumber: string | null;
  counterparty: string | null;
  isCrossProvince: boolean;
  issuedOn: string;
  notes: string | null;
  concurrencyStamp?: string;
}

export interface TransferQuery {
  direction?: TransferDirection | null;
  status?: TransferStatus | null;
  overdue?: boolean | null;
  organizationId?: string | null;
}

export interface ImportRowMessage {
  line: number;
  column: string | null;
  message: string;
}

export interface ImportResult {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows: ImportRowMessage[];
}

export type ImportMode = 'allOrNothing' | 'validRowsOnly';

export interface Setting {
  name: string;
  displayName: string;
  value: number;
  defaultValue: number;
  minValue: number;
  maxValue: number;
  citation: string;
  isCustomized: boolean;
}
