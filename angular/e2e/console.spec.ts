import { expect, test } from '@playwright/test';

import { ADMIN_PASSWORD, chooseOption, isPhone, login, logout, openMenu, snap, watchErrors } from './support';

test('a wrong password shows the server’s message and keeps the user on the login page', async ({ page }, testInfo) => {
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
  await expect(page.getByLabel('联合党委代码', { exact: true })).toHaveValue('linxi');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
});

test('host admin creates a committee whose administrator then creates a user', async ({ page }, testInfo) => {
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
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('请输入联合党委代码')).toBeVisible();
    await expect(page.getByText('请输入名称')).toBeVisible();
    await expect(page.getByText('请输入管理员密码')).toBeVisible();

    await page.getByLabel('联合党委代码').fill(code);
    await page.getByLabel('名称', { exact: true }).fill(committee);
    await page.getByLabel('所在地区').fill('林西县');
    await page.getByLabel('管理员密码').fill('weak');
    await expect(page.getByText('密码不符合要求')).toBeVisible();
    await page.getByLabel('管理员密码').fill(committeePassword);
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
    await expect(page.locator('tbody tr.ant-table-row').filter({ hasText: 'admin' })).toHaveCount(1);
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
    await expect(page.locator('.pb-sider, .pb-nav-drawer').getByText('联合党委管理')).toHaveCount(0);
    await snap(page, testInfo, '06-committee-dashboard');
  });

  await test.step('and creates a user', async () => {
    await openMenu(page, testInfo, '用户管理', '系统管理');
    await page.getByRole('link', { name: '新建用户' }).click();
    await page.getByLabel('用户名').fill('secretary1');
    await page.getByLabel('姓名').fill('张书记');
    await page.getByLabel('手机号码').fill('13800001234');
    await page.getByLabel('密码', { exact: true }).fill('Secretary#2026');
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
