import { Pipe, PipeTransform, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';

import { I18nService } from '../i18n/i18n.service';

/**
 * The message of a control's first error, for `nzErrorTip`:
 * `<ng-template #tip let-control>{{ control | fieldError: 'users' }}</ng-template>`.
 * The label comes from `<scope>.fields.<control name>`; `<scope>.errors.<control name>.<error>` overrides the
 * generic `validation.<error>` text for fields that need a specific hint.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(control: AbstractControl | null | undefined, scope: string): string {
    this.i18n.lang();
    const errors = control?.errors;
    if (!control || !errors) {
      return '';
    }
    if (errors['server']) {
      return String(errors['server']);
    }
    const [key, detail] = Object.entries(errors)[0];
    const name = controlName(control);
    const specific = `${scope}.errors.${name}.${key}`;
    const translated = this.i18n.fanyi(specific);
    if (translated !== specific) {
      return translated;
    }
    const label = this.i18n.fanyi(`${scope}.fields.${name}`);
    const params = { label, ...(typeof detail === 'object' && detail !== null ? detail : {}) };
    return this.i18n.fanyi(`validation.${key}`, params);
  }
}

function controlName(control: AbstractControl): string {
  const siblings = control.parent?.controls;
  if (!siblings) {
    return '';
  }
  const entry = Object.entries(siblings).find(([, sibling]) => sibling === control);
  return entry?.[0] ?? '';
}
