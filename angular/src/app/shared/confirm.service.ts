import { Injectable, inject } from '@angular/core';
import { NzModalService } from 'ng-zorro-antd/modal';
import { Observable, catchError, firstValueFrom, of } from 'rxjs';

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
}
