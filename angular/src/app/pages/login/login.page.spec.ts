import { safeReturnUrl } from './login.page';

describe('safeReturnUrl', () => {
  it('returns to pages of the console', () => {
    expect(safeReturnUrl('/identity/users?page=2')).toBe('/identity/users?page=2');
  });

  it('refuses other sites and the login page itself', () => {
    expect(safeReturnUrl('//evil.example/phish')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=%2F')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
