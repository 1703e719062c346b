// Decimal digits → double, correctly rounded (the result Python's float() and JS Number() give), without building a
// string per value. MLflow writes Python's repr of floats, and 17 significant digits are common (0.6931471824645996):
// past 2^53, so "mantissa / 10^p" in one IEEE operation is no longer exact. Double-double arithmetic gets the value to
// ~2^-100 and decides the rounding; a value too close to a rounding tie to decide is left to the caller's string parser.

const POW10 = new Float64Array(23).map((_, i) => Number(`1e${i}`));

/** 10^p for 0 ≤ p ≤ 22: exact doubles. */
export function pow10(p: number): number {
  return POW10[p]!;
}

/** 2^27 + 1: Dekker's splitter, for exact products without FMA. */
const SPLITTER = 134217729;

/** How far from a rounding tie (relative) the double-double sum must be for its rounding to be trusted. */
const TIE_GUARD = 1 + 2 ** -20;

/** decimalQuotient's result. A typed-array slot rather than a return value: a double returned through a call that
 * V8 does not inline is boxed, one heap allocation per metric value. */
export const quotient = new Float64Array(1);

/**
 * Puts in `quotient[0]` the double nearest to (hi·10^k + lo) / 10^p, for 0 < hi < 10^15, 0 ≤ lo < 10^k, 1 ≤ k ≤ 4 and
 * −22 ≤ p ≤ 22 with p − k ≤ 22 and k − p ≤ 22. Returns false when the value is within 2^-20 ulp of a rounding tie:
 * the caller then parses the text. (Shortest-repr strings, what Python writes, essentially never are.)
 */
export function decimalQuotient(hi: number, k: number, lo: number, p: number): boolean {
  // value = a + correction, with |correction| ≲ 1 ulp(a) and known to ~2^-52 of itself.
  let a: number;
  let correction: number;
  // Dekker's TwoProduct written out (twice) so that no double crosses a call boundary, where V8 would box it.
  let x: number;
  let y: number;
  if (p >= k) {
    y = POW10[p - k]!;
    a = hi / y;
    x = a;
  } else {
    y = POW10[k - p]!;
    a = hi * y;
    x = hi;
  }
  const product = x * y;
  const cx = SPLITTER * x;
  const xh = cx - (cx - x);
  const xl = x - xh;
  const cy = SPLITTER * y;
  const yh = cy - (cy - y);
  const yl = y - yh;
  const error = xh * yh - product + xh * yl + xl * yh + xl * yl; // x·y = product + error exactly
  if (p >= k) {
    // hi − a·10^(p−k), exact up to the last subtraction: hi − product is exact (Sterbenz).
    const remainder = hi - product - error;
    correction = (remainder * POW10[k]! + lo) / POW10[p]!;
  } else {
    correction = error + (p >= 0 ? lo / POW10[p]! : lo * POW10[-p]!);
  }
  const sum = a + correction;
  const rest = correction - (sum - a); // exact: sum + rest = a + correction
  quotient[0] = sum;
  // If moving the rest a little further from sum still rounds back to sum, the true value is not near a tie.
  return sum + rest * TIE_GUARD === sum;
}
