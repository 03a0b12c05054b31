import { Component, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';

import { OrganizationCategoriesApi } from '../../core/api/organizations.api';
import { OrganizationCategory, UNIT_KINDS, UnitKind } from '../../core/api/party.models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { toldUser } from '../../core/http/told';

interface Row {
  id: string | null;
  name: string;
  kind: UnitKind;
  sortOrder: number;
  concurrencyStamp?: string;
}

/** 组织类别: a short list edited in place (ManageCategories). A used category cannot be deleted (409). */
@Component({
  selector: 'pb-categories-modal',
  imports: [
    FormsModule,
    NzButtonModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="open()"
      [nzWidth]="760"
      [nzTitle]="'organizations.categories.title' | t"
      [nzFooter]="null"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        <nz-table #table nzSize="small" nzTemplateMode [nzShowPagination]="false" [nzData]="rows()">
          <thead>
            <tr>
              <th>{{ 'organizations.categories.name' | t }}</th>
              <th>{{ 'organizations.categories.kind' | t }}</th>
              <th nzWidth="90px">{{ 'organizations.fields.sortOrder' | t }}</th>
              <th>{{ 'common.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track $index) {
              <tr>
                <td>
                  <input
                    nz-input
                    [(ngModel)]="row.name"
                    [attr.aria-label]="'organizations.categories.name' | t"
                  />
                </td>
                <td>
                  <nz-select
                    [(ngModel)]="row.kind"
                    [attr.aria-label]="'organizations.categories.kind' | t"
                    style="width: 100%"
                  >
                    @for (kind of kinds; track kind) {
                      <nz-option [nzValue]="kind" [nzLabel]="'enums.unitKind.' + kind | t" />
                    }
                  </nz-select>
                </td>
                <td><nz-input-number [(ngModel)]="row.sortOrder" [nzMin]="0" /></td>
                <td class="pb-actions">
                  <button nz-button nzType="link" (click)="save(row)">
                    {{ 'common.save' | t }}
                  </button>
                  @if (row.id) {
                    <button nz-button nzType="link" nzDanger (click)="remove(row)">
                      {{ 'common.delete' | t }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </nz-table>
        <button nz-button nzType="dashed" class="pb-add-row" (click)="add()">
          {{ 'organizations.categories.add' | t }}
        </button>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .pb-add-row {
      width: 100%;
      margin-top: 8px;
    }
  `,
})
export class CategoriesModalComponent {
  private readonly api = inject(OrganizationCategoriesApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  readonly open = input(false);
  readonly closed = output<void>();
  protected readonly kinds = UNIT_KINDS;
  protected readonly rows = signal<Row[]>([]);

  constructor() {
    effect(() => {
      if (this.open()) {
        this.load();
      }
    });
  }

  private load(): void {
    this.api
      .list()
      .pipe(toldUser())
      .subscribe((list: OrganizationCategory[]) => this.rows.set(list.map((c) => ({ ...c }))));
  }

  protected add(): void {
    this.rows.set([
      ...this.rows(),
      { id: null, name: '', kind: 'Other', sortOrder: this.rows().length },
    ]);
  }

  protected save(row: Row): void {
    const { id, ...input } = row;
    this.api
      .save(id, { ...input, name: input.name.trim() })
      .pipe(toldUser())
      .subscribe(() => {
        this.message.success(this.i18n.fanyi('common.saved', { name: row.name }));
        this.load();
      });
  }

  protected remove(row: Row): void {
    if (row.id) {
      this.api
        .delete(row.id)
        .pipe(toldUser())
        .subscribe(() => {
          this.message.success(this.i18n.fanyi('common.deleted', { name: row.name }));
          this.load();
        });
    }
  }
}
