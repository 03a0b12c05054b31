import {
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';

import { OrganizationCategoriesApi, OrganizationsApi } from '../../core/api/organizations.api';
import {
  OrganizationCategory,
  OrganizationDetail,
  OrganizationInput,
  OrganizationType,
} from '../../core/api/party.models';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional } from '../../core/forms/validators';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { fromDateOnly, toDateOnly } from '../../core/members/id-number';
import { allowedChildTypes } from '../../core/org/org-tree';
import { ResponsiveService } from '../../shared/responsive.service';

/** Drawer form of one organisation: a new child of `parent` (or a root), or `organization` to edit. */
@Component({
  selector: 'pb-organization-form',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzDatePickerModule,
    NzDrawerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './organization-form.component.html',
})
export class OrganizationFormComponent {
  private readonly api = inject(OrganizationsApi);
  private readonly categoriesApi = inject(OrganizationCategoriesApi);
  protected readonly responsive = inject(ResponsiveService);

  readonly open = input(false);
  readonly parent = input<OrganizationDetail | null>(null);
  readonly organization = input<OrganizationDetail | null>(null);
  readonly closed = output<void>();
  readonly saved = output<OrganizationDetail>();

  protected readonly saving = signal(false);
  protected readonly categories = signal<OrganizationCategory[]>([]);
  protected readonly types = computed<OrganizationType[]>(() => {
    const editing = this.organization();
    // Editing keeps the rule of the current parent; the server checks it again.
    return editing
      ? allowedChildTypes(null).concat(editing.type === 'PartyGroup' ? ['PartyGroup'] : [])
      : allowedChildTypes(this.parent()?.type ?? null);
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    type: ['Branch' as OrganizationType, Validators.required],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    shortName: ['', Validators.maxLength(64)],
    code: ['', Validators.maxLength(64)],
    categoryId: [null as string | null],
    unitName: ['', Validators.maxLength(128)],
    establishedOn: [null as Date | null],
    joinedOn: [null as Date | null],
    leftOn: [null as Date | null],
    endsOn: [null as Date | null],
    sortOrder: [0],
    brandName: ['', Validators.maxLength(64)],
    brandSlogan: ['', Validators.maxLength(128)],
    brandDescription: ['', Validators.maxLength(2000)],
  });

  constructor() {
    effect(() => {
      if (!this.open()) {
        return;
      }
      const org = this.organization();
      untracked(() => this.reset(org));
    });
  }

  private reset(org: OrganizationDetail | null): void {
    this.saving.set(false);
    this.categoriesApi
      .list()
      .subscribe({ next: (c) => this.categories.set(c), error: () => undefined });
    this.form.reset();
    if (org) {
      this.form.patchValue({
        ...org,
        shortName: org.shortName ?? '',
        code: org.code ?? '',
        unitName: org.unitName ?? '',
        brandName: org.brandName ?? '',
        brandSlogan: org.brandSlogan ?? '',
        brandDescription: org.brandDescription ?? '',
        establishedOn: fromDateOnly(org.establishedOn),
        joinedOn: fromDateOnly(org.joinedOn),
        leftOn: fromDateOnly(org.leftOn),
        endsOn: fromDateOnly(org.endsOn),
      });
    } else {
      const types = this.types();
      this.form.patchValue({ type: types.includes('Branch') ? 'Branch' : types[0] });
    }
  }

  protected save(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const v = this.form.getRawValue();
    const editing = this.organization();
    const input: OrganizationInput = {
      type: v.type,
      categoryId: v.categoryId,
      name: v.name.trim(),
      shortName: optional(v.shortName),
      code: optional(v.code),
      unitName: optional(v.unitName),
      establishedOn: toDateOnly(v.establishedOn),
      joinedOn: toDateOnly(v.joinedOn),
      leftOn: toDateOnly(v.leftOn),
      endsOn: toDateOnly(v.endsOn),
      sortOrder: v.sortOrder ?? 0,
      brandName: optional(v.brandName),
      brandSlogan: optional(v.brandSlogan),
      brandDescription: optional(v.brandDescription),
    };
    this.saving.set(true);
    const request = editing
      ? this.api.update(
          editing.id,
          { ...input, concurrencyStamp: editing.concurrencyStamp },
          this.form,
        )
      : this.api.create({ ...input, parentId: this.parent()?.id ?? null }, this.form);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: () => this.saving.set(false),
    });
  }
}
