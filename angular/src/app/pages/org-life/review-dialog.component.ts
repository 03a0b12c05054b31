import { Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';

import { ActivitiesApi } from '../../core/api/org-life.api';
import { Activity, ReviewDecision } from '../../core/api/org-life.models';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';

/** What is being reviewed: the activity (its stamp guards against a change made meanwhile) and the decision. */
export interface ReviewRequest {
  id: string;
  title: string;
  concurrencyStamp: string;
  decision: ReviewDecision;
}

/** Approve or return a submitted activity; returning needs a comment the secretary will read. */
@Component({
  selector: 'pb-review-dialog',
  imports: [FormsModule, NzInputModule, NzModalModule, TranslatePipe],
  template: `
    <nz-modal
      [nzVisible]="request() !== null"
      [nzTitle]="title()"
      [nzOkText]="
        (request()?.decision === 'Return' ? 'orgLife.review.return' : 'orgLife.review.approve') | t
      "
      [nzOkDanger]="request()?.decision === 'Return'"
      [nzOkDisabled]="request()?.decision === 'Return' && !comment.trim()"
      [nzOkLoading]="busy()"
      (nzOnOk)="send()"
      (nzOnCancel)="closed.emit(null)"
    >
      <ng-container *nzModalContent>
        <label class="pb-label" for="reviewComment">{{
          (request()?.decision === 'Return'
            ? 'orgLife.review.commentRequired'
            : 'orgLife.review.comment'
          ) | t
        }}</label>
        <textarea
          nz-input
          id="reviewComment"
          [(ngModel)]="comment"
          maxlength="512"
          [nzAutosize]="{ minRows: 3, maxRows: 8 }"
        ></textarea>
      </ng-container>
    </nz-modal>
  `,
})
export class ReviewDialogComponent {
  private readonly api = inject(ActivitiesApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  readonly request = input<ReviewRequest | null>(null);
  /** The reviewed activity, or `null` when the dialog was cancelled. */
  readonly closed = output<Activity | null>();
  protected comment = '';
  protected readonly busy = signal(false);
  protected readonly title = computed(() => {
    const request = this.request();
    this.i18n.lang();
    return request
      ? this.i18n.fanyi(
          `orgLife.review.${request.decision === 'Return' ? 'returnTitle' : 'approveTitle'}`,
          {
            name: request.title,
          },
        )
      : '';
  });

  protected send(): void {
    const request = this.request();
    if (!request) {
      return;
    }
    this.busy.set(true);
    this.api
      .review(request.id, request.decision, this.comment.trim() || null, request.concurrencyStamp)
      .subscribe({
        next: (activity) => {
          this.busy.set(false);
          this.comment = '';
          this.message.success(
            this.i18n.fanyi(
              request.decision === 'Return' ? 'orgLife.review.returned' : 'orgLife.review.approved',
              {
                name: request.title,
              },
            ),
          );
          this.closed.emit(activity);
        },
        error: () => this.busy.set(false),
      });
  }
}
