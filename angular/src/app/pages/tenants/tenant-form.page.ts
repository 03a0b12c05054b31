import { Component, OnInit, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';

import { Tenant } from '../../core/api/models';
import { TenantsApi } from '../../core/api/tenants.api';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional, passwordStrength, tenantCode, userName } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Create (with the committee's first administrator) or edit a joint party committee. */
@Component({
  selector: 'pb-tenant-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzSwitchModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './tenant-form.page.html',
})
export class TenantFormPage implements OnInit {
  private readonly api = inject(TenantsApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  /** Route parameter; absent when creating. */
  readonly id = input<string>();

  protected readonly timeZones = Intl.supportedValuesOf('timeZone');
  protected readonly saving = signal(false);
  protected readonly loading = signal(false);
  private tenant: Tenant | null = null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(32), tenantCode]],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    region: ['', [Validators.maxLength(128)]],
    timeZone: [DEFAULT_TIME_ZONE, [Validators.required]],
    isActive: [true],
    adminUserName: ['admin', [Validators.required, Validators.maxLength(64), userName]],
    adminPassword: ['', [Validators.required, Validators.maxLength(128), passwordStrength]],
  });

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      return;
    }
    // The code is the committee's login key and the administrator exists already: neither changes here.
    this.form.controls.code.disable();
    this.form.controls.adminUserName.disable();
    this.form.controls.adminPassword.disable();
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (tenant) => {
        this.tenant = tenant;
        this.form.patchValue({ ...tenant, region: tenant.region ?? '' });
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    const request = this.tenant
      ? this.api.update(
          this.tenant.id,
          {
            name: value.name,
            region: optional(value.region),
            timeZone: value.timeZone,
            isActive: value.isActive,
            concurrencyStamp: this.tenant.concurrencyStamp,
          },
          this.form,
        )
      : this.api.create({ ...value, region: optional(value.region) }, this.form);
    request.subscribe({
      next: (tenant) => {
        this.message.success(this.i18n.fanyi('common.saved', { name: tenant.name }));
        void this.router.navigate(['/tenants']);
      },
      error: () => this.saving.set(false),
    });
  }
}
