/**
 * e^x, tanh and the logistic sigmoid for the cells' hot loops, within a few ulps of Math.exp /
 * Math.tanh (tests/engine/fastMath.test.ts bounds the relative error by 1e-15) and 2–3× faster
 * on Node 20: V8 calls out to C for Math.exp and Math.tanh (~12 and ~20 ns), while these inline
 * into the loop (~5 ns). `activations.ts` stays the readable reference.
 *
 * Method (Tang's table-driven exp): x = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, so
 * e^x = 2^k · 2^(j/64) · e^r, with 2^k and 2^(j/64) from tables and e^r − 1 from its Taylor
 * polynomial. ln2/64 is split into a high part with trailing zero bits (n·hi is exact) and a low
 * part, as fdlibm does. The polynomials stop where the first omitted term is under 0.2 ulp:
 * r⁶/6! relative to e^r ≈ 1 for exp, r⁷/7! relative to e^r − 1 ≈ r for tanh (which needs e^r − 1
 * to full relative precision for small arguments). 64 table entries rather than 32 shorten both
 * polynomials by a term, which measured ~25% faster on the LSTM gates.
 */

/** 2^(j/64) and 2^(j/64) − 1 (the latter from Math.expm1, so it keeps full relative precision). */
const EXP2_FRAC = new Float64Array(64);
const EXP2_FRAC_M1 = new Float64Array(64);
for (let j = 0; j < 64; j++) {
  EXP2_FRAC_M1[j] = Math.expm1((j * Math.LN2) / 64);
  EXP2_FRAC[j] = 1 + EXP2_FRAC_M1[j];
}
/** 2^k for k = −1023…1023 at index k + 1023. */
const EXP2_INT = new Float64Array(2047);
for (let k = -1023; k <= 1023; k++) EXP2_INT[k + 1023] = 2 ** k;

const INV_LN2_64 = 64 / Math.LN2;
/** fdlibm's ln2_hi (low 32 bits zero) and ln2_lo, divided by 64. */
const LN2_64_HI = 6.93147180369123816490e-1 / 64;
const LN2_64_LO = 1.90821492927058770002e-10 / 64;
/** Adding and subtracting 1.5·2⁵² rounds a double below 2⁵¹ to the nearest integer. */
const ROUND = 6755399441055744;

/** e^x. Outside |x| < 700 (overflow, subnormal results, ±∞, NaN) it defers to Math.exp. */
export function expFast(x: number): number {
  if (!(x > -700 && x < 700)) return Math.exp(x);
  const nd = x * INV_LN2_64 + ROUND - ROUND;
  const n = nd | 0;
  const r = x - nd * LN2_64_HI - nd * LN2_64_LO;
  const t = EXP2_FRAC[n & 63];
  // e^r − 1 to r⁵ in Estrin's form, whose shorter dependency chain measured ~10% faster than
  // Horner's; written out here rather than in a helper, because V8 stops inlining nested helpers
  // in the cells' loops.
  const r2 = r * r;
  const q = r + r2 * ((0.5 + r * (1 / 6)) + r2 * (1 / 24 + r * (1 / 120)));
  return EXP2_INT[(n >> 6) + 1023] * (t + t * q);
}

/** The logistic sigmoid 1 / (1 + e^(−x)) (see `sigmoid` in activations.ts). */
export function sigmoidFast(x: number): number {
  return 1 / (1 + expFast(-x));
}

/**
 * tanh x = e/(e + 2) with e = e^(2|x|) − 1, the sign restored after. e is assembled as
 * 2^k·((2^(j/64) − 1) + 2^(j/64)·(e^r − 1)) + (2^k − 1): every term is ≥ 0, so nothing cancels and
 * small arguments keep their relative precision.
 */
export function tanhFast(x: number): number {
  const a = x < 0 ? -x : x;
  // tanh rounds to ±1 beyond 19.06; NaN fails the test and is returned as is.
  if (!(a < 20)) return a > 0 ? (x < 0 ? -1 : 1) : x;
  // Below 2⁻²⁸ the x³/3 term is under half an ulp: tanh x = x (this also keeps −0).
  if (a < 3.725290298461914e-9) return x;
  const y = 2 * a;
  const nd = y * INV_LN2_64 + ROUND - ROUND;
  const n = nd | 0;
  const r = y - nd * LN2_64_HI - nd * LN2_64_LO;
  const j = n & 63;
  const p = EXP2_INT[(n >> 6) + 1023];
  const r2 = r * r;
  const q = r + r2 * ((0.5 + r * (1 / 6)) + r2 * ((1 / 24 + r * (1 / 120)) + r2 * (1 / 720)));
  const e = p * (EXP2_FRAC_M1[j] + EXP2_FRAC[j] * q) + (p - 1);
  const th = e / (e + 2);
  return x < 0 ? -th : th;
}

/** dst[dOff + i] = σ(src[sOff + i]) for i < n (src and dst may be the same array). */
export function sigmoidArray(src: Float64Array, sOff: number, dst: Float64Array, dOff: number, n: number): void {
  for (let i = 0; i < n; i++) dst[dOff + i] = sigmoidFast(src[sOff + i]);
}

/** dst[dOff + i] = tanh(src[sOff + i]) for i < n (src and dst may be the same array). */
export function tanhArray(src: Float64Array, sOff: number, dst: Float64Array, dOff: number, n: number): void {
  for (let i = 0; i < n; i++) dst[dOff + i] = tanhFast(src[sOff + i]);
}
