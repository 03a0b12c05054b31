import { Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Subject } from 'rxjs';

import { TenantsApi } from '../core/api/tenants.api';
import { SelectedTenant } from '../core/tenant/tenant-context.service';
import { searchTenants } from '../core/tenant/tenant-search';
import { IdValueAccessor, provideValueAccessor, withSelected } from './id-value-accessor';

/** A committee picker with server-side search; its value is the committee id. Host users only. */
@Component({
  selector: 'pb-tenant-select',
  imports: [FormsModule, NzSelectModule],
  providers: [provideValueAccessor(() => TenantSelectComponent)],
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
export class TenantSelectComponent extends IdValueAccessor {
  protected readonly searches = new Subject<string>();
  private readonly found = signal<SelectedTenant[]>([]);
  private readonly selected = signal<SelectedTenant | null>(null);
  protected readonly options = computed(() => withSelected(this.selected(), this.found()));

  constructor() {
    super();
    searchTenants(inject(TenantsApi), this.searches)
      .pipe(takeUntilDestroyed())
      .subscribe((tenants) => this.found.set(tenants));
  }

  protected override change(value: string | null): void {
    this.selected.set(this.options().find((t) => t.id === value) ?? null);
    super.change(value);
  }
}
