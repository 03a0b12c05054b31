import { ACTION_TARGET, nextActions, requiredStageDates, stageDates } from './stages';

const base = { status: 'Active' as const, talkedOn: null, probationExtended: false };

describe('development stages', () => {
  it('offers the next step of each stage', () => {
    expect(nextActions({ ...base, stage: 'Applicant' })).toEqual(['RecordTalk', 'BecomeActivist']);
    expect(nextActions({ ...base, stage: 'Applicant', talkedOn: '2026-01-02' })).toEqual([
      'BecomeActivist',
    ]);
    expect(nextActions({ ...base, stage: 'Activist' })).toEqual(['BecomeCandidate']);
    expect(nextActions({ ...base, stage: 'Candidate' })).toEqual(['Admit']);
    expect(nextActions({ ...base, stage: 'Probationary' })).toEqual([
      'ConfirmFull',
      'ExtendProbation',
      'CancelProbation',
    ]);
    expect(nextActions({ ...base, stage: 'Full' })).toEqual([]);
  });

  it('extends a probation only once and offers nothing for inactive records', () => {
    expect(nextActions({ ...base, stage: 'Probationary', probationExtended: true })).not.toContain(
      'ExtendProbation',
    );
    expect(nextActions({ ...base, stage: 'Activist', status: 'TransferredOut' })).toEqual([]);
  });

  it('knows where each action leads', () => {
    expect(ACTION_TARGET.BecomeCandidate).toBe('Candidate');
    expect(ACTION_TARGET.Admit).toBe('Probationary');
    expect(ACTION_TARGET.RecordTalk).toBeNull();
  });

  it('lists the stage dates in order and the dates a new record needs', () => {
    const dates = stageDates({
      appliedOn: '2024-01-01',
      activistOn: '2024-03-01',
      candidateOn: null,
      admittedOn: null,
      fullMembershipOn: null,
    });
    expect(dates.map((d) => d.stage)).toEqual([
      'Applicant',
      'Activist',
      'Candidate',
      'Probationary',
      'Full',
    ]);
    expect(dates[1].on).toBe('2024-03-01');
    expect(requiredStageDates('Applicant')).toEqual(['appliedOn']);
    expect(requiredStageDates('Candidate')).toEqual(['appliedOn', 'activistOn', 'candidateOn']);
    expect(requiredStageDates('Full')).toHaveLength(5);
  });
});
