import { Component, inject, signal } from '@angular/core';
import {
  FormsModule,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { tap } from 'rxjs';

import { TransfersApi } from '../../core/api/members.api';
import { MemberTransfer, TransferDirection, TransferStatus } from '../../core/api/party.models';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { markAllDirty } from '../../core/forms/mark-all-dirty';
import { optional } from '../../core/forms/validators';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { fromDateOnly, toDateOnly } from '../../core/members/id-number';
import { ConfirmService } from '../../shared/confirm.service';
import { MemberSelectComponent } from '../../shared/member-select.component';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

/** 组织关系转接: letters out and in, their 3/6-month deadlines, the receipt and cancellation. */
@Component({
  selector: 'pb-transfers',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
    NzTableModule,
    PagedTableDirective,
    NzTagModule,
    TranslatePipe,
    FieldErrorPipe,
    MemberSelectComponent,
    OrgTreeSelectComponent,
  ],
  templateUrl: './transfers.page.html',
})
export class TransfersPage {
  private readonly api = inject(TransfersApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly directions: TransferDirection[] = ['Outgoing', 'Incoming'];
  protected readonly statuses: TransferStatus[] = ['Pending', 'Completed', 'Cancelled'];
  protected filters = {
    direction: null as TransferDirection | null,
    status: 'Pending' as TransferStatus | null,
    overdue: false,
  };

  protected readonly list = new PagedList<MemberTransfer>(
    (page) =>
      this.api.list({
        ...page,
        direction: this.filters.direction,
        status: this.filters.status,
        overdue: this.filters.overdue || null,
      }),
    { sorting: 'issuedOn desc' },
  );

  protected readonly editing = signal<MemberTransfer | null>(null);
  protected readonly formOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    direction: ['Outgoing' as TransferDirection, Validators.required],
    organizationId: [null as string | null, Validators.required],
    memberId: [null as string | null],
    personName: ['', Validators.maxLength(64)],
    letterNumber: ['', Validators.maxLength(64)],
    counterparty: ['', [Validators.required, Validators.maxLength(128)]],
    isCrossProvince: [false],
    issuedOn: [new Date() as Date | null, Validators.required],
    notes: ['', Validators.maxLength(500)],
  });

  protected readonly completing = signal<MemberTransfer | null>(null);
  protected receiptOn: Date | null = new Date();
  protected arrivedMemberId: string | null = null;

  constructor() {
    this.list.load();
  }

  protected reset(): void {
    this.filters = { direction: null, status: 'Pending', overdue: false };
    this.list.search();
  }

  protected openForm(transfer: MemberTransfer | null): void {
    this.editing.set(transfer);
    this.form.reset();
    if (transfer) {
      this.form.patchValue({
        ...transfer,
        personName: transfer.personName ?? '',
        letterNumber: transfer.letterNumber ?? '',
        counterparty: transfer.counterparty ?? '',
        notes: transfer.notes ?? '',
        issuedOn: fromDateOnly(transfer.issuedOn),
      });
    }
    this.formOpen.set(true);
  }

  protected save(): void {
    const v = this.form.getRawValue();
    // An outgoing letter names the member's record; an incoming one the arriving person.
    this.form.controls.memberId.setErrors(
      v.direction === 'Outgoing' && !v.memberId ? { required: true } : null,
    );
    this.form.controls.personName.setErrors(
      v.direction === 'Incoming' && !v.personName.trim() ? { required: true } : null,
    );
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const editing = this.editing();
    this.saving.set(true);
    this.api
      .save(
        editing?.id ?? null,
        {
          direction: v.direction,
          organizationId: v.organizationId!,
          memberId: v.direction === 'Outgoing' ? v.memberId : null,
          personName: v.direction === 'Incoming' ? optional(v.personName) : null,
          letterNumber: optional(v.letterNumber),
          counterparty: optional(v.counterparty),
          isCrossProvince: v.isCrossProvince,
          issuedOn: toDateOnly(v.issuedOn)!,
          notes: optional(v.notes),
          concurrencyStamp: editing?.concurrencyStamp,
        },
        this.form,
      )
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.formOpen.set(false);
          this.message.success(this.i18n.fanyi('transfers.saved'));
          this.list.load();
        },
        error: () => this.saving.set(false),
      });
  }

  protected openComplete(transfer: MemberTransfer): void {
    this.receiptOn = new Date();
    this.arrivedMemberId = transfer.memberId;
    this.completing.set(transfer);
  }

  protected complete(): void {
    const transfer = this.completing();
    const on = toDateOnly(this.receiptOn);
    if (!transfer || !on) {
      return;
    }
    this.saving.set(true);
    this.api.complete(transfer.id, on, this.arrivedMemberId).subscribe({
      next: () => {
        this.saving.set(false);
        this.completing.set(null);
        this.message.success(this.i18n.fanyi('transfers.completed'));
        this.list.load();
      },
      error: () => this.saving.set(false),
    });
  }

  protected cancel(transfer: MemberTransfer): void {
    const name = transfer.personName ?? transfer.letterNumber ?? '';
    this.confirm.run(
      {
        title: this.i18n.fanyi('transfers.confirmCancel', { name }),
        okText: this.i18n.fanyi('transfers.cancel'),
        danger: true,
      },
      () => this.api.cancel(transfer.id).pipe(tap(() => this.list.load())),
    );
  }
}
