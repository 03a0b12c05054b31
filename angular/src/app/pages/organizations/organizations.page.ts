import { Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormatEmitEvent, NzTreeModule } from 'ng-zorro-antd/tree';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { NzUploadFile, NzUploadModule } from 'ng-zorro-antd/upload';
import { tap } from 'rxjs';

import { OrganizationTreeStore, OrganizationsApi } from '../../core/api/organizations.api';
import { CommitteeTerm, OrganizationDetail } from '../../core/api/party.models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { findNode, pathTo, subtreeIds, toTreeNodes } from '../../core/org/org-tree';
import { ConfirmService } from '../../shared/confirm.service';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';
import { ResponsiveService } from '../../shared/responsive.service';
import { CategoriesModalComponent } from './categories-modal.component';
import { OrganizationFormComponent } from './organization-form.component';
import { TermFormComponent } from './term-form.component';
import { toldUser } from '../../core/http/told';

/** 党组织: the organisation tree of the caller's reach beside the selected organisation's details. */
@Component({
  selector: 'pb-organizations',
  imports: [
    FormsModule,
    PageHeaderComponent,
    NzAlertModule,
    NzBadgeModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzEmptyModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzSpinModule,
    NzStatisticModule,
    NzTabsModule,
    NzTagModule,
    NzTimelineModule,
    NzTreeModule,
    NzUploadModule,
    TranslatePipe,
    OrgTreeSelectComponent,
    OrganizationFormComponent,
    TermFormComponent,
    CategoriesModalComponent,
  ],
  templateUrl: './organizations.page.html',
  styleUrl: './organizations.page.less',
})
export class OrganizationsPage {
  private readonly api = inject(OrganizationsApi);
  private readonly store = inject(OrganizationTreeStore);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  private readonly session = inject(SessionService);
  private readonly responsive = inject(ResponsiveService);
  private readonly detailPanel = viewChild('detailPanel', { read: ElementRef });

  protected readonly canCreate = this.session.can(Permissions.OrganizationsCreate);
  protected readonly canUpdate = this.session.can(Permissions.OrganizationsUpdate);
  protected readonly canDelete = this.session.can(Permissions.OrganizationsDelete);
  protected readonly canManageCategories = this.session.can(
    Permissions.OrganizationsManageCategories,
  );

  protected readonly treeLoading = signal(true);
  protected readonly searchValue = signal('');
  protected readonly selectedId = signal<string | null>(null);
  protected readonly detail = signal<OrganizationDetail | null>(null);
  protected readonly detailLoading = signal(false);
  protected readonly terms = signal<CommitteeTerm[]>([]);
  protected readonly tabIndex = signal(0);
  protected readonly logoVersion = signal('');

  protected readonly expandedKeys = signal<string[]>([]);
  protected readonly nodes = computed(() => toTreeNodes(this.store.nodes()));

  /** Drawer of the organisation form: a new child of `parent` or the selected organisation. */
  protected readonly formOpen = signal(false);
  protected readonly formParent = signal<OrganizationDetail | null>(null);
  protected readonly formEditing = signal<OrganizationDetail | null>(null);

  protected readonly termOpen = signal(false);
  protected readonly termEditing = signal<CommitteeTerm | null>(null);

  protected readonly categoriesOpen = signal(false);

  protected readonly moveOpen = signal(false);
  protected moveParentId: string | null = null;
  protected readonly moving = signal(false);
  protected readonly moveExclude = computed(() => {
    const node = findNode(this.store.nodes(), this.selectedId());
    return node ? subtreeIds(node) : new Set<string>();
  });

  constructor() {
    this.reloadTree(true);
  }

  protected reloadTree(selectFirst = false): void {
    this.treeLoading.set(true);
    this.store.refresh().subscribe({
      next: (nodes) => {
        this.treeLoading.set(false);
        const keep = this.selectedId();
        if (keep && findNode(nodes, keep)) {
          this.expandedKeys.set([...new Set([...this.expandedKeys(), ...pathTo(nodes, keep)])]);
          return;
        }
        // Open the first two levels: a committee's branches show without a click.
        this.expandedKeys.set(nodes.map((n) => n.id));
        if (selectFirst && nodes.length) {
          this.select(nodes[0].id);
        }
      },
      error: () => this.treeLoading.set(false),
    });
  }

  protected onNodeClick(event: NzFormatEmitEvent): void {
    const key = event.node?.key;
    if (key) {
      this.select(key);
      // On a phone the details sit below the tree: bring them into view.
      if (this.responsive.mobile()) {
        setTimeout(() => this.detailPanel()?.nativeElement.scrollIntoView({ behavior: 'smooth' }));
      }
    }
  }

  protected onExpandChange(event: NzFormatEmitEvent): void {
    this.expandedKeys.set(event.keys ?? []);
  }

  protected select(id: string): void {
    this.selectedId.set(id);
    this.detailLoading.set(true);
    this.api.get(id).subscribe({
      next: (detail) => {
        this.detail.set(detail);
        this.logoVersion.set(detail.concurrencyStamp);
        this.detailLoading.set(false);
      },
      error: () => this.detailLoading.set(false),
    });
    this.api
      .terms(id)
      .subscribe({ next: (terms) => this.terms.set(terms), error: () => undefined });
  }

  protected openCreate(parent: OrganizationDetail | null): void {
    this.formParent.set(parent);
    this.formEditing.set(null);
    this.formOpen.set(true);
  }

  protected openEdit(): void {
    this.formParent.set(null);
    this.formEditing.set(this.detail());
    this.formOpen.set(true);
  }

  protected onSaved(saved: OrganizationDetail): void {
    this.formOpen.set(false);
    this.message.success(this.i18n.fanyi('common.saved', { name: saved.name }));
    this.selectedId.set(saved.id);
    this.detail.set(saved);
    this.reloadTree();
    this.select(saved.id);
  }

  protected openMove(): void {
    this.moveParentId = this.detail()?.parentId ?? null;
    this.moveOpen.set(true);
  }

  protected move(): void {
    const detail = this.detail();
    if (!detail) {
      return;
    }
    this.moving.set(true);
    this.api.move(detail.id, this.moveParentId, detail.concurrencyStamp).subscribe({
      next: (moved) => {
        this.moving.set(false);
        this.moveOpen.set(false);
        this.message.success(this.i18n.fanyi('organizations.moved', { name: moved.name }));
        this.detail.set(moved);
        this.reloadTree();
      },
      error: () => this.moving.set(false),
    });
  }

  protected remove(): void {
    const detail = this.detail();
    if (!detail) {
      return;
    }
    const t = (key: string) => this.i18n.fanyi(key, { name: detail.name });
    this.confirm.run(
      {
        title: t('organizations.confirmDelete'),
        content: t('common.irreversible'),
        okText: t('common.delete'),
        danger: true,
      },
      () =>
        this.api.delete(detail.id).pipe(
          tap(() => {
            this.message.success(t('common.deleted'));
            this.selectedId.set(detail.parentId);
            this.detail.set(null);
            this.reloadTree(true);
            if (detail.parentId) {
              this.select(detail.parentId);
            }
          }),
        ),
    );
  }

  protected openTerm(term: CommitteeTerm | null): void {
    this.termEditing.set(term);
    this.termOpen.set(true);
  }

  protected onTermSaved(): void {
    this.termOpen.set(false);
    const id = this.selectedId();
    if (id) {
      this.select(id);
      this.reloadTree();
    }
  }

  protected removeTerm(term: CommitteeTerm): void {
    const id = this.selectedId();
    if (!id) {
      return;
    }
    const name = `${term.startsOn} – ${term.endsOn}`;
    this.confirm.run(
      {
        title: this.i18n.fanyi('organizations.terms.confirmDelete', { name }),
        okText: this.i18n.fanyi('common.delete'),
        danger: true,
      },
      () => this.api.deleteTerm(id, term.id).pipe(tap(() => this.onTermSaved())),
    );
  }

  protected logoUrl(detail: OrganizationDetail): string {
    return this.api.logoUrl(detail.id, this.logoVersion());
  }

  /** nz-upload hands the file over; we send it ourselves through HttpClient (XSRF header, error toast). */
  protected readonly beforeLogoUpload = (file: NzUploadFile): boolean => {
    const detail = this.detail();
    const raw = file as unknown as File;
    if (!detail) {
      return false;
    }
    if (raw.size > 1024 * 1024) {
      this.message.error(this.i18n.fanyi('organizations.brand.tooLarge'));
      return false;
    }
    this.api
      .uploadLogo(detail.id, raw)
      .pipe(toldUser())
      .subscribe(() => {
        this.message.success(this.i18n.fanyi('organizations.brand.uploaded'));
        this.detail.set({ ...detail, hasBrandLogo: true });
        this.logoVersion.set(String(Date.now()));
      });
    return false;
  };

  protected deleteLogo(): void {
    const detail = this.detail();
    if (!detail) {
      return;
    }
    this.api
      .deleteLogo(detail.id)
      .pipe(toldUser())
      .subscribe(() => {
        this.detail.set({ ...detail, hasBrandLogo: false });
      });
  }

  protected termWarning(term: CommitteeTerm): 'expired' | 'ending' | null {
    if (term.daysToEnd < 0) {
      return 'expired';
    }
    return term.daysToEnd <= 90 ? 'ending' : null;
  }

  protected filterTree(value: string): void {
    this.searchValue.set(value);
  }
}
