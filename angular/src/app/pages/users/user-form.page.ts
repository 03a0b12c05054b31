import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
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

import { RolesApi, UsersApi } from '../../core/api/identity.api';
import { Role, UpdateUserInput, User } from '../../core/api/models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional, passwordStrength, phoneNumber, userName } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { MemberSelectComponent } from '../../shared/member-select.component';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

@Component({
  selector: 'pb-user-form',
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
    MemberSelectComponent,
    OrgTreeSelectComponent,
  ],
  templateUrl: './user-form.page.html',
})
export class UserFormPage implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  /** Organisations and member records exist inside a committee, not for the organization department's users. */
  protected readonly inCommittee = computed(
    () => !this.session.isHost() && this.session.can(Permissions.Organizations),
  );

  /** Route parameter; absent when creating. */
  readonly id = input<string>();

  protected readonly roles = signal<Role[]>([]);
  protected readonly saving = signal(false);
  protected readonly loading = signal(false);
  protected readonly user = signal<User | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    userName: ['', [Validators.required, Validators.maxLength(64), userName]],
    name: ['', [Validators.required, Validators.maxLength(64)]],
    email: ['', [Validators.email, Validators.maxLength(256)]],
    phoneNumber: ['', [Validators.maxLength(32), phoneNumber]],
    password: ['', [Validators.required, Validators.maxLength(128), passwordStrength]],
    isActive: [true],
    roleNames: [[] as string[]],
    organizationId: [null as string | null],
    memberId: [null as string | null],
  });

  constructor() {
    inject(RolesApi)
      .list()
      .subscribe((page) => this.roles.set(page.items));
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      return;
    }
    this.form.controls.userName.disable();
    // Editing keeps the current password unless a new one is typed.
    this.form.controls.password.removeValidators(Validators.required);
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (user) => {
        this.user.set(user);
        // The server sends the phone number masked; it is only replaced when a new one is typed.
        this.form.patchValue({ ...user, email: user.email ?? '', phoneNumber: '', password: '' });
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
    const user = this.user();
    this.saving.set(true);
    const request = user
      ? this.api.update(user.id, this.updateInput(value, user), this.form)
      : this.api.create(
          { ...value, email: optional(value.email), phoneNumber: optional(value.phoneNumber) },
          this.form,
        );
    request.subscribe({
      next: (saved) => {
        this.message.success(this.i18n.fanyi('common.saved', { name: saved.userName }));
        void this.router.navigate(['/identity/users']);
      },
      error: () => this.saving.set(false),
    });
  }

  private updateInput(
    value: ReturnType<typeof this.form.getRawValue>,
    user: User,
  ): UpdateUserInput {
    const input: UpdateUserInput = {
      name: value.name,
      email: optional(value.email),
      isActive: value.isActive,
      roleNames: value.roleNames,
      organizationId: value.organizationId,
      memberId: value.memberId,
      concurrencyStamp: user.concurrencyStamp,
    };
    if (value.phoneNumber) {
      input.phoneNumber = value.phoneNumber;
    }
    if (value.password) {
      input.password = value.password;
    }
    return input;
  }
}
