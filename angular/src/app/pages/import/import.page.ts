import { HttpErrorResponse } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';

import { ImportApi, ImportKind, TemplateFormat } from '../../core/api/members.api';
import { ImportMode, ImportResult } from '../../core/api/party.models';
import { ProblemDetails, problemOf } from '../../core/api/problem-details';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { saveDownload } from '../../shared/download';

/** A 422 `RowsRejected` of an all-or-nothing import carries the same report as a success. */
interface RejectedProblem extends ProblemDetails, Partial<ImportResult> {}

/** 导入: organisations or members from an .xlsx/.csv file, with a row report. */
@Component({
  selector: 'pb-import',
  imports: [
    FormsModule,
    PageHeaderComponent,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzIconModule,
    NzRadioModule,
    NzStatisticModule,
    NzTableModule,
    TranslatePipe,
  ],
  templateUrl: './import.page.html',
  styles: `
    .pb-import-steps {
      display: grid;
      gap: 16px;
    }
    .pb-import-totals {
      display: flex;
      flex-wrap: wrap;
      gap: 32px;
      margin: 16px 0;
    }
    .pb-file {
      margin: 8px 0;
    }
  `,
})
export class ImportPage {
  private readonly api = inject(ImportApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected kind: ImportKind = 'members';
  protected mode: ImportMode = 'allOrNothing';
  protected dryRun = false;
  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  protected readonly downloading = signal<string | null>(null);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly rejectedAll = signal(false);
  protected readonly failure = signal<ProblemDetails | null>(null);

  protected download(format: TemplateFormat, withDemoRows = false): void {
    const key = `${format}${withDemoRows ? '-demo' : ''}`;
    this.downloading.set(key);
    this.api.template(this.kind, format, withDemoRows).subscribe({
      next: (response) => {
        this.downloading.set(null);
        saveDownload(response, `${this.kind}-template.${format}`);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.showFailure(error);
      },
    });
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.result.set(null);
    this.failure.set(null);
  }

  protected upload(): void {
    const file = this.file();
    if (!file) {
      this.message.warning(this.i18n.fanyi('import.chooseFile'));
      return;
    }
    this.uploading.set(true);
    this.result.set(null);
    this.failure.set(null);
    this.rejectedAll.set(false);
    this.api.upload(this.kind, file, this.mode, this.dryRun).subscribe({
      next: (result) => {
        this.uploading.set(false);
        this.result.set(result);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        const problem =
          error instanceof HttpErrorResponse ? (problemOf(error) as RejectedProblem | null) : null;
        if (problem && Array.isArray(problem.rows)) {
          // All or nothing: nothing was written; the rows say why.
          this.rejectedAll.set(true);
          this.result.set({
            totalRows: problem.totalRows ?? 0,
            created: 0,
            updated: 0,
            unchanged: problem.unchanged ?? 0,
            rejected: problem.rejected ?? problem.rows.length,
            rows: problem.rows,
          });
          this.failure.set(problem);
          return;
        }
        this.showFailure(error);
      },
    });
  }

  private showFailure(error: unknown): void {
    const problem = error instanceof HttpErrorResponse ? problemOf(error) : null;
    this.failure.set(problem ?? { title: this.i18n.fanyi('error.unknown') });
  }
}
