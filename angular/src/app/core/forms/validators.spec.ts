import { FormControl } from '@angular/forms';

import { passwordStrength, periodKey, tenantCode } from './validators';

function valid(validator: typeof passwordStrength, value: string): boolean {
  return validator(new FormControl(value)) === null;
}

describe('validators', () => {
  it('asks for 8 characters from 3 of the 4 character classes, like the server', () => {
    expect(valid(passwordStrength, 'Admin#2026pb')).toBe(true);
    expect(valid(passwordStrength, 'abcdefg1A')).toBe(true);
    expect(valid(passwordStrength, 'abcdefgh1')).toBe(false);
    expect(valid(passwordStrength, 'Ab#1')).toBe(false);
    // Empty is the business of `required`; editing a user may leave the password empty.
    expect(valid(passwordStrength, '')).toBe(true);
  });

  it('accepts committee codes that can be typed at login and used in links', () => {
    expect(valid(tenantCode, 'linxi')).toBe(true);
    expect(valid(tenantCode, 'e2e-1732240000')).toBe(true);
    expect(valid(tenantCode, 'Linxi')).toBe(false);
    expect(valid(tenantCode, '-linxi')).toBe(false);
    expect(valid(tenantCode, '林西')).toBe(false);
  });

  it('accepts the period keys of days, months, quarters and years', () => {
    for (const key of ['2026-11-22', '2026-11', '2026-Q4', '2026-q1', '2026']) {
      expect(valid(periodKey, key)).toBe(true);
    }
    for (const key of ['2026-13', '2026-Q5', '26-11', '2026/11']) {
      expect(valid(periodKey, key)).toBe(false);
    }
  });
});
