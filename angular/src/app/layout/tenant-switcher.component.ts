import { Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Subject } from 'rxjs';

import { TenantsApi } from '../core/api/tenants.api';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { SelectedTenant, TenantContext } from '../core/tenant/tenant-context.service';
import { searchTenants } from '../core/tenant/tenant-search';

/** The value of the "组织部本级" entry: no `__tenant` header, the host's own data. */
const HOST = '';

/** Host users only: choose the committee (联合党委) every following API call acts in. */
@Component({
  selector: 'pb-tenant-switcher',
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  template: `
    <label class="pb-sr-only" for="pb-tenant-switcher">{{ 'tenantSwitcher.label' | t }}</label>
    <nz-select
      class="pb-tenant-switcher"
      nzId="pb-tenant-switcher"
      nzShowSearch
      nzServerSearch
      [nzDropdownMatchSelectWidth]="false"
      [ngModel]="selectedId()"
      (ngModelChange)="select($event)"
      (nzOnSearch)="searches.next($event)"
      data-testid="tenant-switcher"
    >
      <nz-option [nzValue]="host" [nzLabel]="'tenantSwitcher.host' | t" />
      @for (tenant of options(); track tenant.id) {
        <nz-option [nzValue]="tenant.id" [nzLabel]="tenant.name + ' (' + tenant.code + ')'" />
      }
    </nz-select>
  `,
  styles: `
    .pb-tenant-switcher {
      width: 240px;
    }
    @media (max-width: 767.98px) {
      .pb-tenant-switcher {
        width: 150px;
      }
    }
  `,
})
export class TenantSwitcherComponent {
  private readonly context = inject(TenantContext);

  protected readonly host = HOST;
  protected readonly searches = new Subject<string>();
  private readonly found = signal<SelectedTenant[]>([]);

  protected readonly selectedId = computed(() => this.context.current()?.id ?? HOST);
  /** The chosen committee stays listed even when a search does not find it, or the select would show an id. */
  protected readonly options = computed(() => {
    const current = this.context.current();
    const found = this.found();
    return current && !found.some((t) => t.id === current.id) ? [current, ...found] : found;
  });

  constructor() {
    // Inactive committees answer 404 to `__tenant`, so they are not offered.
    searchTenants(inject(TenantsApi), this.searches, { activeOnly: true })
      .pipe(takeUntilDestroyed())
      .subscribe((tenants) => this.found.set(tenants));
  }

  protected select(id: string): void {
    this.context.select(this.options().find((t) => t.id === id) ?? null);
  }
}
