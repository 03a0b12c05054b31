import { Directive, Provider, Type, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

/** Registers a picker component as the value accessor of its `formControlName` / `ngModel`. */
export function provideValueAccessor(component: () => Type<unknown>): Provider {
  return { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(component), multi: true };
}

/**
 * Form-control plumbing shared by the pickers whose value is one id (committee, organisation, member record):
 * the current value and disabled state as signals, and the callbacks of the forms API.
 */
@Directive()
export abstract class IdValueAccessor implements ControlValueAccessor {
  readonly inputId = input<string | null>(null);
  readonly placeholder = input('');

  protected readonly value = signal<string | null>(null);
  protected readonly disabled = signal(false);
  private onChange: (value: string | null) => void = () => undefined;
  protected touched: () => void = () => undefined;

  writeValue(value: string | null): void {
    this.value.set(value ?? null);
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.touched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  /** The user chose (or cleared) a value. */
  protected change(value: string | null): void {
    this.value.set(value || null);
    this.onChange(value || null);
  }
}

/** The chosen entry stays listed when a later search does not find it, or the select would show its id. */
export function withSelected<T extends { id: string }>(selected: T | null, found: T[]): T[] {
  return selected && !found.some((t) => t.id === selected.id) ? [selected, ...found] : found;
}
