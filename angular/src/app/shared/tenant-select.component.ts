import { Component, computed, forwardRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ControlValueAccessor, FormsModule, NG_VALUE_ACCESSOR } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Subject } from 'rxjs';

import { TenantsApi } from '../core/api/tenants.api';
import { SelectedTenant } from '../core/tenant/tenant-context.service';
import { searchTenants } from '../core/tenant/tenant-search';

/** A committee picker with server-side search; its value is the committee id. Host users only. */
@Component({
  selector: 'pb-tenant-select',
  imports: [FormsModule, NzSelectModule],
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => TenantSelectComponent),
      multi: true,
    },
  ],
  template: `
    <nz-select
      nzShowSearch
      nzServerSearch
      nzAllowClear
      [nzId]="inputId()"
      [nzPlaceHolder]="placeholder()"
      [nzDisabled]="disabled()"
      [ngModel]="value()"
      (ngModelChange)="change($event)"
      (nzOnSearch)="searches.next($event)"
      (nzBlur)="touched()"
    >
      @for (tenant of options(); track tenant.id) {
        <nz-option [nzValue]="tenant.id" [nzLabel]="tenant.name + ' (' + tenant.code + ')'" />
      }
    </nz-select>
  `,
  styles: `
    :host {
      display: block;
    }
    nz-select {
      width: 100%;
    }
  `,
})
export class TenantSelectComponent implements ControlValueAccessor {
  readonly inputId = input<string | null>(null);
  readonly placeholder = input('');

  protected readonly searches = new Subject<string>();
  private readonly found = signal<SelectedTenant[]>([]);
  private readonly selected = signal<SelectedTenant | null>(null);
  protected readonly value = signal<string | null>(null);
  /** The chosen committee stays listed when a later search does not find it, or the select would show its id. */
  protected readonly options = computed(() => {
    const selected = this.selected();
    const found = this.found();
    return selected && !found.some((t) => t.id === selected.id) ? [selected, ...found] : found;
  });
  protected readonly disabled = signal(false);
  private onChange: (value: string | null) => void = () => undefined;
  protected touched: () => void = () => undefined;

  constructor() {
    searchTenants(inject(TenantsApi), this.searches)
      .pipe(takeUntilDestroyed())
      .subscribe((tenants) => this.found.set(tenants));
  }

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

  protected change(value: string | null): void {
    this.selected.set(this.options().find((t) => t.id === value) ?? null);
    this.value.set(value ?? null);
    this.onChange(value ?? null);
  }
}
