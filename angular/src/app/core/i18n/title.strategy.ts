import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TitleService } from '@delon/theme';

import { I18nService } from './i18n.service';

/** Route `title`s are dictionary keys; the tab reads "用户管理 - 党建e平台" and follows language switches. */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private lastSnapshot: RouterStateSnapshot | null = null;

  constructor() {
    super();
    this.i18n.change.subscribe(() => {
      if (this.lastSnapshot) {
        this.updateTitle(this.lastSnapshot);
      }
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastSnapshot = snapshot;
    const key = this.buildTitle(snapshot);
    const app = this.i18n.fanyi('app.name');
    this.title.setTitle(key ? `${this.i18n.fanyi(key)} - ${app}` : app);
  }
}

/**
 * delon's TitleService retitles the tab from the menu when a page-header appears or the language changes, which
 * drops the product name and calls a create page after its list. Route titles are the only source here.
 */
@Injectable()
export class RouteTitleService extends TitleService {
  override setTitle(): void {
    // The router's title strategy owns document.title.
  }
}
