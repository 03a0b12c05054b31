import { HttpErrorResponse } from '@angular/common/http';
import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { NzUploadFile, NzUploadModule } from 'ng-zorro-antd/upload';

import { MembersApi, TransfersApi } from '../../core/api/members.api';
import {
  MEMBER_STAGES,
  Member,
  MemberDevelopment,
  MemberHistory,
  MemberTransfer,
  StageAction,
} from '../../core/api/party.models';
import { ProblemDetails, problemOf } from '../../core/api/problem-details';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { nextActions, stageDates } from '../../core/members/stages';
import { MemberProfileComponent } from './member-profile.component';
import { StageActionComponent } from './stage-action.component';
import { toldUser } from '../../core/http/told';

/** One member record: profile, photo, history, development steps and transfers. */
@Component({
  selector: 'pb-member-detail',
  imports: [
    RouterLink,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzResultModule,
    NzStepsModule,
    NzTableModule,
    NzTagModule,
    NzTimelineModule,
    NzUploadModule,
    TranslatePipe,
    MemberProfileComponent,
    StageActionComponent,
  ],
  templateUrl: './member-detail.page.html',
  styleUrl: './member-detail.page.less',
})
export class MemberDetailPage implements OnInit {
  private readonly api = inject(MembersApi);
  private readonly transfersApi = inject(TransfersApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  readonly id = input.required<string>();

  protected readonly canUpdate = this.session.can(Permissions.MembersUpdate);
  protected readonly canUnmask = this.session.can(Permissions.MembersUnmask);
  protected readonly canDevelop = this.session.can(Permissions.MembersDevelop);
  protected readonly canTransfers = this.session.can(Permissions.MembersTransfers);

  protected readonly member = signal<Member | null>(null);
  protected readonly refusal = signal<ProblemDetails | null>(null);
  protected readonly loading = signal(true);
  protected readonly unmasking = signal(false);
  protected readonly history = signal<MemberHistory[]>([]);
  protected readonly transfers = signal<MemberTransfer[]>([]);
  protected readonly action = signal<StageAction | null>(null);
  protected readonly photoVersion = signal('');

  protected readonly actions = computed(() => {
    const m = this.member();
    return m ? nextActions(m) : [];
  });
  protected readonly steps = computed(() => {
    const m = this.member();
    return m ? stageDates(m) : [];
  });
  protected readonly currentStep = computed(() => {
    const m = this.member();
    return m ? MEMBER_STAGES.indexOf(m.stage) : 0;
  });

  ngOnInit(): void {
    this.load(false);
  }

  private load(unmask: boolean): void {
    this.api.get(this.id(), unmask, true).subscribe({
      next: (member) => this.show(member),
      error: (error: unknown) => {
        this.loading.set(false);
        this.unmasking.set(false);
        const problem = error instanceof HttpErrorResponse ? problemOf(error) : null;
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        this.refusal.set(
          problem ?? {
            status,
            title: this.i18n.fanyi(status === 404 ? 'error.notFound' : 'error.unknown'),
          },
        );
      },
    });
  }

  private show(member: Member): void {
    this.member.set(member);
    this.photoVersion.set(member.concurrencyStamp);
    this.loading.set(false);
    this.unmasking.set(false);
    this.api
      .history(member.id)
      .subscribe({ next: (h) => this.history.set(h), error: () => undefined });
    if (this.canTransfers) {
      // The transfer list has no member filter: the member's organisation narrows it enough.
      this.transfersApi
        .list({ organizationId: member.organizationId, skipCount: 0, maxResultCount: 100 })
        .subscribe({
          next: (page) => this.transfers.set(page.items.filter((t) => t.memberId === member.id)),
          error: () => undefined,
        });
    }
  }

  protected unmask(): void {
    this.unmasking.set(true);
    this.load(true);
  }

  protected onStepDone(step: MemberDevelopment): void {
    this.action.set(null);
    this.message.success(
      this.i18n.fanyi('development.done', {
        name: step.name,
        stage: this.i18n.fanyi(`enums.stage.${step.stage}`),
      }),
    );
    // The step answers with the stage part only; the page shows the whole record again.
    this.load(this.member()?.isUnmasked ?? false);
  }

  protected photoUrl(member: Member): string {
    return this.api.photoUrl(member.id, this.photoVersion());
  }

  protected readonly beforePhotoUpload = (file: NzUploadFile): boolean => {
    const member = this.member();
    const raw = file as unknown as File;
    if (!member) {
      return false;
    }
    if (raw.size > 2 * 1024 * 1024) {
      this.message.error(this.i18n.fanyi('members.photoTooLarge'));
      return false;
    }
    this.api
      .uploadPhoto(member.id, raw)
      .pipe(toldUser())
      .subscribe(() => {
        this.member.set({ ...member, hasPhoto: true });
        this.photoVersion.set(String(Date.now()));
      });
    return false;
  };
}
