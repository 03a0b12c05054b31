import { Member, MemberStage, StageAction } from '../api/party.models';

/** Tag colours of the five stages, from applicant to full member. */
export const STAGE_COLORS: Record<MemberStage, string> = {
  Applicant: 'default',
  Activist: 'blue',
  Candidate: 'purple',
  Probationary: 'orange',
  Full: 'red',
};

/** The stage each action leads to; `null` for actions that keep the stage. */
export const ACTION_TARGET: Record<StageAction, MemberStage | null> = {
  RecordTalk: null,
  BecomeActivist: 'Activist',
  BecomeCandidate: 'Candidate',
  Admit: 'Probationary',
  ConfirmFull: 'Full',
  ExtendProbation: null,
  CancelProbation: null,
};

/** Actions recorded with a deciding meeting (支部委员会/支部大会) and its date. */
export const ACTIONS_WITH_MEETING: ReadonlySet<StageAction> = new Set<StageAction>([
  'BecomeActivist',
  'BecomeCandidate',
  'Admit',
  'ConfirmFull',
  'ExtendProbation',
  'CancelProbation',
]);

/**
 * What the development panel offers for a record, the usual next step first. The server still checks dates and
 * order (细则): an early step comes back as StepTooEarly with the rule cited.
 */
export function nextActions(
  member: Pick<Member, 'stage' | 'status' | 'talkedOn' | 'probationExtended'>,
): StageAction[] {
  if (member.status !== 'Active') {
    return [];
  }
  switch (member.stage) {
    case 'Applicant':
      return member.talkedOn ? ['BecomeActivist'] : ['RecordTalk', 'BecomeActivist'];
    case 'Activist':
      return ['BecomeCandidate'];
    case 'Candidate':
      return ['Admit'];
    case 'Probationary':
      return member.probationExtended
        ? ['ConfirmFull', 'CancelProbation']
        : ['ConfirmFull', 'ExtendProbation', 'CancelProbation'];
    case 'Full':
      return [];
  }
}

/** The date the record reached each stage, for the timeline of the development panel. */
export function stageDates(
  member: Pick<
    Member,
    'appliedOn' | 'activistOn' | 'candidateOn' | 'admittedOn' | 'fullMembershipOn'
  >,
): { stage: MemberStage; on: string | null }[] {
  return [
    { stage: 'Applicant', on: member.appliedOn },
    { stage: 'Activist', on: member.activistOn },
    { stage: 'Candidate', on: member.candidateOn },
    { stage: 'Probationary', on: member.admittedOn },
    { stage: 'Full', on: member.fullMembershipOn },
  ];
}

/** The dates a record created at a stage must carry: those of every stage reached (CreateMemberDto). */
export function requiredStageDates(stage: MemberStage): string[] {
  const fields = ['appliedOn', 'activistOn', 'candidateOn', 'admittedOn', 'fullMembershipOn'];
  const order: MemberStage[] = ['Applicant', 'Activist', 'Candidate', 'Probationary', 'Full'];
  return fields.slice(0, order.indexOf(stage) + 1);
}
