import { Component, computed, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';

import { OrganizationTreeStore } from '../core/api/organizations.api';
import { toTreeNodes } from '../core/org/org-tree';
import { IdValueAccessor, provideValueAccessor } from './id-value-accessor';

/**
 * Chooses one organisation of the caller's reach (`formControlName` or `ngModel`; the value is its id).
 * The tree is fetched once per session and shared by every instance.
 */
@Component({
  selector: 'pb-org-tree-select',
  imports: [FormsModule, NzTreeSelectModule],
  providers: [provideValueAccessor(() => OrgTreeSelectComponent)],
  template: `
    <nz-tree-select
      [nzId]="inputId()"
      [nzNodes]="nodes()"
      [nzPlaceHolder]="placeholder()"
      [nzAllowClear]="allowClear()"
      [nzDisabled]="disabled()"
      [nzDefaultExpandAll]="true"
      nzShowSearch
      nzShowIcon
      [nzDropdownStyle]="{ 'max-height': '360px', overflow: 'auto' }"
      [ngModel]="value()"
      (ngModelChange)="change($event)"
      (nzOpenChange)="$event || touched()"
      [attr.aria-label]="placeholder()"
    />
  `,
  styles: `
    :host {
      display: block;
    }
    nz-tree-select {
      width: 100%;
    }
  `,
})
export class OrgTreeSelectComponent extends IdValueAccessor {
  private readonly store = inject(OrganizationTreeStore);

  readonly allowClear = input(true);
  /** Organisations (with their subtrees) that may not be chosen, e.g. the one being moved. */
  readonly exclude = input<ReadonlySet<string>>(new Set());

  protected readonly nodes = computed(() =>
    toTreeNodes(this.store.nodes(), { disabled: this.exclude(), expandAll: true }),
  );

  constructor() {
    super();
    this.store.ensure();
  }
}
