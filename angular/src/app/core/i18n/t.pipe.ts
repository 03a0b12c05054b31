import { Pipe, PipeTransform, inject } from '@angular/core';

import { I18nService } from './i18n.service';

/**
 * `{{ 'menu.users' | t }}`. Impure on purpose: the result depends on the current language, not only on the
 * key, and reading the language signal here schedules the view for a refresh when the user switches.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string, params?: Record<string, unknown>): string {
    this.i18n.lang();
    return this.i18n.fanyi(key, params);
  }
}
