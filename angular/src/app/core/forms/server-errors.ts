import { AbstractControl, FormGroup } from '@angular/forms';

/**
 * Puts the messages of a 400 ProblemDetails `errors{}` onto the matching controls as a `server` error and
 * returns the messages that matched no control, so the caller can still show them.
 */
export function applyServerErrors(form: FormGroup, errors: Record<string, string[]>): string[] {
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(errors)) {
    const text = messages.filter(Boolean).join(' ');
    if (!text) {
      continue;
    }
    const control = findControl(form, field);
    if (control) {
      // Dirty first: nz-form-control decides whether to show the message when the status changes.
      control.markAsDirty();
      control.markAsTouched();
      control.setErrors({ ...control.errors, server: text });
    } else {
      unmatched.push(text);
    }
  }
  return unmatched;
}

/**
 * ASP.NET names fields `userName`, `$.userName`, `UserName` or `roleNames[0]` depending on where validation
 * failed; all of them denote the same control.
 */
function findControl(form: FormGroup, field: string): AbstractControl | null {
  const path = field
    .replace(/^\$\.?/, '')
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean)
    .map((segment) => segment.charAt(0).toLowerCase() + segment.slice(1));
  return path.length ? form.get(path) : null;
}
