import { Page, TestInfo, expect, test } from '@playwright/test';

import { api, apiLogin } from './party-support';
import { isPhone, openMenu, snap, watchErrors } from './support';

/**
 * Issue 4 (组织生活): the branch secretary's month of 三会一课 and the review of an activity, against a host
 * with the demo committee `linxi`. What a test needs beyond the demo seed is created through the API.
 */

/** A 1×1 PNG: the server accepts attachments by their content, so the photo must be a real image. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function suffixOf(testInfo: TestInfo): string {
  return `${Date.now().toString(36)}${isPhone(testInfo) ? 'p' : 'd'}`;
}

async function switchUser(page: Page, userName: string): Promise<void> {
  await api(page, 'POST', '/api/account/logout');
  await apiLogin(page, userName);
}

/** Chooses entries of a multiple nz-select by their text. */
async function chooseMany(page: Page, inputId: string, options: string[]): Promise<void> {
  const select = page.locator('nz-select').filter({ has: page.locator(`#${inputId}`) });
  await select.click();
  for (const option of options) {
    await page.locator('nz-option-item').filter({ hasText: option }).first().click();
  }
  await page.keyboard.press('Escape');
}

interface Slot {
  meetingType: string;
  periodKey: string;
  status: string;
  meetingId: string | null;
}

async function monthSlot(page: Page, organizationId: string): Promise<Slot | undefined> {
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const plan = await api<{ slots: Slot[] }>(
    page,
    'GET',
    `/api/meetings/plan?organizationId=${organizationId}&year=${now.getFullYear()}`,
  );
  return plan.slots.find((s) => s.meetingType === 'BranchCommittee' && s.periodKey === month);
}

test('the branch secretary records this month’s 支委会 with attendance and a photo; the month’s 支委会 is complete', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  const topic = `E2E 支委会 ${suffixOf(testInfo)}`;
  await apiLogin(page, 'linxi.secretary');
  const [branch] = await api<{ id: string }[]>(page, 'GET', '/api/organizations/tree');
  const before = await monthSlot(page, branch.id);
  // The demo seed gives the branch a committee term (支委会 are owed only while one runs, 条例 Art. 12).
  expect(before, 'a 支委会 is owed this month by the demo branch').toBeTruthy();

  await test.step('the secretary lands on the workbench, which lists the month’s 支委会', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/workbench$/);
    const item = page.getByTestId('due-month').locator('[data-type="BranchCommittee"]').first();
    await expect(item).toHaveAttribute('data-status', before!.status);
    await page.waitForLoadState('networkidle');
    await snap(page, testInfo, '60-workbench');
  });

  const meetingId = await test.step('records the meeting with its attendance', async () => {
    await page.getByTestId('record-meeting').click();
    await expect(page).toHaveURL(/\/meetings\/create/);
    await chooseMany(page, 'types', ['支部委员会会议']);
    await page.locator('#topic').fill(topic);
    await page.locator('#place').fill('党员活动室');
    await page.locator('#hostName').fill('李建国');
    const rows = page.getByTestId('attendance').locator('li[data-member]');
    await expect(rows.first()).toBeVisible();
    await page.getByTestId('all-present').click();
    const total = await rows.count();
    expect(total).toBeGreaterThan(2);
    // One member on leave, with the reason the form asks for.
    const onLeave = rows.nth(1);
    await onLeave.getByText('请假', { exact: true }).click();
    await onLeave.locator('input.pb-mf__reason').fill('外出学习');
    const rate = `${Math.round((1000 * (total - 1)) / total) / 10}%`;
    await expect(page.getByTestId('attendance-rate')).toHaveText(rate);
    await page.locator('#minutes').fill('传达学习上级文件精神，研究本月党员发展和主题党日安排。');
    await snap(page, testInfo, '61-meeting-form');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    return page.url().split('/').pop()!;
  });

  await test.step('attaches a photo to the draft', async () => {
    await page.locator('#attachmentFile').setInputFiles({
      name: '支委会现场.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await expect(page.getByTestId('attachments')).toContainText('支委会现场.png');
  });

  await test.step('submits it; the record is locked', async () => {
    await page.getByTestId('submit-meeting').click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await expect(page.getByTestId('meeting-status')).toHaveText('已提交');
    await expect(page.locator('#topic')).toBeDisabled();
    await expect(page.getByTestId('edit-submitted')).toBeVisible();
    await snap(page, testInfo, '62-meeting-submitted');
  });

  await test.step('the month’s 支委会 is complete on the workbench and on the plan', async () => {
    const after = await monthSlot(page, branch.id);
    expect(after?.status).toBe('Fulfilled');
    if (before!.status !== 'Fulfilled') {
      // On a fresh database this meeting is the one that fulfils it (the other viewport may have come first).
      expect(after?.meetingId).toBe(meetingId);
    }

    await page.goto('/workbench');
    const item = page.getByTestId('due-month').locator('[data-type="BranchCommittee"]').first();
    await expect(item).toHaveAttribute('data-status', 'Fulfilled');
    await snap(page, testInfo, '63-workbench-done');

    await openMenu(page, testInfo, '年度计划', '组织生活');
    await expect(page.getByTestId('plan')).toBeVisible();
    await expect(
      page.locator(`[data-period="${after!.periodKey}"] [data-type="BranchCommittee"]`).first(),
    ).toHaveAttribute('data-status', 'Fulfilled');
    await snap(page, testInfo, '64-plan');
  });

  await test.step('the meeting is listed and on the calendar', async () => {
    await page.goto('/meetings');
    await expect(page.getByRole('link', { name: topic })).toBeVisible();
    await snap(page, testInfo, '65-meetings');
    await page.getByRole('tab', { name: '日历' }).click();
    await expect(page.getByTestId('calendar-agenda')).toContainText(topic);
    await snap(page, testInfo, '66-meeting-calendar');
  });

  await test.step('the calendar feed address serves the meeting to a calendar app', async () => {
    await page.getByTestId('calendar-feed').click();
    const address = page.locator('#calendarFeedUrl');
    await expect(address).toHaveValue(/\/api\/meetings\/calendar\.ics\?/);
    // Calendar apps send no cookie: the signed token in the address is all the feed needs.
    const feed = await page.context().browser()!.newContext();
    const ics = await feed.request.get(await address.inputValue());
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain(topic);
    await feed.close();
  });
  expect(errors).toEqual([]);
});

// Blocked by the server: a PUT of a meeting with attendees answers 403 PartyBuilding:CrossTenantWrite (the
// replaced MeetingAttendee rows carry client-made Guid keys, so EF tracks them as modified rows without a tenant).
test('a submitted meeting is changed with a reason, and the change is kept as a revision', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await apiLogin(page, 'linxi.secretary');
  const [branch] = await api<{ id: string }[]>(page, 'GET', '/api/organizations/tree');
  const members = await api<{ items: { id: string }[] }>(
    page,
    'GET',
    `/api/members?organizationId=${branch.id}&maxResultCount=3`,
  );
  const end = new Date(Date.now() - 3600_000);
  const created = await api<{ id: string; concurrencyStamp: string }>(
    page,
    'POST',
    '/api/meetings',
    {
      organizationId: branch.id,
      types: ['ThemedPartyDay'],
      startsAt: new Date(end.getTime() - 5400_000).toISOString(),
      endsAt: end.toISOString(),
      place: '党员活动室',
      mode: 'Offline',
      venues: [],
      hostName: null,
      hostMemberId: null,
      topic: `E2E 主题党日 ${suffixOf(testInfo)}`,
      speakerName: null,
      speakerMemberId: null,
      speakerIsSecretary: false,
      agenda: null,
      minutes: '学习党章。',
      resolutions: null,
      hasVote: false,
      attendees: members.items.map((m) => ({
        memberId: m.id,
        status: 'Present',
        absenceReason: null,
      })),
    },
  );
  await api(page, 'POST', `/api/meetings/${created.id}/submit`, {
    concurrencyStamp: created.concurrencyStamp,
  });

  await page.goto(`/meetings/${created.id}`);
  await page.getByTestId('edit-submitted').click();
  const dialog = page.locator('.ant-modal').filter({ hasText: '修改已提交的会议记录' });
  await dialog.locator('#editReason').fill('补记会议讨论的内容');
  await dialog.getByRole('button', { name: '修改记录' }).click();
  await page.locator('#minutes').fill('学习党章，讨论志愿服务安排。');
  await page.getByRole('button', { name: '保存修改' }).click();
  const revisions = page.getByTestId('revisions');
  await expect(revisions).toContainText('补记会议讨论的内容');
  await expect(revisions).toContainText('讨论志愿服务安排');
  await snap(page, testInfo, '67-meeting-revision');
  expect(errors).toEqual([]);
});

test('an officer returns an activity with a comment; the secretary revises and resubmits it; the officer approves it', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  const title = `E2E 志愿服务 ${suffixOf(testInfo)}`;
  await apiLogin(page, 'linxi.secretary');

  await test.step('the secretary records the activity and submits it', async () => {
    await page.goto('/activities');
    await page.getByRole('link', { name: '记录活动' }).click();
    await expect(page).toHaveURL(/\/activities\/create/);
    await page.locator('#title').fill(title);
    await page
      .locator('nz-select')
      .filter({ has: page.locator('#categoryId') })
      .click();
    await page.locator('nz-option-item').filter({ hasText: '志愿服务' }).first().click();
    await page.locator('#place').fill('社区养老服务中心');
    await page.getByRole('button', { name: /全部 \d+ 名党员参加/ }).click();
    await page.locator('#volunteerHours').fill('2');
    await page.locator('#peopleServed').fill('30');
    await page.locator('#outcome').fill('为 30 位老人提供健康咨询。');
    await snap(page, testInfo, '67-activity-form');
    await page.getByTestId('submit-activity').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '提交' }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('待审核');
  });
  const activityUrl = page.url();

  await test.step('the officer returns it with a comment', async () => {
    await switchUser(page, 'linxi.officer');
    await page.goto('/dashboard');
    await openMenu(page, testInfo, '活动审核', '组织生活');
    const card = page.getByTestId('review-queue').locator(`[data-activity="${title}"]`);
    await expect(card).toBeVisible();
    await snap(page, testInfo, '68-review-queue');
    await card.getByRole('button', { name: /退\s*回/ }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '退回' });
    await dialog.locator('#reviewComment').fill('请补充活动照片和服务对象名单。');
    await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
    await expect(card).toBeHidden();
  });

  await test.step('the secretary reads the comment, revises and resubmits', async () => {
    await switchUser(page, 'linxi.secretary');
    await page.goto(activityUrl);
    await expect(page.getByTestId('activity-status')).toHaveText('已退回');
    await expect(page.getByTestId('return-comment')).toContainText('请补充活动照片');
    await page.locator('#outcome').fill('为 30 位老人提供健康咨询，登记服务对象名单。');
    await page.locator('#attachmentFile').setInputFiles({
      name: '志愿服务.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await expect(page.getByTestId('attachments')).toContainText('志愿服务.png');
    await snap(page, testInfo, '69-activity-returned');
    await page.getByTestId('submit-activity').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '提交' }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('待审核');
  });

  await test.step('the officer approves it', async () => {
    await switchUser(page, 'linxi.officer');
    await page.goto(activityUrl);
    await page.getByTestId('approve').click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '通过' });
    await dialog.getByRole('button', { name: /^通\s*过$/ }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('已通过');
    await expect(page.getByTestId('reviews')).toContainText('请补充活动照片');
    await snap(page, testInfo, '70-activity-approved');
  });
  expect(errors).toEqual([]);
});

test('the officer pages of organisational life open (screenshots)', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await apiLogin(page, 'linxi.officer');
  const pages: [string, string, RegExp][] = [
    ['/meetings/compliance', '71-compliance', /落实情况/],
    ['/meetings/statistics', '72-compliance-charts', /统计分析/],
    ['/meetings/rules', '74-meeting-rules', /会议要求/],
    ['/activities', '75-activities', /党建活动/],
    ['/activities/categories', '76-activity-categories', /活动类别/],
  ];
  for (const [url, name, title] of pages) {
    await page.goto(url);
    await expect(page.locator('page-header, .page-header').first()).toContainText(title);
    await page.waitForLoadState('networkidle');
    if (url.endsWith('statistics')) {
      await expect(page.locator('canvas').first()).toBeVisible();
      await page.waitForTimeout(1200);
    }
    await snap(page, testInfo, name);
    expect(errors, url).toEqual([]);
  }

  await test.step('a cell of the matrix opens the organisation’s missing items', async () => {
    await page.goto('/meetings/compliance');
    const cell = page.getByTestId('compliance-matrix').locator('td[data-state] button').first();
    await cell.click();
    await expect(page.getByTestId('missing-items')).toBeVisible();
    await snap(page, testInfo, '77-compliance-detail');
  });
  expect(errors).toEqual([]);
});
