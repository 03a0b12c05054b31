import { HttpErrorResponse } from '@angular/common/http';
import { Component, OnInit, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';

import { problemOf } from '../../core/api/problem-details';
import { SessionService } from '../../core/auth/session.service';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { applyServerErrors } from '../../core/forms/server-errors';
import { I18nService, Lang } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';

export const LAST_TENANT_STORAGE_KEY = 'pb.lastTenant';

@Component({
  selector: 'pb-login',
  imports: [
    ReactiveFormsModule,
    NzFormModule,
    NzInputModule,
    NzButtonModule,
    NzAlertModule,
    NzIconModule,
    NzDropDownModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './login.page.html',
  styleUrl: './login.page.less',
})
export class LoginPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);

  /** `?tenant=linxi` in a link sent to a committee's users fills in their committee code. */
  readonly tenant = input<string>();
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    tenant: ['', [Validators.maxLength(32)]],
    userName: ['', [Validators.required, Validators.maxLength(64)]],
    password: ['', [Validators.required, Validators.maxLength(128)]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    const tenant = this.tenant() ?? localStorage.getItem(LAST_TENANT_STORAGE_KEY) ?? '';
    this.form.patchValue({ tenant });
  }

  protected submit(): void {
    if (this.form.invalid) {
      for (const control of Object.values(this.form.controls)) {
        control.markAsDirty();
        control.updateValueAndValidity();
      }
      return;
    }
    const value = this.form.getRawValue();
    const input = {
      ...value,
      tenant: value.tenant.trim().toLowerCase(),
      userName: value.userName.trim(),
    };
    this.submitting.set(true);
    this.error.set(null);
    this.session.login(input).subscribe({
      next: () => {
        localStorage.setItem(LAST_TENANT_STORAGE_KEY, input.tenant);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(this.describe(error));
      },
    });
  }

  protected switchLanguage(lang: Lang): void {
    void this.i18n.load(lang);
  }

  private describe(error: unknown): string {
    if (!(error instanceof HttpErrorResponse)) {
      return this.i18n.fanyi('error.unknown');
    }
    const problem = problemOf(error);
    if (problem?.errors) {
      applyServerErrors(this.form, problem.errors);
    }
    if (problem?.title) {
      return problem.title;
    }
    return this.i18n.fanyi(
      error.status === 0 ? 'error.network' : error.status >= 500 ? 'error.server' : 'error.unknown',
    );
  }
}

/** Only paths inside the console: `returnUrl=//evil.example` must not turn the login into an open redirect. */
export function safeReturnUrl(url: string | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login')
    ? url
    : '/';
}
