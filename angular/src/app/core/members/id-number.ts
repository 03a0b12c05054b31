import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Weights of GB 11643-1999 for the first 17 characters; the 18th is the check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character the first 17 digits call for (ISO 7064 MOD 11-2). */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * WEIGHTS[i];
  }
  return CHECK_CHARACTERS[sum % 11];
}

/** The birth date (`yyyy-MM-dd`) encoded in an 18-character ID number, or `null` when it is not a real date. */
export function idBirthDate(idNumber: string): string | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(idNumber);
  if (!match) {
    return null;
  }
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const valid =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(y) >= 1900;
  return valid ? `${y}-${m}-${d}` : null;
}

export type IdNumberProblem = 'format' | 'birthDate' | 'checkDigit';

/** Why an ID number is not a valid 18-character resident ID number, or `null` when it is one. */
export function idNumberProblem(value: string): IdNumberProblem | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) {
    return 'format';
  }
  if (!idBirthDate(id)) {
    return 'birthDate';
  }
  return idCheckCharacter(id) === id[17] ? null : 'checkDigit';
}

/**
 * Control validator: an empty value is the business of `required` (editing keeps the stored number); otherwise
 * `{ idNumber: { problem } }`. The server checks again and is the authority.
 */
export const idNumberValidator: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }
  const problem = idNumberProblem(value);
  return problem ? { idNumber: { problem } } : null;
};

/**
 * Group validator: the birth date field must match the date in the ID number. Sets `idBirthMismatch` on the
 * birth date control so the message sits next to it.
 */
export function birthDateMatchesId(idField: string, birthField: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const id = group.get(idField)?.value as unknown;
    const birth = group.get(birthField);
    if (!birth) {
      return null;
    }
    const fromId = typeof id === 'string' && idNumberProblem(id) === null ? idBirthDate(id) : null;
    const birthValue = toDateOnly(birth.value);
    const mismatch = fromId !== null && birthValue !== null && birthValue !== fromId;
    const { idBirthMismatch: _, ...others } = birth.errors ?? {};
    if (mismatch) {
      birth.setErrors({ ...others, idBirthMismatch: { expected: fromId } });
    } else if (birth.errors?.['idBirthMismatch']) {
      birth.setErrors(Object.keys(others).length ? others : null);
    }
    return mismatch ? { idBirthMismatch: true } : null;
  };
}

/** `yyyy-MM-dd` of a date picker's Date (local calendar day) or of a string already in that form. */
export function toDateOnly(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    return value.slice(0, 10);
  }
  return null;
}

/** A DateOnly string as a local Date for nz-date-picker. */
export function fromDateOnly(value: string | null | undefined): Date | null {
  if (!value) {
    return null;
  }
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d);
}
