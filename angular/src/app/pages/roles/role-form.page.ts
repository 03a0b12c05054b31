import { Component, OnInit, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';

import { RolesApi } from '../../core/api/identity.api';
import { Role } from '../../core/api/models';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { userName } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';

/** Create a role, or change the display name of one (the name is its stable key). */
@Component({
  selector: 'pb-role-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './role-form.page.html',
})
export class RoleFormPage implements OnInit {
  private readonly api = inject(RolesApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  /** Route parameter; absent when creating. */
  readonly id = input<string>();

  protected readonly saving = signal(false);
  protected readonly loading = signal(false);
  private role: Role | null = null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    // Role names follow the user-name pattern on the server.
    name: ['', [Validators.required, Validators.maxLength(64), userName]],
    displayName: ['', [Validators.required, Validators.maxLength(64)]],
  });

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      return;
    }
    this.form.controls.name.disable();
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (role) => {
        this.role = role;
        this.form.patchValue(role);
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
    const { name, displayName } = this.form.getRawValue();
    this.saving.set(true);
    const request = this.role
      ? this.api.update(
          this.role.id,
          { displayName, concurrencyStamp: this.role.concurrencyStamp },
          this.form,
        )
      : this.api.create({ name, displayName }, this.form);
    request.subscribe({
      next: (role) => {
        this.message.success(this.i18n.fanyi('common.saved', { name: role.displayName }));
        void this.router.navigate(['/identity/roles']);
      },
      error: () => this.saving.set(false),
    });
  }
}
