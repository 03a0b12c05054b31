import { Injectable, inject } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { Observable, catchError, firstValueFrom, of, tap } from 'rxjs';

import { I18nService } from '../core/i18n/i18n.service';

export interface ConfirmOptions {
  title: string;
  content?: string;
  /** The verb on the button (停用, 删除), clearer than a generic 确定. */
  okText: string;
  danger?: boolean;
}

/**
 * Confirmation before a consequential row action. A centred modal rather than a popconfirm: it stays on screen
 * next to the last column of a sideways-scrolling table on a phone, and traps focus for keyboard users.
 */
@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private readonly modal = inject(NzModalService);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  /** Runs `action` once confirmed; the OK button spins until it ends, and the dialog closes either way. */
  run(options: ConfirmOptions, action: () => Observable<unknown>): void {
    this.modal.confirm({
      nzTitle: options.title,
      nzContent: options.content,
      nzOkText: options.okText,
      nzOkDanger: options.danger ?? false,
      nzAutofocus: 'cancel',
      // The error interceptor has already told the user why it failed.
      nzOnOk: async () => {
        await firstValueFrom(action().pipe(catchError(() => of(null))), { defaultValue: null });
      },
    });
  }

  /** Deletes a record once the user confirmed the irreversible step, says so, then runs `then`. */
  delete(title: string, name: string, request: () => Observable<unknown>, then: () => void): void {
    this.run(
      {
        title,
        content: this.i18n.fanyi('common.irreversible'),
        okText: this.i18n.fanyi('common.delete'),
        danger: true,
      },
      () =>
        request().pipe(
          tap(() => {
            this.message.success(this.i18n.fanyi('common.deleted', { name }));
            then();
          }),
        ),
    );
  }
}
