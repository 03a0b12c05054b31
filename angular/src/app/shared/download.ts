import { HttpResponse } from '@angular/common/http';

/** The file name of a `Content-Disposition` header (RFC 5987 `filename*` first, for Chinese names). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) {
    return fallback;
  }
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** Saves a blob answer of the API as a file, under the name the server gave it. */
export function saveDownload(response: HttpResponse<Blob>, fallback: string): void {
  if (!response.body) {
    return;
  }
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallback);
  const url = URL.createObjectURL(response.body);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
