import { signal } from '@angular/core';

/** Which rows of a table are expanded (nz-table's `nzExpand`), kept by row id across reloads of the page. */
export class ExpandedRows {
  private readonly ids = signal<ReadonlySet<string>>(new Set());

  has(id: string): boolean {
    return this.ids().has(id);
  }

  set(id: string, open: boolean): void {
    const next = new Set(this.ids());
    if (open) {
      next.add(id);
    } else {
      next.delete(id);
    }
    this.ids.set(next);
  }
}
