import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { ActivitiesApi } from '../../core/api/org-life.api';
import { Activity, ActivityListItem } from '../../core/api/org-life.models';
import { toldUser } from '../../core/http/told';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ReviewDialogComponent, ReviewRequest } from './review-dialog.component';

/** 活动审核: submitted activities of the committee, oldest first, approved or returned with a comment. */
@Component({
  selector: 'pb-review-queue',
  imports: [
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzTagModule,
    TranslatePipe,
    ReviewDialogComponent,
  ],
  template: `
    <page-header />
    <div class="pb-rq" data-testid="review-queue">
      @for (a of items(); track a.id) {
        <nz-card nzSize="small" [attr.data-activity]="a.title">
          <a class="pb-rq__title" [routerLink]="['/activities', a.id]">{{ a.title }}</a>
          <div class="pb-muted pb-rq__meta">
            <span>{{ a.organizationName }}</span>
            <span>{{ a.heldOn }}</span>
            <nz-tag>{{ a.categoryName }}</nz-tag>
            @if (a.participantCount !== undefined) {
              <span>{{
                'orgLife.activity.participantCount' | t: { count: a.participantCount }
              }}</span>
            }
          </div>
          <div class="pb-form-actions">
            <button nz-button nzType="primary" (click)="start(a, 'Approve')">
              <nz-icon aria-hidden="true" nzType="check" />{{ 'orgLife.review.approve' | t }}
            </button>
            <button nz-button nzDanger (click)="start(a, 'Return')">
              <nz-icon aria-hidden="true" nzType="rollback" />{{ 'orgLife.review.return' | t }}
            </button>
            <a nz-button [routerLink]="['/activities', a.id]">{{ 'common.view' | t }}</a>
          </div>
        </nz-card>
      } @empty {
        <nz-card><nz-empty [nzNotFoundContent]="'orgLife.review.empty' | t" /></nz-card>
      }
    </div>
    <pb-review-dialog [request]="review()" (closed)="reviewed($event)" />
  `,
  styles: `
    .pb-rq {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr));
      gap: 12px;
    }
    .pb-rq__title {
      font-size: 16px;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .pb-rq__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
      margin: 8px 0 12px;
    }
  `,
})
export class ReviewQueuePage {
  private readonly api = inject(ActivitiesApi);
  protected readonly items = signal<ActivityListItem[]>([]);
  protected readonly review = signal<ReviewRequest | null>(null);

  constructor() {
    this.load();
  }

  private load(): void {
    this.api
      .reviewQueue()
      .pipe(toldUser())
      .subscribe((queue) => this.items.set(queue));
  }

  /** The queue may not carry the stamp; the activity itself does. */
  protected start(item: ActivityListItem, decision: 'Approve' | 'Return'): void {
    this.api
      .get(item.id)
      .pipe(toldUser())
      .subscribe((a) =>
        this.review.set({
          id: a.id,
          title: a.title,
          concurrencyStamp: a.concurrencyStamp,
          decision,
        }),
      );
  }

  protected reviewed(activity: Activity | null): void {
    this.review.set(null);
    if (activity) {
      this.items.update((list) => list.filter((a) => a.id !== activity.id));
    }
  }
}
