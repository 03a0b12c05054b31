import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PageHeaderComponent } from '@delon/abc/page-header';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';

import { Setting } from '../../core/api/party.models';
import { SettingsApi } from '../../core/api/settings.api';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';

/** 设置: the committee's numbers behind warnings and deadlines, each with the rule it comes from. */
@Component({
  selector: 'pb-settings',
  imports: [
    FormsModule,
    PageHeaderComponent,
    NzButtonModule,
    NzCardModule,
    NzInputNumberModule,
    NzListModule,
    NzTagModule,
    TranslatePipe,
  ],
  template: `
    <page-header [action]="actions" />
    <ng-template #actions>
      @if (canUpdate) {
        <button nz-button nzType="primary" [nzLoading]="saving()" (click)="save()">
          {{ 'common.save' | t }}
        </button>
      }
    </ng-template>
    <nz-card [nzLoading]="loading()">
      <nz-list nzItemLayout="vertical">
        @for (s of settings(); track s.name) {
          <nz-list-item>
            <div class="pb-setting">
              <div class="pb-setting__text">
                <label [for]="s.name"
                  ><strong>{{ s.displayName }}</strong></label
                >
                @if (s.isCustomized) {
                  <nz-tag nzColor="orange">{{ 'settings.customized' | t }}</nz-tag>
                }
                <div class="pb-muted">{{ s.citation }}</div>
                <div class="pb-muted">
                  {{
                    'settings.range'
                      | t: { min: s.minValue, max: s.maxValue, default: s.defaultValue }
                  }}
                </div>
              </div>
              <div class="pb-setting__value">
                <nz-input-number
                  [nzId]="s.name"
                  [nzMin]="s.minValue"
                  [nzMax]="s.maxValue"
                  [nzDisabled]="!canUpdate"
                  [(ngModel)]="values[s.name]"
                />
                @if (canUpdate && (s.isCustomized || values[s.name] !== s.defaultValue)) {
                  <button nz-button nzType="link" (click)="reset(s)">
                    {{ 'settings.reset' | t }}
                  </button>
                }
              </div>
            </div>
          </nz-list-item>
        }
      </nz-list>
    </nz-card>
  `,
  styles: `
    .pb-setting {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 12px;
    }
    .pb-setting__text {
      flex: 1 1 300px;
    }
    .pb-setting__value {
      display: flex;
      align-items: center;
      gap: 4px;
    }
  `,
})
export class SettingsPage {
  private readonly api = inject(SettingsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  protected readonly canUpdate = inject(SessionService).can(Permissions.SettingsUpdate);
  protected readonly settings = signal<Setting[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected values: Record<string, number | null> = {};
  /** Settings sent back to their default (`value: null`). */
  private readonly resets = new Set<string>();

  constructor() {
    this.api.list().subscribe({ next: (s) => this.show(s), error: () => this.loading.set(false) });
  }

  private show(settings: Setting[]): void {
    this.settings.set(settings);
    this.values = Object.fromEntries(settings.map((s) => [s.name, s.value]));
    this.resets.clear();
    this.loading.set(false);
  }

  protected reset(setting: Setting): void {
    this.values[setting.name] = setting.defaultValue;
    this.resets.add(setting.name);
  }

  protected save(): void {
    const changes = this.settings()
      .filter((s) => this.resets.has(s.name) || this.values[s.name] !== s.value)
      .map((s) => ({
        name: s.name,
        value:
          this.resets.has(s.name) && this.values[s.name] === s.defaultValue
            ? null
            : this.values[s.name],
      }));
    this.saving.set(true);
    this.api.update(changes).subscribe({
      next: (s) => {
        this.saving.set(false);
        this.show(s);
        this.message.success(this.i18n.fanyi('settings.saved'));
      },
      error: () => this.saving.set(false),
    });
  }
}
