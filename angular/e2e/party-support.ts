import { APIRequestContext, Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = process.env['E2E_DEMO_PASSWORD'] ?? 'Demo#2026pb';
export const TENANT = 'linxi';

/** Signs in through the API; `page.request` shares the browser context's cookies, so the page is signed in too. */
export async function apiLogin(page: Page, userName: string): Promise<void> {
  const response = await page.request.post('/api/account/login', {
    data: { tenant: TENANT, userName, password: DEMO_PASSWORD },
  });
  expect(response.status(), `login of ${userName}`).toBe(204);
  // /me hands out a fresh XSRF-TOKEN cookie for the session.
  expect((await page.request.get('/api/account/me')).ok()).toBe(true);
}

async function xsrf(page: Page): Promise<Record<string, string>> {
  const cookies = await page.context().cookies();
  const token = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'X-XSRF-TOKEN': decodeURIComponent(token) };
}

/** An API call with the session's cookies and antiforgery header; fails the test on an unexpected status. */
export async function api<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  data?: unknown,
  expected: number[] = [200, 201, 204],
): Promise<T> {
  const request: APIRequestContext = page.request;
  const response = await request.fetch(url, { method, data, headers: await xsrf(page) });
  const body = await response.text();
  expect(
    expected,
    `${method} ${url} answered ${response.status()}: ${body.slice(0, 500)}`,
  ).toContain(response.status());
  return (body ? JSON.parse(body) : undefined) as T;
}

interface TreeNode {
  id: string;
  name: string;
  type: string;
  children: TreeNode[];
}

function flatten(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export async function organizations(page: Page): Promise<TreeNode[]> {
  return flatten(await api<TreeNode[]>(page, 'GET', '/api/organizations/tree'));
}

/** A branch named `name` under the committee's first root, created when it is not there yet. */
export async function ensureBranch(page: Page, name: string): Promise<string> {
  const all = await organizations(page);
  const found = all.find((o) => o.name === name);
  if (found) {
    return found.id;
  }
  const root = all.find((o) => o.type !== 'PartyGroup') ?? null;
  const created = await api<{ id: string }>(page, 'POST', '/api/organizations', {
    parentId: root?.id ?? null,
    type: 'Branch',
    categoryId: null,
    name,
    shortName: null,
    code: null,
    unitName: null,
    establishedOn: null,
    joinedOn: null,
    leftOn: null,
    endsOn: null,
    sortOrder: 99,
    brandName: null,
    brandSlogan: null,
    brandDescription: null,
  });
  return created.id;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid, unique-enough 18-character ID number (GB 11643) of someone born on `birth` (yyyyMMdd). */
export function idNumber(birth: string): string {
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const first17 = `150428${birth}${seq}`;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** `yyyy-MM-dd` of today shifted by whole months (negative: in the past). */
export function monthsAgo(months: number, days = 0): string {
  const d = new Date();
  d.setMonth(d.getMonth() - months);
  d.setDate(d.getDate() - days);
  return d.toISOString().slice(0, 10);
}

export interface MemberOptions {
  name: string;
  organizationId: string;
  stage?: string;
  dates?: Record<string, string>;
}

export async function createMember(page: Page, options: MemberOptions): Promise<string> {
  const birth = `19${String(70 + Math.floor(Math.random() * 25))}0${1 + Math.floor(Math.random() * 8)}1${Math.floor(Math.random() * 9)}`;
  const created = await api<{ id: string }>(page, 'POST', '/api/members', {
    name: options.name,
    gender: 'Female',
    ethnicity: '汉族',
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    idNumber: idNumber(birth),
    phone: '13800138000',
    education: 'Bachelor',
    job: '职员',
    workUnit: '林西县政务服务中心',
    organizationId: options.organizationId,
    partyGroupId: null,
    stage: options.stage ?? 'Full',
    appliedOn: null,
    talkedOn: null,
    activistOn: null,
    candidateOn: null,
    admittedOn: null,
    fullMembershipOn: null,
    isMobile: false,
    isLostContact: false,
    lostContactSince: null,
    pioneerPost: 'None',
    notes: null,
    ...(options.dates ?? {}),
  });
  return created.id;
}

/** A Full member record needs every stage date; these are plausible ones years ago. */
export const FULL_MEMBER_DATES = {
  appliedOn: '2015-03-01',
  talkedOn: '2015-03-20',
  activistOn: '2015-06-01',
  candidateOn: '2016-07-01',
  admittedOn: '2016-10-01',
  fullMembershipOn: '2017-10-01',
};
