import type { Shift } from '../../shared/contract/shifts';
import type { DenominationCount } from '../../shared/contract/shifts';
import { DENOMINATIONS_FEN } from '../../shared/domain/shift';
import type { Core } from '../../electron/core/core';

/** A drawer holding `fen` (a whole number of jiao), largest notes first, every denomination listed. */
export function drawerOf(fen: number): DenominationCount[] {
  if (fen % 10 !== 0) throw new Error(`${fen} fen is not a whole number of jiao`);
  let left = fen;
  return DENOMINATIONS_FEN.map((denominationFen) => {
    const quantity = Math.floor(left / denominationFen);
    left -= quantity * denominationFen;
    return { denominationFen, quantity };
  });
}

/**
 * Opens the terminal's shift in one call, as `session` (signed in with sales.sell), with a float of
 * `floatFen` (￥500 unless told) counted by denomination. Works on a test till's core and a browser till's.
 */
export function openShift(core: Core, session: string, floatFen = 50_000): Shift {
  const result = core.invoke(session, {
    channel: 'shifts.open',
    input: { counts: drawerOf(floatFen), note: null },
  });
  if (!result.ok) throw new Error(`shifts.open failed: ${result.error.code} ${result.error.message}`);
  return result.value as Shift;
}
