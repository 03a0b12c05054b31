import { Page, TestInfo, expect } from '@playwright/test';

export const ADMIN_PASSWORD = process.env['E2E_ADMIN_PASSWORD'] ?? 'Admin#2026pb';

export function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone';
}

/** Full-page screenshots for people to look at (e2e/screenshots is not committed). */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({
    path: `e2e/screenshots/${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
}

/** Collects uncaught exceptions and console errors, which a test should end without. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed API calls are logged by the browser as resource errors; the tests assert those explicitly.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return errors;
}

export async function login(
  page: Page,
  tenant: string,
  userName: string,
  password: string,
): Promise<void> {
  await page.goto('/login');
  await page.locator('#tenant').fill(tenant);
  await page.locator('#userName').fill(userName);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Opens a page through the side menu: the drawer on phones, the (possibly folded) group on desktops. */
export async function openMenu(
  page: Page,
  testInfo: TestInfo,
  text: string,
  group?: string,
): Promise<void> {
  if (isPhone(testInfo)) {
    await page.getByRole('button', { name: '展开或收起菜单' }).click();
  }
  const nav = isPhone(testInfo) ? page.locator('.pb-nav-drawer') : page.locator('.pb-sider');
  const link = nav.getByRole('link', { name: text, exact: true });
  if (group && !(await link.isVisible())) {
    await nav.getByText(group, { exact: true }).click();
  }
  await link.click();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '用户菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Picks an entry of an nz-select whose search box has the given id (the box is invisible until it opens). */
export async function chooseOption(
  page: Page,
  inputId: string,
  search: string,
  option: string | RegExp,
): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await page.locator('nz-select').filter({ has: input }).click();
  if (search) {
    await input.fill(search);
  }
  await page.locator('nz-option-item').filter({ hasText: option }).first().click();
}
