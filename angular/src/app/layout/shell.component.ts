import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { MenuService } from '@delon/theme';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { filter, map } from 'rxjs';

import { SessionService } from '../core/auth/session.service';
import { I18nService, Lang } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AppMenu, buildMenu } from '../core/menu/menu';
import { TenantContext } from '../core/tenant/tenant-context.service';
import { ResponsiveService } from '../shared/responsive.service';
import { TenantSwitcherComponent } from './tenant-switcher.component';

@Component({
  selector: 'pb-shell',
  imports: [
    NgTemplateOutlet,
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzDropDownModule,
    NzDrawerModule,
    NzButtonModule,
    NzTagModule,
    TranslatePipe,
    TenantSwitcherComponent,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.less',
})
export class ShellComponent {
  protected readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly tenantContext = inject(TenantContext);

  protected readonly mobile = inject(ResponsiveService).mobile;
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  protected readonly collapsed = signal(false);
  protected readonly drawerOpen = signal(false);
  protected readonly menu = computed(() => buildMenu((permission) => this.session.can(permission)));
  /**
   * Links that begin another entry's link (/meetings and /meetings/plan) light up only on their own page, so
   * the year plan does not also highlight 三会一课.
   */
  protected readonly exactLinks = computed(() => {
    const links = this.menu().flatMap((item) =>
      [item, ...(item.children ?? [])].map((i) => i.link ?? ''),
    );
    return new Set(
      links.filter((link) => link && links.some((other) => other.startsWith(`${link}/`))),
    );
  });
  protected readonly displayName = computed(() => {
    const user = this.session.user();
    return user?.name || user?.userName || '';
  });
  /**
   * Changing it re-creates the routed page, so everything on screen is reloaded for the committee a host user
   * has just switched to.
   */
  protected readonly outletKey = computed(() => this.tenantContext.current()?.id ?? 'host');

  constructor() {
    const menuService = inject(MenuService);
    // delon's page-header derives its breadcrumbs from the menu service.
    effect(() => {
      // A copy: the menu service annotates the items it is given.
      menuService.add(structuredClone(this.menu()));
    });
    // On phones the drawer has done its job once a page is chosen.
    effect(() => {
      this.url();
      this.drawerOpen.set(false);
    });
  }

  protected toggleMenu(): void {
    if (this.mobile()) {
      this.drawerOpen.update((open) => !open);
    } else {
      this.collapsed.update((collapsed) => !collapsed);
    }
  }

  protected isGroupOpen(group: AppMenu): boolean {
    const url = this.url();
    return (group.children ?? []).some((child) => child.link && url.startsWith(child.link));
  }

  protected switchLanguage(lang: Lang): void {
    void this.i18n.load(lang);
  }

  protected logout(): void {
    this.session.logout().subscribe(() => void this.router.navigate(['/login']));
  }
}
