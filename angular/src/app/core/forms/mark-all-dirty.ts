import { FormGroup } from '@angular/forms';

/** Shows every field's message at once when the user presses 保存 on an incomplete form. */
export function markAllDirty(form: FormGroup): void {
  for (const control of Object.values(form.controls)) {
    if (control.invalid) {
      control.markAsDirty();
      control.updateValueAndValidity({ onlySelf: true });
    }
  }
}
