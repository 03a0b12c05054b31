import { Page, TestInfo, expect, test } from '@playwright/test';

import { ADMIN_PASSWORD, isPhone, login, logout, openMenu, snap, watchErrors } from './support';

/** Consequential row actions ask first, in a modal whose button repeats the verb. */
async function confirmWith(page: Page, verb: string): Promise<void> {
  const dialog = page.locator('.ant-modal-confirm');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: verb }).click();
  await expect(dialog).toHaveCount(0);
}

async function createCommittee(
  page: Page,
  testInfo: TestInfo,
  code: string,
  password: string,
): Promise<void> {
  await openMenu(page, testInfo, '联合党委管理');
  await page.getByRole('link', { name: '新建联合党委' }).click();
  await expect(page).toHaveURL(/\/tenants\/create$/);
  await page.locator('#code').fill(code);
  await page.locator('#name').fill(`生命周期测试 ${code}`);
  await page.locator('#adminPassword').fill(password);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/tenants$/);
}

function rowOf(page: Page, text: string) {
  return page.locator('tbody tr.ant-table-row').filter({ hasText: text });
}

test('a committee can be renamed, deactivated (its users then cannot log in), activated and deleted', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  const code = `e2e-life-${Date.now().toString(36)}-${isPhone(testInfo) ? 'p' : 'd'}`;
  const password = 'Lifecycle#2026';
  await login(page, '', 'admin', ADMIN_PASSWORD);
  await createCommittee(page, testInfo, code, password);

  await test.step('rename', async () => {
    await page.getByRole('searchbox').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await rowOf(page, code).getByRole('link', { name: '编辑' }).click();
    await expect(page.locator('#code')).toBeDisabled();
    await expect(page.locator('#name')).toHaveValue(`生命周期测试 ${code}`);
    await page.locator('#name').fill(`已改名 ${code}`);
    await snap(page, testInfo, '20-tenant-edit');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(/\/tenants$/);
  });

  await test.step('deactivate', async () => {
    await page.getByRole('searchbox').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await expect(rowOf(page, code)).toContainText(`已改名 ${code}`);
    await rowOf(page, code).getByRole('button', { name: '停用' }).click();
    await expect(page.getByText('停用后该联合党委的用户将无法登录')).toBeVisible();
    await snap(page, testInfo, '22-confirm-deactivate');
    await confirmWith(page, '停用');
    await expect(rowOf(page, code)).toContainText('停用');
    await expect(rowOf(page, code).getByRole('button', { name: '启用' })).toBeVisible();
  });

  await test.step('the inactive committee’s administrator cannot log in', async () => {
    await logout(page);
    await login(page, code, 'admin', password);
    await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
    await login(page, '', 'admin', ADMIN_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard/);
  });

  await test.step('activate, then delete', async () => {
    await openMenu(page, testInfo, '联合党委管理');
    await page.getByRole('searchbox').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await rowOf(page, code).getByRole('button', { name: '启用' }).click();
    await confirmWith(page, '启用');
    await expect(rowOf(page, code).getByRole('button', { name: '停用' })).toBeVisible();

    await rowOf(page, code).getByRole('button', { name: '删除' }).click();
    await expect(page.getByText('此操作不可撤销')).toBeVisible();
    await confirmWith(page, '删除');
    await expect(rowOf(page, code)).toHaveCount(0);
  });

  expect(errors).toEqual([]);
});

test('a role can be created, granted permissions and deleted', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  const name = `e2e.${Date.now().toString(36)}.${isPhone(testInfo) ? 'p' : 'd'}`;
  const displayName = `临时角色 ${name}`;
  await login(page, '', 'admin', ADMIN_PASSWORD);
  await openMenu(page, testInfo, '角色管理', '系统管理');

  await page.getByRole('link', { name: '新建角色' }).click();
  await expect(page).toHaveURL(/\/identity\/roles\/create$/);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请输入角色标识')).toBeVisible();
  await expect(page.getByText('请输入显示名称')).toBeVisible();
  await page.locator('#name').fill(name);
  await page.locator('#displayName').fill(displayName);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/identity\/roles$/);

  await rowOf(page, displayName).getByRole('link', { name: '权限设置' }).click();
  // Granting a child grants its parent: the server accepts a child only together with it.
  await page.getByRole('checkbox', { name: '新建' }).first().check();
  await expect(page.getByRole('checkbox', { name: '联合党委管理' })).toBeChecked();
  await snap(page, testInfo, '21-role-grant');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/identity\/roles$/);
  await expect(rowOf(page, displayName)).toContainText('2');

  await rowOf(page, displayName).getByRole('button', { name: '删除' }).click();
  await confirmWith(page, '删除');
  await expect(rowOf(page, displayName)).toHaveCount(0);
  expect(errors).toEqual([]);
});
