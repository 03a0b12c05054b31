import { Component, inject, input, model, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { concatMap, finalize, from, tap } from 'rxjs';

import { AttachmentsApi } from '../core/api/org-life.api';
import {
  ATTACHMENT_KINDS,
  Attachment,
  AttachmentKind,
  AttachmentOwner,
} from '../core/api/org-life.models';
import { toldUser } from '../core/http/told';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { MAX_ATTACHMENT_BYTES, tooLarge } from '../core/org-life/meeting-rules';
import { ConfirmService } from './confirm.service';

/** Human file sizes: 532 KB, 4.2 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The evidence of a meeting or activity (photos, sign-in sheet, minutes…): listed with their kind, uploaded
 * one after another with the kind chosen above the button. On phones the file picker offers the camera.
 */
@Component({
  selector: 'pb-attachments',
  imports: [FormsModule, NzButtonModule, NzIconModule, NzSelectModule, NzTagModule, TranslatePipe],
  template: `
    @if (editable()) {
      <div class="pb-attach__bar">
        <nz-select
          class="pb-attach__kind"
          nzId="attachmentKind"
          [(ngModel)]="kind"
          [attr.aria-label]="'orgLife.attachments.kind' | t"
        >
          @for (k of kinds(); track k) {
            <nz-option [nzValue]="k" [nzLabel]="'enums.attachmentKind.' + k | t" />
          }
        </nz-select>
        <label
          class="ant-btn ant-btn-default pb-attach__pick"
          [class.ant-btn-loading]="uploading()"
        >
          <nz-icon aria-hidden="true" [nzType]="uploading() ? 'loading' : 'upload'" />
          <span>{{ 'orgLife.attachments.upload' | t }}</span>
          <input
            id="attachmentFile"
            type="file"
            multiple
            class="pb-sr-only"
            accept="image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
            [disabled]="uploading()"
            (change)="pick($event)"
          />
        </label>
        <span class="pb-muted pb-attach__hint">{{
          'orgLife.attachments.hint' | t: { max: maxMb }
        }}</span>
      </div>
    }
    <ul class="pb-attach__list" data-testid="attachments">
      @for (a of attachments(); track a.id) {
        <li class="pb-attach__item">
          @if (a.contentType.startsWith('image/')) {
            <a [href]="url(a)" target="_blank" rel="noopener" class="pb-attach__thumb">
              <img [src]="url(a)" [alt]="a.fileName" />
            </a>
          } @else {
            <nz-icon class="pb-attach__icon" aria-hidden="true" nzType="file" />
          }
          <div class="pb-attach__meta">
            <nz-tag>{{ 'enums.attachmentKind.' + a.kind | t }}</nz-tag>
            <a [href]="url(a)" target="_blank" rel="noopener" class="pb-attach__name">{{
              a.fileName
            }}</a>
            <span class="pb-muted">{{ size(a.size) }}</span>
          </div>
          @if (editable()) {
            <button
              nz-button
              nzType="text"
              nzDanger
              type="button"
              [attr.aria-label]="('common.delete' | t) + ' ' + a.fileName"
              (click)="remove(a)"
            >
              <nz-icon aria-hidden="true" nzType="delete" />
            </button>
          }
        </li>
      } @empty {
        <li class="pb-muted">{{ 'orgLife.attachments.none' | t }}</li>
      }
    </ul>
  `,
  styles: `
    .pb-attach__bar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
    }
    .pb-attach__kind {
      width: 140px;
    }
    .pb-attach__pick {
      position: relative;
      display: inline-flex;
      gap: 6px;
      align-items: center;
      cursor: pointer;
    }
    .pb-attach__pick:focus-within {
      outline: 2px solid #c8102e;
      outline-offset: 2px;
    }
    .pb-attach__hint {
      flex: 1 1 200px;
      font-size: 12px;
    }
    .pb-attach__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .pb-attach__item {
      display: flex;
      gap: 12px;
      align-items: center;
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .pb-attach__thumb img {
      display: block;
      width: 56px;
      height: 56px;
      object-fit: cover;
      border-radius: 4px;
    }
    .pb-attach__icon {
      width: 56px;
      font-size: 28px;
      text-align: center;
      color: #8c8c8c;
    }
    .pb-attach__meta {
      display: flex;
      flex: 1;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: center;
      min-width: 0;
    }
    .pb-attach__name {
      overflow-wrap: anywhere;
    }
  `,
})
export class AttachmentsComponent {
  private readonly api = inject(AttachmentsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);

  readonly owner = input.required<AttachmentOwner>();
  readonly ownerId = input.required<string>();
  readonly editable = input(false);
  readonly kinds = input<readonly AttachmentKind[]>(ATTACHMENT_KINDS);
  readonly attachments = model<Attachment[]>([]);

  protected kind: AttachmentKind = 'Photo';
  protected readonly uploading = signal(false);
  protected readonly maxMb = MAX_ATTACHMENT_BYTES / 1024 / 1024;
  protected readonly size = fileSize;

  protected url(attachment: Attachment): string {
    return this.api.url(this.owner(), this.ownerId(), attachment.id);
  }

  protected pick(event: Event): void {
    const picker = event.target as HTMLInputElement;
    const files = Array.from(picker.files ?? []);
    picker.value = '';
    const accepted = files.filter((file) => {
      if (file.size === 0 || tooLarge(file)) {
        this.message.error(
          this.i18n.fanyi(
            file.size === 0 ? 'orgLife.attachments.empty' : 'orgLife.attachments.tooLarge',
            {
              name: file.name,
              max: this.maxMb,
            },
          ),
        );
        return false;
      }
      return true;
    });
    if (accepted.length === 0) {
      return;
    }
    const kind = this.kind;
    this.uploading.set(true);
    // One at a time: a phone on a weak network finishes each photo instead of stalling all of them.
    from(accepted)
      .pipe(
        concatMap((file) =>
          this.api.upload(this.owner(), this.ownerId(), file, kind).pipe(toldUser()),
        ),
        finalize(() => this.uploading.set(false)),
      )
      .subscribe((added) => this.attachments.update((list) => [...list, added]));
  }

  protected remove(attachment: Attachment): void {
    this.confirm.run(
      {
        title: this.i18n.fanyi('orgLife.attachments.confirmDelete', { name: attachment.fileName }),
        okText: this.i18n.fanyi('common.delete'),
        danger: true,
      },
      () =>
        // Removed from the list only once the server has deleted it.
        this.api
          .delete(this.owner(), this.ownerId(), attachment.id)
          .pipe(
            tap(() =>
              this.attachments.update((list) => list.filter((a) => a.id !== attachment.id)),
            ),
          ),
    );
  }
}
