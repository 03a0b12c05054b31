import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { tap } from 'rxjs';

import { ActivityCategoriesApi } from '../../core/api/org-life.api';
import {
  ACTIVITY_CATEGORY_GROUPS,
  ActivityCategory,
  ActivityCategoryInput,
} from '../../core/api/org-life.models';
import { toldUser } from '../../core/http/told';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ConfirmService } from '../../shared/confirm.service';

type Row = ActivityCategoryInput & { id: string | null };

/** 活动类别: the committee's catalogue (1+3+X and the 党建+ fields); a used category is retired, not deleted. */
@Component({
  selector: 'pb-activity-categories',
  imports: [
    FormsModule,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzTableModule,
    TranslatePipe,
  ],
  template: `
    <page-header />
    <nz-card>
      <p class="pb-muted">{{ 'orgLife.categories.hint' | t }}</p>
      <nz-table nzSize="small" nzTemplateMode [nzShowPagination]="false" [nzData]="rows()">
        <thead>
          <tr>
            <th>{{ 'orgLife.categories.name' | t }}</th>
            <th>{{ 'orgLife.categories.group' | t }}</th>
            <th nzWidth="90px">{{ 'organizations.fields.sortOrder' | t }}</th>
            <th nzWidth="70px">{{ 'common.active' | t }}</th>
            <th>{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track $index) {
            <tr>
              <td>
                <input
                  nz-input
                  class="pb-ac__name"
                  [(ngModel)]="row.name"
                  [attr.aria-label]="'orgLife.categories.name' | t"
                />
              </td>
              <td>
                <nz-select
                  [(ngModel)]="row.group"
                  [attr.aria-label]="'orgLife.categories.group' | t"
                  class="pb-ac__group"
                >
                  @for (g of groups; track g) {
                    <nz-option [nzValue]="g" [nzLabel]="'enums.activityCategoryGroup.' + g | t" />
                  }
                </nz-select>
              </td>
              <td>
                <nz-input-number
                  [(ngModel)]="row.sortOrder"
                  [nzMin]="0"
                  [attr.aria-label]="'organizations.fields.sortOrder' | t"
                />
              </td>
              <td>
                <label
                  nz-checkbox
                  [(ngModel)]="row.isActive"
                  [attr.aria-label]="'common.active' | t"
                ></label>
              </td>
              <td class="pb-actions">
                <button nz-button nzType="link" (click)="save(row)">{{ 'common.save' | t }}</button>
                <button nz-button nzType="link" nzDanger (click)="remove(row)">
                  {{ 'common.delete' | t }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <button nz-button nzType="dashed" class="pb-ac__add" (click)="add()">
        {{ 'orgLife.categories.add' | t }}
      </button>
    </nz-card>
  `,
  styles: `
    .pb-ac__name {
      min-width: 10em;
    }
    .pb-ac__group {
      width: 100%;
      min-width: 140px;
    }
    .pb-ac__add {
      width: 100%;
      margin-top: 8px;
    }
  `,
})
export class ActivityCategoriesPage {
  private readonly api = inject(ActivityCategoriesApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  protected readonly groups = ACTIVITY_CATEGORY_GROUPS;
  protected readonly rows = signal<Row[]>([]);

  constructor() {
    this.api
      .list()
      .pipe(toldUser())
      .subscribe((list) => this.rows.set(list.map((c) => ({ ...c }))));
  }

  protected add(): void {
    this.rows.update((rows) => [
      ...rows,
      { id: null, name: '', group: 'Special', sortOrder: rows.length, isActive: true },
    ]);
  }

  protected save(row: Row): void {
    const { id, ...input } = row;
    this.api
      .save(id, { ...input, name: input.name.trim() })
      .pipe(toldUser())
      .subscribe((saved: ActivityCategory) => {
        this.rows.update((rows) => rows.map((r) => (r === row ? { ...saved } : r)));
        this.message.success(this.i18n.fanyi('common.saved', { name: saved.name }));
      });
  }

  protected remove(row: Row): void {
    if (!row.id) {
      this.rows.update((rows) => rows.filter((r) => r !== row));
      return;
    }
    this.confirm.run(
      {
        title: this.i18n.fanyi('orgLife.categories.confirmDelete', { name: row.name }),
        content: this.i18n.fanyi('orgLife.categories.deleteHint'),
        okText: this.i18n.fanyi('common.delete'),
        danger: true,
      },
      () =>
        this.api
          .delete(row.id!)
          .pipe(tap(() => this.rows.update((rows) => rows.filter((r) => r !== row)))),
    );
  }
}
