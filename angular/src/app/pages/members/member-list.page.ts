import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { MembersApi } from '../../core/api/members.api';
import {
  MEMBER_STAGES,
  MEMBER_STATUSES,
  MemberCategory,
  MemberListItem,
  MemberQuery,
  MemberStage,
  MemberStatus,
} from '../../core/api/party.models';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { STAGE_COLORS } from '../../core/members/stages';
import { saveDownload } from '../../shared/download';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

/** 党员档案: the member records of the caller's reach, filtered and paged by the server. */
@Component({
  selector: 'pb-member-list',
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    PagedTableDirective,
    NzTagModule,
    TranslatePipe,
    OrgTreeSelectComponent,
  ],
  templateUrl: './member-list.page.html',
})
export class MemberListPage {
  private readonly api = inject(MembersApi);
  private readonly session = inject(SessionService);

  protected readonly canCreate = this.session.can(Permissions.MembersCreate);
  protected readonly canUpdate = this.session.can(Permissions.MembersUpdate);
  protected readonly canExport = this.session.can(Permissions.MembersExport);
  protected readonly canImport = this.session.can(Permissions.MembersImport);
  protected readonly stages = MEMBER_STAGES;
  protected readonly statuses = MEMBER_STATUSES;
  protected readonly categories: MemberCategory[] = ['Full', 'Probationary'];
  protected readonly stageColors = STAGE_COLORS;
  protected readonly exporting = signal(false);

  protected filters = {
    filter: '',
    organizationId: null as string | null,
    stage: null as MemberStage | null,
    category: null as MemberCategory | null,
    status: 'Active' as MemberStatus | null,
    isMobile: false,
    isLostContact: false,
  };

  protected readonly list = new PagedList<MemberListItem>(
    (page) => this.api.list({ ...page, ...this.query() }),
    { sorting: 'name' },
  );

  constructor() {
    // The development board links here with `?stage=` for the cards beyond its first 50.
    const stage = inject(ActivatedRoute).snapshot.queryParamMap.get('stage');
    if (stage && (MEMBER_STAGES as readonly string[]).includes(stage)) {
      this.filters.stage = stage as MemberStage;
    }
    this.list.load();
  }

  /** The filters as the API wants them: flags only when ticked, so unticked means "either". */
  private query(): MemberQuery {
    const f = this.filters;
    return {
      filter: f.filter.trim(),
      organizationId: f.organizationId,
      stage: f.stage,
      category: f.category,
      status: f.status,
      isMobile: f.isMobile || null,
      isLostContact: f.isLostContact || null,
    };
  }

  protected reset(): void {
    this.filters = {
      filter: '',
      organizationId: null,
      stage: null,
      category: null,
      status: 'Active',
      isMobile: false,
      isLostContact: false,
    };
    this.list.search();
  }

  protected export(): void {
    this.exporting.set(true);
    this.api.export(this.query()).subscribe({
      next: (response) => {
        this.exporting.set(false);
        saveDownload(response, 'members.xlsx');
      },
      error: () => this.exporting.set(false),
    });
  }
}
