import { Component, input } from '@angular/core';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { Member } from '../../core/api/party.models';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { STAGE_COLORS } from '../../core/members/stages';

/** The fields of one member record, shared by the record page and 我的档案. */
@Component({
  selector: 'pb-member-profile',
  imports: [NzDescriptionsModule, NzTagModule, TranslatePipe],
  template: `
    @let m = member();
    <nz-descriptions
      nzBordered
      nzSize="small"
      [nzColumn]="{ xxl: 3, xl: 2, lg: 2, md: 1, sm: 1, xs: 1 }"
    >
      <nz-descriptions-item [nzTitle]="'members.fields.stage' | t">
        <nz-tag [nzColor]="stageColors[m.stage]">{{ 'enums.stage.' + m.stage | t }}</nz-tag>
        @if (m.status !== 'Active') {
          <nz-tag>{{ 'enums.status.' + m.status | t }}</nz-tag>
        }
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.organizationId' | t">
        {{ m.organizationName }}{{ m.partyGroupName ? ' / ' + m.partyGroupName : '' }}
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.gender' | t">{{
        'enums.gender.' + m.gender | t
      }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.ethnicity' | t">{{
        m.ethnicity
      }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.birthDate' | t">
        {{ m.birthDate ?? '—' }}{{ m.age !== null ? ' (' + m.age + ')' : '' }}
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.idNumber' | t">
        <span class="pb-mono" data-testid="member-id-number">{{ m.idNumber ?? '—' }}</span>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.phone' | t">
        <span class="pb-mono">{{ m.phone ?? '—' }}</span>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.education' | t">
        {{ m.education ? ('enums.education.' + m.education | t) : '—' }}
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.job' | t">
        <span data-testid="member-job">{{ m.job || '—' }}</span>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.workUnit' | t">{{
        m.workUnit || '—'
      }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.admittedOn' | t">{{
        m.admittedOn ?? '—'
      }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.fullMembershipOn' | t">
        {{ m.fullMembershipOn ?? '—' }}
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.pioneerPost' | t">
        {{ 'enums.pioneerPost.' + m.pioneerPost | t }}
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.flags' | t">
        @if (m.isMobile) {
          <nz-tag nzColor="cyan">{{ 'members.fields.isMobile' | t }}</nz-tag>
        }
        @if (m.isLostContact) {
          <nz-tag nzColor="volcano"
            >{{ 'members.fields.isLostContact' | t }} {{ m.lostContactSince ?? '' }}</nz-tag
          >
        }
        @if (!m.isMobile && !m.isLostContact) {
          —
        }
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'members.fields.notes' | t" [nzSpan]="3">
        <span class="pb-pre" data-testid="member-notes">{{ m.notes || '—' }}</span>
      </nz-descriptions-item>
    </nz-descriptions>
  `,
})
export class MemberProfileComponent {
  readonly member = input.required<Member>();
  protected readonly stageColors = STAGE_COLORS;
}
