import { FormControl, FormGroup } from '@angular/forms';

import { Meeting, MeetingInput } from '../api/org-life.models';

import {
  MAX_ATTACHMENT_BYTES,
  changedFields,
  justHeld,
  leaveWithoutReason,
  notBefore,
  tooLarge,
  unchanged,
  venueProblem,
} from './meeting-rules';

describe('meeting form rules', () => {
  it('refuses files above 20 MB before uploading them', () => {
    expect(tooLarge({ size: MAX_ATTACHMENT_BYTES })).toBe(false);
    expect(tooLarge({ size: MAX_ATTACHMENT_BYTES + 1 })).toBe(true);
  });

  it('proposes a meeting that has just ended, on a five-minute step', () => {
    const [start, end] = justHeld(new Date(2026, 10, 22, 16, 47, 31));
    expect(end).toEqual(new Date(2026, 10, 22, 16, 45));
    expect(start).toEqual(new Date(2026, 10, 22, 15, 15));
  });

  it('refuses an end before the start', () => {
    const form = new FormGroup({
      startsAt: new FormControl<Date | null>(new Date('2026-11-20T09:00:00')),
      endsAt: new FormControl<Date | null>(new Date('2026-11-20T08:00:00'), notBefore('startsAt')),
    });
    // The form re-checks the end whenever the start changes; the parent exists only after construction.
    form.controls.endsAt.updateValueAndValidity();
    expect(form.controls.endsAt.errors).toEqual({ endsBeforeStart: true });
    form.controls.endsAt.setValue(new Date('2026-11-20T10:00:00'));
    expect(form.controls.endsAt.errors).toBeNull();
  });

  it('wants two named venues with one main venue for a hybrid meeting only', () => {
    const main = { name: '主会场', isMain: true, attendeeCount: 10 };
    const branch = { name: '分会场', isMain: false, attendeeCount: 5 };
    expect(venueProblem('Offline', [])).toBeNull();
    expect(venueProblem('Hybrid', [main])).toBe('tooFew');
    expect(venueProblem('Hybrid', [main, { ...branch, name: ' ' }])).toBe('unnamed');
    expect(venueProblem('Hybrid', [main, { ...branch, isMain: true }])).toBe('oneMain');
    expect(venueProblem('Hybrid', [{ ...main, isMain: false }, branch])).toBe('oneMain');
    expect(venueProblem('Hybrid', [main, branch])).toBeNull();
  });

  it('names the members on leave without a reason', () => {
    expect(
      leaveWithoutReason([
        { memberId: 'a', status: 'Leave', absenceReason: '出差' },
        { memberId: 'b', status: 'Leave', absenceReason: '  ' },
        { memberId: 'c', status: 'Absent', absenceReason: null },
      ]),
    ).toEqual(['b']);
  });

  it('lists the fields a revision changed, without bookkeeping', () => {
    const before = JSON.stringify({
      topic: '学习',
      minutes: null,
      concurrencyStamp: 'a',
      hasVote: false,
    });
    const after = JSON.stringify({
      topic: '学习二十届四中全会精神',
      minutes: '纪要',
      concurrencyStamp: 'b',
      hasVote: false,
    });
    expect(changedFields(before, after)).toEqual([
      { field: 'topic', before: '学习', after: '学习二十届四中全会精神' },
      { field: 'minutes', before: null, after: '纪要' },
    ]);
    expect(changedFields('not json', null)).toEqual([]);
  });

  it('sees no change between a saved meeting and the same record written differently', () => {
    const input: MeetingInput = {
      organizationId: 'o1',
      types: ['ThemedPartyDay', 'PartyMemberAssembly'],
      startsAt: '2026-11-20T01:00:00.000Z',
      endsAt: '2026-11-20T02:30:00.000Z',
      place: null,
      mode: 'Offline',
      venues: [],
      hostName: '李建国',
      hostMemberId: 'm1',
      topic: '主题党日',
      speakerName: null,
      speakerMemberId: null,
      speakerIsSecretary: false,
      agenda: null,
      minutes: '纪要',
      resolutions: null,
      hasVote: false,
      attendees: [
        { memberId: 'm2', status: 'Leave', absenceReason: '出差' },
        { memberId: 'm1', status: 'Present', absenceReason: null },
      ],
    };
    const saved = {
      ...input,
      types: ['PartyMemberAssembly', 'ThemedPartyDay'],
      startsAt: '2026-11-20T01:00:00Z',
      endsAt: '2026-11-20T02:30:00Z',
      attendees: [
        { memberId: 'm1', memberName: '李建国', status: 'Present', absenceReason: null },
        { memberId: 'm2', memberName: '王芳', status: 'Leave', absenceReason: '出差' },
      ],
    } as Meeting;
    expect(unchanged(saved, input)).toBe(true);
    expect(unchanged(saved, { ...input, minutes: '纪要（修订）' })).toBe(false);
    expect(
      unchanged(saved, {
        ...input,
        attendees: [{ memberId: 'm1', status: 'Present', absenceReason: null }],
      }),
    ).toBe(false);
  });
});
