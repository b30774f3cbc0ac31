/** ArrivalMap behaves as a Map in arrival order whose oldest entries are dropped (checked against that Map), and stays linear. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArrivalMap } from '../../../src/core/arrival-map.js';

type Operation =
  | { kind: 'set'; key: number; value: number }
  | { kind: 'delete'; key: number; onlyIf?: number }
  | { kind: 'dropBelow'; limit: number }
  | { kind: 'trim'; max: number };

/** The reference: a plain Map, whose iteration order is arrival order (a key set again after a delete moves to the end). */
class ReferenceMap {
  readonly map = new Map<number, number>();
  set(key: number, value: number) {
    this.map.delete(key);
    this.map.set(key, value);
  }
  delete(key: number, onlyIf?: number) {
    if (onlyIf === undefined || this.map.get(key) === onlyIf) this.map.delete(key);
  }
  dropBelow(limit: number) {
    for (const [key, value] of this.map) {
      if (value >= limit) return;
      this.map.delete(key);
    }
  }
  trim(max: number) {
    while (this.map.size > max) this.map.delete(this.map.keys().next().value as number);
  }
}

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: fc.nat(20), value: fc.nat(50) }),
  fc.record({ kind: fc.constant('delete' as const), key: fc.nat(20), onlyIf: fc.option(fc.nat(50), { nil: undefined }) }),
  fc.record({ kind: fc.constant('dropBelow' as const), limit: fc.nat(50) }),
  fc.record({ kind: fc.constant('trim' as const), max: fc.nat(15) }),
);

describe('ArrivalMap', () => {
  it('keeps the same entries, in the same order, as a Map used as a queue', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), (operations) => {
        const map = new ArrivalMap<number, number>();
        const reference = new ReferenceMap();
        for (const step of operations) {
          if (step.kind === 'set') {
            map.set(step.key, step.value);
            reference.set(step.key, step.value);
          } else if (step.kind === 'delete') {
            map.delete(step.key, step.onlyIf);
            reference.delete(step.key, step.onlyIf);
          } else if (step.kind === 'dropBelow') {
            map.dropOldestWhile((value) => value < step.limit);
            reference.dropBelow(step.limit);
          } else {
            map.trimTo(step.max);
            reference.trim(step.max);
          }
          expect(map.size).toBe(reference.map.size);
          const [oldestKey, oldestValue] = reference.map.entries().next().value ?? [];
          expect(map.oldest()).toEqual(oldestKey === undefined ? undefined : { key: oldestKey, value: oldestValue });
        }
        for (const [key, value] of reference.map) expect(map.get(key)).toBe(value);
        for (let key = 0; key <= 20; key += 1) if (!reference.map.has(key)) expect(map.get(key)).toBeUndefined();
      }),
    );
  });

  it('drops the oldest of a full map in constant time per entry, where a Map queue walks its holes', () => {
    const map = new ArrivalMap<number, number>();
    const started = performance.now();
    // 200,000 arrivals through a map kept at 10,000 entries: with Map.keys().next() this takes seconds.
    for (let index = 0; index < 200_000; index += 1) {
      map.set(index, index);
      map.trimTo(10_000);
    }
    expect(map.size).toBe(10_000);
    expect(map.oldest()).toEqual({ key: 190_000, value: 190_000 });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
