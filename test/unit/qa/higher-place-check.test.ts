/**
 * higherPlaceSpans (places.ts) first asks whether the text names any province or city at all, from those alone: a question
 * naming none (most name a county agency, or none) never builds the whole division data (3,400 counties), which cost a
 * one-shot `gongkai ask` about 30 ms of its start. Where a higher place is written, the spans are as before.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Places = typeof import('../../../src/qa/places.js');

async function freshPlaces(): Promise<Places> {
  vi.resetModules();
  return import('../../../src/qa/places.js');
}

describe('higher places, checked before the divisions are built', () => {
  let places: Places;
  beforeEach(async () => {
    places = await freshPlaces();
  });

  it('builds no divisions for a text naming no province or city', () => {
    expect(places.higherPlaceSpans('龙泉驿区水务局去年收了几件申请')).toEqual([]);
    expect(places.higherPlaceSpans('请问环保局2023年的行政处罚有多少')).toEqual([]);
    // A county's name holding no city's form (城关区 is no place above a county).
    expect(places.higherPlaceSpans('城关区教育局的电话')).toEqual([]);
    expect(places.divisionsBuilt()).toBe(false);
  });

  it('still finds a province or city written before a lower place in it, in full or short', () => {
    expect(places.higherPlaceSpans('杭州萧山区教育局').map(({ start, end, place }) => [start, end, place.name])).toEqual([
      [0, 2, '杭州市'],
    ]);
    expect(places.divisionsBuilt()).toBe(true);
    expect(places.higherPlaceSpans('甘肃省天水市麦积区卫健局').map(({ place }) => place.name)).toEqual(['甘肃省', '天水市']);
  });

  it('reads a city named alone, with nothing below it, as no higher place, as before', () => {
    expect(places.higherPlaceSpans('天水市卫健局')).toEqual([]);
    expect(places.divisionsBuilt()).toBe(true);
  });
});
