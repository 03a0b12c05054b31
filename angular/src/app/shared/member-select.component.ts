import { Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Subject, catchError, debounceTime, of, switchMap, tap } from 'rxjs';

import { MembersApi } from '../core/api/members.api';
import { MemberListItem } from '../core/api/party.models';
import { IdValueAccessor, provideValueAccessor, withSelected } from './id-value-accessor';

/** Searches member records of the caller's reach by name (or full ID number); the value is the record's id. */
@Component({
  selector: 'pb-member-select',
  imports: [FormsModule, NzSelectModule],
  providers: [provideValueAccessor(() => MemberSelectComponent)],
  template: `
    <nz-select
      nzShowSearch
      nzServerSearch
      nzAllowClear
      [nzId]="inputId()"
      [nzPlaceHolder]="placeholder()"
      [nzDisabled]="disabled()"
      [nzLoading]="loading()"
      [ngModel]="value()"
      (ngModelChange)="change($event)"
      (nzOnSearch)="searches.next($event)"
      (nzOpenChange)="$event ? searches.next('') : touched()"
    >
      @for (member of options(); track member.id) {
        <nz-option
          [nzValue]="member.id"
          [nzLabel]="member.name + ' · ' + member.organizationName"
        />
      }
    </nz-select>
  `,
  styles: `
    :host {
      display: block;
    }
    nz-select {
      width: 100%;
    }
  `,
})
export class MemberSelectComponent extends IdValueAccessor {
  private readonly api = inject(MembersApi);

  protected readonly loading = signal(false);
  protected readonly searches = new Subject<string>();
  private readonly found = signal<MemberListItem[]>([]);
  private readonly selected = signal<MemberListItem | null>(null);
  protected readonly options = computed(() => withSelected(this.selected(), this.found()));

  constructor() {
    super();
    this.searches
      .pipe(
        debounceTime(300),
        tap(() => this.loading.set(true)),
        switchMap((filter) =>
          this.api
            .list({ filter: filter.trim(), skipCount: 0, maxResultCount: 20, sorting: 'name' })
            .pipe(catchError(() => of({ items: [], totalCount: 0 }))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        this.found.set(page.items);
      });
  }

  override writeValue(value: string | null): void {
    super.writeValue(value);
    // The chosen record shows its name, not its id, before any search.
    if (value && this.selected()?.id !== value) {
      this.api.get(value).subscribe({ next: (m) => this.selected.set(m), error: () => undefined });
    }
  }

  protected override change(value: string | null): void {
    this.selected.set(this.options().find((m) => m.id === value) ?? null);
    super.change(value);
  }
}
