import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { MembersApi } from '../../core/api/members.api';
import { DevelopmentBoard, DueItem } from '../../core/api/party.models';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { STAGE_COLORS } from '../../core/members/stages';
import { OrgTreeSelectComponent } from '../../shared/org-tree-select.component';

/** 发展党员: the pipeline from 入党申请人 to 正式党员, and the steps falling due. */
@Component({
  selector: 'pb-development',
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    NzBadgeModule,
    NzCardModule,
    NzEmptyModule,
    NzSelectModule,
    NzTableModule,
    NzTabsModule,
    NzTagModule,
    TranslatePipe,
    OrgTreeSelectComponent,
  ],
  templateUrl: './development.page.html',
  styleUrl: './development.page.less',
})
export class DevelopmentPage {
  private readonly api = inject(MembersApi);
  protected readonly stageColors = STAGE_COLORS;
  protected organizationId: string | null = null;
  protected withinDays = 30;
  protected readonly board = signal<DevelopmentBoard | null>(null);
  protected readonly due = signal<DueItem[]>([]);
  protected readonly loading = signal(false);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.board(this.organizationId).subscribe({
      next: (board) => {
        this.board.set(board);
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
    this.loadDue();
  }

  protected loadDue(): void {
    this.api.due(this.organizationId, this.withinDays).subscribe({
      next: (items) => this.due.set(items),
      error: () => undefined,
    });
  }
}
