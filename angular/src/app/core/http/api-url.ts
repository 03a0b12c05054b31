/** Same-origin API calls only: our headers must not leak to other hosts. */
export function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}
