import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import { Attendee, Meeting, MeetingInput, MeetingMode, Venue } from '../api/org-life.models';

/**
 * Files.MaxAttachmentBytes of the server, a limit of the platform (not a Party rule). Checked here only to spare
 * a phone the upload of a file that would be refused; the server decides by the content.
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export function tooLarge(file: { size: number }): boolean {
  return file.size > MAX_ATTACHMENT_BYTES;
}

/**
 * A record is usually entered right after the meeting or activity: it ended now (to the 5 minutes) and took
 * `minutes` (by default an hour and a half, a usual 支部 meeting); the secretary corrects the times if needed.
 */
export function justHeld(now = new Date(), minutes = 90): [Date, Date] {
  const end = new Date(now);
  end.setMinutes(end.getMinutes() - (end.getMinutes() % 5), 0, 0);
  return [new Date(end.getTime() - minutes * 60_000), end];
}

/** The end of a meeting or activity may not come before its start (`endsBeforeStart` on the end field). */
export function notBefore(startField: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const start: unknown = control.parent?.get(startField)?.value;
    const end: unknown = control.value;
    if (!(start instanceof Date) || !(end instanceof Date)) {
      return null;
    }
    return end.getTime() < start.getTime() ? { endsBeforeStart: true } : null;
  };
}

export type VenueProblem = 'tooFew' | 'oneMain' | 'unnamed';

/** 线上+线下 needs at least two named sub-venues, exactly one of them the main venue (the server's rule). */
export function venueProblem(mode: MeetingMode, venues: readonly Venue[]): VenueProblem | null {
  if (mode !== 'Hybrid') {
    return null;
  }
  if (venues.length < 2) {
    return 'tooFew';
  }
  if (venues.some((v) => !v.name.trim())) {
    return 'unnamed';
  }
  return venues.filter((v) => v.isMain).length === 1 ? null : 'oneMain';
}

/** Members on leave (请假) need a reason; those of the list that lack it. */
export function leaveWithoutReason(attendees: readonly Attendee[]): string[] {
  return attendees
    .filter((a) => a.status === 'Leave' && !a.absenceReason?.trim())
    .map((a) => a.memberId);
}

function snapshot(value: string | null): Record<string, unknown> {
  if (!value) {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The fields a revision changed, from its before and after snapshots (JSON text). */
export function changedFields(
  before: string | null,
  after: string | null,
): { field: string; before: unknown; after: unknown }[] {
  const a = snapshot(before);
  const b = snapshot(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  // Bookkeeping changes with every save and says nothing about the meeting.
  const ignored = new Set(['concurrencyStamp', 'lastModificationTime', 'lastModifierId']);
  return fields
    .filter((f) => !ignored.has(f) && JSON.stringify(a[f]) !== JSON.stringify(b[f]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}

/** What a meeting record says, independent of the order of its lists and of how its instants are written. */
function recordOf(record: MeetingInput): string {
  const byMember = (a: Attendee, b: Attendee) => a.memberId.localeCompare(b.memberId);
  return JSON.stringify([
    record.organizationId,
    [...record.types].sort(),
    new Date(record.startsAt).getTime(),
    new Date(record.endsAt).getTime(),
    record.place ?? null,
    record.mode,
    record.venues.map((v) => [v.name, v.isMain, v.attendeeCount]),
    record.hostName ?? null,
    record.hostMemberId ?? null,
    record.topic ?? null,
    record.speakerName ?? null,
    record.speakerMemberId ?? null,
    record.speakerIsSecretary,
    record.agenda ?? null,
    record.minutes ?? null,
    record.resolutions ?? null,
    record.hasVote,
    [...record.attendees]
      .sort(byMember)
      .map((a) => [a.memberId, a.status, a.absenceReason ?? null]),
  ]);
}

/**
 * Whether the form holds what the server already has: submitting a draft saved a moment ago (e.g. after adding
 * its photos) then needs no second write.
 */
export function unchanged(saved: Meeting, input: MeetingInput): boolean {
  return recordOf(saved) === recordOf(input);
}
