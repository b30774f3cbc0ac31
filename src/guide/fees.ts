/**
 * The information-processing fee (信息处理费) of 《政府信息公开信息处理费管理办法》
 * (国办函〔2020〕109号; see docs/REGULATION.md). Fees are the exception (Art. 42 of the regulation): an agency may charge
 * only when the volume or frequency of requests clearly exceeds a reasonable range, and then
 * either per request or per page, never both for one request.
 */
import { GongkaiError } from '../core/errors.js';

/** One progressive band of a fee calculation. */
export interface FeeBand {
  /** First request or page in the band (1-based, inclusive). */
  from: number;
  /** Last request or page in the band actually reached (inclusive). */
  to: number;
  /** How many requests or pages fall in the band: `to - from + 1`. */
  count: number;
  /** Yuan per request or page in this band; 0 for the free band. */
  unitPrice: number;
  /** `count * unitPrice`, in yuan. */
  subtotal: number;
}

/** A fee with the bands that make it up, free band first. */
export interface FeeResult {
  /** Number of requests (per request) or pages (per page) charged for. */
  quantity: number;
  /** Total in yuan. */
  total: number;
  /** Only the bands actually reached; empty for zero. */
  breakdown: FeeBand[];
}

/** Requests per applicant per calendar month that are always free. */
export const FREE_REQUESTS_PER_MONTH = 10;
/** Pages that are always free. */
export const FREE_PAGES = 30;
/**
 * Largest request count accepted: it keeps a chat message from asking for thousands of bands, and
 * is far beyond anything an agency would see from one applicant in a month.
 */
export const MAX_REQUESTS_PER_MONTH = 10_000;
/** Largest page count accepted, for the same reason. */
export const MAX_PAGES = 1_000_000;

function assertQuantity(quantity: number, maximum: number, what: string): void {
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new GongkaiError('BAD_INPUT', `${what} must be a non-negative integer, got ${quantity}`, '数量必须是不小于0的整数。');
  }
  if (quantity > maximum) {
    throw new GongkaiError('BAD_INPUT', `${what} above ${maximum}: ${quantity}`, `数量过大（超过${maximum}），无法计算。`);
  }
}

function band(from: number, to: number, unitPrice: number): FeeBand {
  const count = to - from + 1;
  return { from, to, count, unitPrice, subtotal: count * unitPrice };
}

function summarise(quantity: number, breakdown: FeeBand[]): FeeResult {
  return { quantity, total: breakdown.reduce((sum, item) => sum + item.subtotal, 0), breakdown };
}

/**
 * Fee for `countInMonth` requests by one applicant in one calendar month, charged per request
 * (按件计收): requests 1–10 free, 11–30 at 100 yuan each, then the price rises by 100 yuan for
 * every further 10 (31–40 at 200, 41–50 at 300, …).
 * @throws GongkaiError BAD_INPUT for a negative, fractional or absurdly large count.
 */
export function feeByRequests(countInMonth: number): FeeResult {
  assertQuantity(countInMonth, MAX_REQUESTS_PER_MONTH, 'request count');
  const breakdown: FeeBand[] = [];
  if (countInMonth === 0) return summarise(0, breakdown);
  breakdown.push(band(1, Math.min(countInMonth, FREE_REQUESTS_PER_MONTH), 0));
  if (countInMonth > FREE_REQUESTS_PER_MONTH) breakdown.push(band(11, Math.min(countInMonth, 30), 100));
  for (let from = 31, unitPrice = 200; from <= countInMonth; from += 10, unitPrice += 100) {
    breakdown.push(band(from, Math.min(countInMonth, from + 9), unitPrice));
  }
  return summarise(countInMonth, breakdown);
}

/**
 * Fee for `pages` pages of one request, charged per page (按量计收): pages 1–30 free, 31–100 at
 * 10 yuan, 101–200 at 20 yuan, 201 and above at 40 yuan each.
 * @throws GongkaiError BAD_INPUT for a negative, fractional or absurdly large page count.
 */
export function feeByPages(pages: number): FeeResult {
  assertQuantity(pages, MAX_PAGES, 'page count');
  const bands: Array<[from: number, to: number, unitPrice: number]> = [
    [1, FREE_PAGES, 0],
    [31, 100, 10],
    [101, 200, 20],
    [201, Number.POSITIVE_INFINITY, 40],
  ];
  const breakdown = bands.filter(([from]) => from <= pages).map(([from, to, unitPrice]) => band(from, Math.min(pages, to), unitPrice));
  return summarise(pages, breakdown);
}
