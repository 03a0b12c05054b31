import { Component, DestroyRef, OnInit, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ControlContainer, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';

import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * The start and end (date and time) of a meeting or activity, as two fields of the surrounding reactive form
 * (`startsAt`, `endsAt`; the end carries `notBefore('startsAt')`). It sits in the form's grid as two cells and
 * re-checks the end whenever the start moves.
 */
@Component({
  selector: 'pb-time-span',
  imports: [ReactiveFormsModule, NzDatePickerModule, NzFormModule, TranslatePipe, FieldErrorPipe],
  viewProviders: [{ provide: ControlContainer, useExisting: FormGroupDirective }],
  template: `
    @for (field of fields; track field) {
      <nz-form-item>
        <nz-form-label [nzFor]="field" nzRequired>{{
          scope() + '.fields.' + field | t
        }}</nz-form-label>
        <nz-form-control [nzErrorTip]="tip">
          <nz-date-picker
            [nzId]="field"
            [formControlName]="field"
            [nzShowTime]="{ nzFormat: 'HH:mm', nzMinuteStep: 5 }"
            nzFormat="yyyy-MM-dd HH:mm"
            [nzInputReadOnly]="true"
          />
        </nz-form-control>
      </nz-form-item>
    }
    <ng-template #tip let-control>{{ control | fieldError: scope() }}</ng-template>
  `,
  styles: `
    :host {
      display: contents;
    }
    nz-date-picker {
      width: 100%;
    }
  `,
})
export class TimeSpanComponent implements OnInit {
  private readonly form = inject(FormGroupDirective);
  private readonly destroyRef = inject(DestroyRef);

  /** The dictionary scope of the labels and messages, e.g. `orgLife.meeting`. */
  readonly scope = input.required<string>();
  protected readonly fields = ['startsAt', 'endsAt'] as const;

  ngOnInit(): void {
    const group = this.form.form;
    group
      .get('startsAt')
      ?.valueChanges.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => group.get('endsAt')?.updateValueAndValidity());
  }
}
