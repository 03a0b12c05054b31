import { DatePipe } from '@angular/common';
import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { AuditLogsApi } from '../../core/api/audit-logs.api';
import { AuditLog, EntityChangeType } from '../../core/api/models';
import { SessionService } from '../../core/auth/session.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ExpandedRows } from '../../core/list/expanded-rows';
import { PagedList } from '../../core/list/paged-list';
import { PagedTableDirective } from '../../core/list/paged-table.directive';
import { TenantContext } from '../../core/tenant/tenant-context.service';
import { TenantSelectComponent } from '../../shared/tenant-select.component';

const CHANGE_COLORS: Record<EntityChangeType, string> = {
  Created: 'success',
  Updated: 'processing',
  Deleted: 'error',
};

/** 审计日志: requests and the entity changes they made, newest first. */
@Component({
  selector: 'pb-audit-logs',
  imports: [
    DatePipe,
    FormsModule,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzTableModule,
    PagedTableDirective,
    NzTagModule,
    TranslatePipe,
    TenantSelectComponent,
  ],
  templateUrl: './audit-logs.page.html',
  styleUrl: './audit-logs.page.less',
})
export class AuditLogsPage {
  private readonly api = inject(AuditLogsApi);
  protected readonly session = inject(SessionService);
  protected readonly tenantContext = inject(TenantContext);
  protected readonly changeColors = CHANGE_COLORS;
  protected readonly expanded = new ExpandedRows();

  protected filters = {
    entityType: '',
    userName: '',
    range: [] as Date[],
    tenantId: null as string | null,
  };

  protected readonly list = new PagedList<AuditLog>((page) => {
    const [from, to] = this.filters.range;
    return this.api.list({
      ...page,
      entityType: this.filters.entityType.trim(),
      userName: this.filters.userName.trim(),
      from: from?.toISOString(),
      to: to?.toISOString(),
      tenantId: this.filters.tenantId,
    });
  });

  constructor() {
    this.list.load();
  }

  protected reset(): void {
    this.filters = { entityType: '', userName: '', range: [], tenantId: null };
    this.list.search();
  }

  protected statusColor(statusCode: number): string {
    return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warning' : 'success';
  }
}
