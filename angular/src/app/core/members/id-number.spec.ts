import { FormControl, FormGroup } from '@angular/forms';

import {
  birthDateMatchesId,
  fromDateOnly,
  idBirthDate,
  idCheckCharacter,
  idNumberProblem,
  idNumberValidator,
  toDateOnly,
} from './id-number';

// The example of GB 11643-1999 itself and a made-up one whose check character is X.
const VALID = '11010519491231002X';
const VALID_DIGIT = '150428199003151237';

describe('ID number (GB 11643)', () => {
  it('computes the check character with the MOD 11-2 weights', () => {
    expect(idCheckCharacter(VALID.slice(0, 17))).toBe('X');
    expect(idCheckCharacter(VALID_DIGIT.slice(0, 17))).toBe(VALID_DIGIT[17]);
  });

  it('accepts valid numbers, also with a lower-case x and surrounding spaces', () => {
    expect(idNumberProblem(VALID)).toBeNull();
    expect(idNumberProblem(` ${VALID.toLowerCase()} `)).toBeNull();
    expect(idNumberProblem(VALID_DIGIT)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(idNumberProblem('1101051949123100')).toBe('format');
    expect(idNumberProblem('11010519491231002A')).toBe('format');
    expect(idNumberProblem('110105194902300021')).toBe('birthDate');
    expect(idNumberProblem('110105180001010021')).toBe('birthDate');
    expect(idNumberProblem('110105194912310021')).toBe('checkDigit');
  });

  it('reads the birth date', () => {
    expect(idBirthDate(VALID)).toBe('1949-12-31');
    expect(idBirthDate('110105199002290000')).toBeNull();
    expect(idBirthDate('110105200002290000')).toBe('2000-02-29');
  });

  it('leaves empty values to required', () => {
    expect(idNumberValidator(new FormControl(''))).toBeNull();
    expect(idNumberValidator(new FormControl(null))).toBeNull();
    expect(idNumberValidator(new FormControl('123'))).toEqual({ idNumber: { problem: 'format' } });
  });

  it('flags a birth date that differs from the ID number on the birth date field', () => {
    const form = new FormGroup(
      {
        idNumber: new FormControl(VALID),
        birthDate: new FormControl<Date | null>(new Date(1950, 0, 1)),
      },
      { validators: birthDateMatchesId('idNumber', 'birthDate') },
    );
    expect(form.controls.birthDate.errors).toEqual({ idBirthMismatch: { expected: '1949-12-31' } });
    form.controls.birthDate.setValue(new Date(1949, 11, 31));
    expect(form.controls.birthDate.errors).toBeNull();
    expect(form.valid).toBe(true);
    // No ID number typed (editing keeps the stored one): nothing to compare.
    form.controls.idNumber.setValue('');
    form.controls.birthDate.setValue(new Date(1950, 0, 1));
    expect(form.valid).toBe(true);
  });

  it('converts between DateOnly strings and local dates', () => {
    expect(toDateOnly(new Date(2026, 2, 5))).toBe('2026-03-05');
    expect(toDateOnly('2026-03-05T00:00:00')).toBe('2026-03-05');
    expect(toDateOnly(null)).toBeNull();
    expect(fromDateOnly('2026-03-05')?.getDate()).toBe(5);
    expect(fromDateOnly(null)).toBeNull();
  });
});
