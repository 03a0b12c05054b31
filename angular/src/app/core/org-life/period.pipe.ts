import { Pipe, PipeTransform, inject } from '@angular/core';

import { I18nService } from '../i18n/i18n.service';
import { parsePeriod } from './periods';

/**
 * `{{ '2026-11' | period }}` → 2026年11月; `| period: 'short'` → 11月, for column heads where the year is
 * already shown. Unknown keys are shown as they are.
 */
@Pipe({ name: 'period', pure: false })
export class PeriodPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string | null | undefined, style: 'long' | 'short' = 'long'): string {
    this.i18n.lang();
    const period = key ? parsePeriod(key) : null;
    if (!period) {
      return key ?? '';
    }
    const name = `orgLife.period.${period.kind.toLowerCase()}${style === 'short' ? 'Short' : ''}`;
    return this.i18n.fanyi(name, { year: period.year, index: period.index });
  }
}
