import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';

import { PeriodKind } from '../api/models';

/** An optional text field as the API wants it: trimmed, and `null` rather than empty. */
export function optional(value: string): string | null {
  return value.trim() || null;
}

/** Same rule as the server (IdentityConsts, 等保三级 baseline): length and variety of character classes. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];

export const passwordStrength: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value === '') {
    return null;
  }
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(value)).length;
  return value.length >= PASSWORD_MIN_LENGTH && classes >= PASSWORD_MIN_CLASSES
    ? null
    : { passwordStrength: true };
};

/** TenantConsts.CodePattern: typed at login and used in links, so lower-case letters, digits, inner hyphens. */
export const tenantCode: ValidatorFn = Validators.pattern(/^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/);

/** Period keys the job scheduler accepts: 2026-11-22, 2026-11, 2026-Q4, 2026 (the server checks the kind). */
export const periodKey: ValidatorFn = Validators.pattern(
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-[Qq][1-4])?$/,
);

export const PERIOD_EXAMPLES: Record<PeriodKind, string> = {
  Day: '2026-11-22',
  Month: '2026-11',
  Quarter: '2026-Q4',
  Year: '2026',
};

/** IdentityConsts.UserNamePattern: user names double as login names, so no spaces or Chinese characters. */
export const userName: ValidatorFn = Validators.pattern(/^[A-Za-z0-9._@-]+$/);

/** What the server's [Phone] check lets through: digits and the usual separators. */
export const phoneNumber: ValidatorFn = Validators.pattern(/^\+?[\d\s().-]{3,32}$/);
