import { BreakpointObserver } from '@angular/cdk/layout';
import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** Below zorro's `md` breakpoint: the side menu becomes a drawer, and drawers and modals take the whole width. */
export const MOBILE_QUERY = '(max-width: 767.98px)';

@Injectable({ providedIn: 'root' })
export class ResponsiveService {
  private readonly breakpoints = inject(BreakpointObserver);
  readonly mobile = toSignal(
    this.breakpoints.observe(MOBILE_QUERY).pipe(map((state) => state.matches)),
    { initialValue: this.breakpoints.isMatched(MOBILE_QUERY) },
  );
}
