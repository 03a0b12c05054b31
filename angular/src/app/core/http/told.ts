import { EMPTY, MonoTypeOperatorFunction, catchError } from 'rxjs';

/**
 * Ends a call quietly once it failed: the error interceptor has already shown the user why, and an unhandled
 * error would only reach the console.
 */
export function toldUser<T>(): MonoTypeOperatorFunction<T> {
  return catchError(() => EMPTY);
}
