import { HttpErrorResponse } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzResultModule } from 'ng-zorro-antd/result';

import { MembersApi } from '../../core/api/members.api';
import { Member } from '../../core/api/party.models';
import { problemOf } from '../../core/api/problem-details';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { MemberProfileComponent } from '../members/member-profile.component';

/** 我的档案: a member's own record, read only. */
@Component({
  selector: 'pb-my-record',
  imports: [
    PageHeaderComponent,
    NzCardModule,
    NzResultModule,
    TranslatePipe,
    MemberProfileComponent,
  ],
  template: `
    <page-header />
    <nz-card [nzLoading]="loading()">
      @if (member(); as m) {
        <h2>{{ m.name }}</h2>
        <pb-member-profile [member]="m" />
      } @else if (problem(); as p) {
        <nz-result nzStatus="info" [nzTitle]="p" [nzSubTitle]="'myRecord.noRecordHint' | t" />
      }
    </nz-card>
  `,
})
export class MyRecordPage {
  private readonly i18n = inject(I18nService);
  protected readonly loading = signal(true);
  protected readonly member = signal<Member | null>(null);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    inject(MembersApi)
      .me()
      .subscribe({
        next: (m) => {
          this.member.set(m);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          const status = error instanceof HttpErrorResponse ? error.status : 0;
          const problem = error instanceof HttpErrorResponse ? problemOf(error) : null;
          this.problem.set(
            status === 404
              ? this.i18n.fanyi('myRecord.noRecord')
              : (problem?.title ?? this.i18n.fanyi('error.unknown')),
          );
        },
      });
  }
}
