import { expect, test } from '@playwright/test';

import {
  ADMIN_PASSWORD,
  chooseOption,
  isPhone,
  login,
  logout,
  openMenu,
  snap,
  watchErrors,
} from './support';

test('a wrong password shows the server’s message and keeps the user on the login page', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await login(page, '', 'admin', 'wrong-Password#1');

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login/);
  await expect(page).toHaveTitle('登录 - 党建e平台');
  await snap(page, testInfo, '01-login-error');
  expect(errors).toEqual([]);
});

test('the login form asks for the missing fields in Chinese', async ({ page }) => {
  await page.goto('/login?tenant=linxi');
  await expect(page.locator('#tenant')).toHaveValue('linxi');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
});

test('host admin creates a committee whose administrator then creates a user', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  const code = `e2e-${Date.now().toString(36)}-${isPhone(testInfo) ? 'p' : 'd'}`;
  const committee = `E2E 测试联合党委 ${code}`;
  const committeePassword = 'Committee#2026';

  await test.step('host admin logs in', async () => {
    await login(page, '', 'admin', ADMIN_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(page.getByTestId('current-user')).toHaveText('admin');
    await expect(page.getByTestId('current-committee')).toHaveText('组织部');
    await expect(page.getByTestId('tenant-switcher')).toBeVisible();
    await snap(page, testInfo, '02-host-dashboard');
  });

  await test.step('creates a committee, with Chinese validation messages first', async () => {
    await openMenu(page, testInfo, '联合党委管理');
    await expect(page).toHaveURL(/\/tenants$/);
    await page.getByRole('link', { name: '新建联合党委' }).click();
    await expect(page).toHaveURL(/\/tenants\/create$/);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('请输入联合党委代码')).toBeVisible();
    await expect(page.getByText('请输入名称')).toBeVisible();
    await expect(page.getByText('请输入管理员密码')).toBeVisible();

    await page.locator('#code').fill(code);
    await page.locator('#name').fill(committee);
    await page.locator('#region').fill('林西县');
    await page.locator('#adminPassword').fill('weak');
    await expect(page.getByText('密码不符合要求')).toBeVisible();
    await page.locator('#adminPassword').fill(committeePassword);
    await snap(page, testInfo, '03-tenant-form');
    await page.getByRole('button', { name: '保存' }).click();

    await expect(page).toHaveURL(/\/tenants$/);
    await page.getByRole('searchbox').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: code });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('启用');
    await snap(page, testInfo, '04-tenant-list');
  });

  await test.step('the committee switcher acts inside the new committee', async () => {
    await chooseOption(page, 'pb-tenant-switcher', code, code);
    await openMenu(page, testInfo, '用户管理', '系统管理');
    await expect(page.locator('tbody tr.ant-table-row').filter({ hasText: 'admin' })).toHaveCount(
      1,
    );
    await snap(page, testInfo, '05-switched-users');
    await chooseOption(page, 'pb-tenant-switcher', '', '组织部（本级）');
  });

  await test.step('host admin logs out', async () => {
    await logout(page);
  });

  await test.step("the committee's administrator logs in", async () => {
    await login(page, code, 'admin', committeePassword);
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(page.getByTestId('current-committee')).toHaveText(committee);
    await expect(page.getByTestId('tenant-switcher')).toHaveCount(0);
    await expect(page.locator('.pb-sider, .pb-nav-drawer').getByText('联合党委管理')).toHaveCount(
      0,
    );
    await snap(page, testInfo, '06-committee-dashboard');

    await page.goto('/tenants');
    await expect(page.getByText('抱歉，您没有访问此页面的权限')).toBeVisible();
  });

  await test.step('and creates a user', async () => {
    await openMenu(page, testInfo, '用户管理', '系统管理');
    await page.getByRole('link', { name: '新建用户' }).click();
    await expect(page).toHaveURL(/\/identity\/users\/create$/);
    await page.locator('#userName').fill('secretary1');
    await page.locator('#name').fill('张书记');
    await page.locator('#phoneNumber').fill('13800001234');
    await page.locator('#password').fill('Secretary#2026');
    await page.locator('#roleNames').click();
    await page.locator('nz-option-item').first().click();
    await page.keyboard.press('Escape');
    await snap(page, testInfo, '07-user-form');
    await page.getByRole('button', { name: '保存' }).click();

    await expect(page).toHaveURL(/\/identity\/users$/);
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: 'secretary1' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('张书记');
    await snap(page, testInfo, '08-user-list');
  });

  expect(errors).toEqual([]);
});

test('the host administrator’s system pages, in both languages', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await login(page, '', 'admin', ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard/);

  await test.step('roles and the permission editor', async () => {
    await openMenu(page, testInfo, '角色管理', '系统管理');
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: '组织部管理员' });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: '权限设置' }).click();
    await expect(page.getByRole('heading', { name: '权限设置：组织部管理员' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: '联合党委管理' })).toBeChecked();
    await snap(page, testInfo, '10-role-permissions');
  });

  await test.step('audit log with entity changes', async () => {
    await openMenu(page, testInfo, '审计日志', '系统管理');
    await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
    const expand = page.locator('button.ant-table-row-expand-icon').first();
    if (await expand.isVisible()) {
      await expand.click();
      await expect(page.getByText('修改前').first()).toBeVisible();
    }
    await snap(page, testInfo, '11-audit-logs');
  });

  await test.step('job runs and the manual trigger form', async () => {
    await openMenu(page, testInfo, '任务运行记录', '系统管理');
    await expect(page.getByText('手动触发')).toBeVisible();
    await page.locator('#trigger-period').fill('2026/11');
    await page.getByRole('button', { name: '立即执行' }).click();
    const messages = page.locator('.ant-form-item-explain');
    await expect(messages.getByText('请选择任务')).toBeVisible();
    await expect(messages.getByText('请选择联合党委')).toBeVisible();
    await expect(messages.getByText('周期格式应为')).toBeVisible();
    await snap(page, testInfo, '12-job-runs');
  });

  await test.step('English, then back to Chinese', async () => {
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page).toHaveTitle('Job runs - PartyBuilding');
    await expect(page.getByRole('heading', { name: 'Job runs' })).toBeVisible();
    await snap(page, testInfo, '13-english');
    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await expect(page).toHaveTitle('任务运行记录 - 党建e平台');
  });

  await test.step('unknown pages answer 404', async () => {
    await page.goto('/no-such-page');
    await expect(page.getByText('抱歉，您访问的页面不存在')).toBeVisible();
  });

  expect(errors).toEqual([]);
});
