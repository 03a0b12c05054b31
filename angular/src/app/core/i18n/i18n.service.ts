import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import {
  AlainI18nBaseService,
  DelonLocaleService,
  en_US as delonEnUS,
  zh_CN as delonZhCN,
} from '@delon/theme';
import { enUS as dateEnUS, zhCN as dateZhCN } from 'date-fns/locale';
import { NzI18nService, en_US as zorroEnUS, zh_CN as zorroZhCN } from 'ng-zorro-antd/i18n';

export type Lang = 'zh-CN' | 'en-US';

export interface LangOption {
  code: Lang;
  /** Shown in its own language so a user who cannot read the current one still finds theirs. */
  label: string;
}

export const LANGS: readonly LangOption[] = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en-US', label: 'English' },
];

export const DEFAULT_LANG: Lang = 'zh-CN';
export const LANG_STORAGE_KEY = 'pb.lang';

/** Dictionaries are separate chunks with hashed names, so a deployment never serves a stale one from cache. */
const DICTIONARIES: Record<Lang, () => Promise<Record<string, unknown>>> = {
  'zh-CN': () => import('../../../i18n/zh-CN.json').then((m) => m.default),
  'en-US': () => import('../../../i18n/en-US.json').then((m) => m.default),
};

const LIBRARY_LOCALES = {
  'zh-CN': { zorro: zorroZhCN, date: dateZhCN, delon: delonZhCN },
  'en-US': { zorro: zorroEnUS, date: dateEnUS, delon: delonEnUS },
} as const;

export function isLang(value: unknown): value is Lang {
  return LANGS.some((l) => l.code === value);
}

/**
 * Runtime language switch in one build: our JSON dictionaries and the zorro, delon and date-fns locales change
 * together. Registered as delon's ALAIN_I18N_TOKEN so page-header breadcrumbs and the menu service translate too.
 */
@Injectable({ providedIn: 'root' })
export class I18nService extends AlainI18nBaseService {
  private readonly nzI18n = inject(NzI18nService);
  private readonly delonLocale = inject(DelonLocaleService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(DEFAULT_LANG);

  /** Reading it inside a template makes that view re-render on a switch. */
  readonly lang = this.current.asReadonly();

  constructor() {
    super();
    this._defaultLang = DEFAULT_LANG;
  }

  /** The language of the last visit, or zh-CN. */
  storedLang(): Lang {
    const stored = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  }

  async load(lang: Lang): Promise<void> {
    this.use(lang, await DICTIONARIES[lang]());
  }

  override use(lang: string, data: Record<string, unknown> = {}): void {
    if (!isLang(lang)) {
      return;
    }
    this._data = this.flatData(data, []);
    this._currentLang = lang;
    const locales = LIBRARY_LOCALES[lang];
    this.nzI18n.setLocale(locales.zorro);
    this.nzI18n.setDateLocale(locales.date);
    this.delonLocale.setLocale(locales.delon);
    this.document.documentElement.lang = lang;
    localStorage.setItem(LANG_STORAGE_KEY, lang);
    this.current.set(lang);
    this._change$.next(lang);
  }

  getLangs(): LangOption[] {
    return [...LANGS];
  }
}
