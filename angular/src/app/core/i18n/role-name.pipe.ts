import { Pipe, PipeTransform, inject } from '@angular/core';

import { I18nService } from './i18n.service';

/** The built-in roles (IdentityConsts.RoleNames) by their Chinese or English names; custom roles as named. */
@Pipe({ name: 'roleName', pure: false })
export class RoleNamePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(role: string): string {
    this.i18n.lang();
    const key = `roleNames.${role}`;
    const translated = this.i18n.fanyi(key);
    return translated === key ? role : translated;
  }
}
