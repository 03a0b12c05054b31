import { Component, computed, inject, input } from '@angular/core';
import { ExceptionComponent, ExceptionType } from '@delon/abc/exception';

import { I18nService } from '../../core/i18n/i18n.service';

const TYPES: readonly ExceptionType[] = [403, 404, 500];

/** 403 (no permission), 404 (no such page) and 500, inside the console's layout. */
@Component({
  selector: 'pb-exception',
  imports: [ExceptionComponent],
  template: `
    <exception
      [type]="code()"
      [img]="'exception/' + code() + '.svg'"
      [desc]="description()"
      backRouterLink="/dashboard"
    >
    </exception>
  `,
})
export class ExceptionPage {
  private readonly i18n = inject(I18nService);

  /** From the route: `/exception/403`, or `data: { type: 404 }` on the catch-all route. */
  readonly type = input<string | number>(404);

  protected readonly code = computed<ExceptionType>(() => {
    const code = Number(this.type());
    return TYPES.find((t) => t === code) ?? 404;
  });
  protected readonly description = computed(() => {
    this.i18n.lang();
    return this.i18n.fanyi(`exception.${this.code()}`);
  });
}
