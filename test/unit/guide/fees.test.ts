import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { feeByPages, feeByRequests } from '../../../src/guide/fees.js';

describe('feeByRequests (按件计收, per applicant per calendar month)', () => {
  it.each([
    [0, 0],
    [1, 0],
    [10, 0],
    [11, 100],
    [15, 500],
    [30, 2000],
    [31, 2200],
    [35, 3000],
    [40, 4000],
    [41, 4300],
    [50, 7000],
    [51, 7400],
  ])('%i requests cost %i yuan', (count, total) => {
    expect(feeByRequests(count).total).toBe(total);
  });

  it('breaks 35 requests into bands', () => {
    expect(feeByRequests(35)).toEqual({
      quantity: 35,
      total: 3000,
      breakdown: [
        { from: 1, to: 10, count: 10, unitPrice: 0, subtotal: 0 },
        { from: 11, to: 30, count: 20, unitPrice: 100, subtotal: 2000 },
        { from: 31, to: 35, count: 5, unitPrice: 200, subtotal: 1000 },
      ],
    });
  });

  it('raises the price by 100 yuan for each further 10 requests', () => {
    const prices = feeByRequests(61).breakdown.map((band) => [band.from, band.to, band.unitPrice]);
    expect(prices).toEqual([
      [1, 10, 0],
      [11, 30, 100],
      [31, 40, 200],
      [41, 50, 300],
      [51, 60, 400],
      [61, 61, 500],
    ]);
  });

  it('has only the free band up to 10', () => {
    expect(feeByRequests(10).breakdown).toEqual([{ from: 1, to: 10, count: 10, unitPrice: 0, subtotal: 0 }]);
    expect(feeByRequests(0).breakdown).toEqual([]);
  });
});

describe('feeByPages (按量计收)', () => {
  it.each([
    [0, 0],
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [120, 1100],
    [200, 2700],
    [201, 2740],
    [250, 4700],
  ])('%i pages cost %i yuan', (pages, total) => {
    expect(feeByPages(pages).total).toBe(total);
  });

  it('breaks 250 pages into the four bands', () => {
    expect(feeByPages(250).breakdown).toEqual([
      { from: 1, to: 30, count: 30, unitPrice: 0, subtotal: 0 },
      { from: 31, to: 100, count: 70, unitPrice: 10, subtotal: 700 },
      { from: 101, to: 200, count: 100, unitPrice: 20, subtotal: 2000 },
      { from: 201, to: 250, count: 50, unitPrice: 40, subtotal: 2000 },
    ]);
  });

  it('stops at the band reached', () => {
    expect(feeByPages(31).breakdown).toEqual([
      { from: 1, to: 30, count: 30, unitPrice: 0, subtotal: 0 },
      { from: 31, to: 31, count: 1, unitPrice: 10, subtotal: 10 },
    ]);
  });
});

describe('bad input', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9])('rejects %s', (value) => {
    for (const calculate of [feeByRequests, feeByPages]) {
      let caught: unknown;
      try {
        calculate(value);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GongkaiError);
      expect((caught as GongkaiError).code).toBe('BAD_INPUT');
      expect((caught as GongkaiError).userMessage).toMatch(/数量/);
    }
  });
});
