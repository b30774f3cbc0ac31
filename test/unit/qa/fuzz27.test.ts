/**
 * fuzz27: the first question of a process (AgencyIndex.find's cold path, no near misses tried) reads a text as any later
 * question does. Found by the fuzz test (seed 23686: 中波市人民政府沙坡县洛阳市西工区发改委); made up here with other places.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const db = openDatabase(':memory:');
afterAll(() => db.close());
const store = new ReportStore(db);
for (const name of ['银川市人民政府', '灵武市人民政府', '广州市天河区财政局', '天河区财政局', '海原县人民政府']) store.ensureAgency(name);

const read = (index: AgencyIndex, text: string) =>
  index.find(text).map((mention) => ({ names: mention.agencies.map((agency) => agency.name), text: mention.text }));

describe('the first question reads as a later one', () => {
  it('tries the near misses before a reading with a higher place masked (银穿市 is 银川市 first, as later)', () => {
    const text = '银穿市人民政府灵武市广州市天河区财政局';
    const warm = new AgencyIndex(store);
    read(warm, '海原县人民政府');
    const later = read(warm, text);
    expect(later).toEqual([{ names: ['银川市人民政府'], text: '银穿市' }]);
    expect(read(new AgencyIndex(store), text)).toEqual(later);
  });

  it('still answers a first question the cold path reads whole (no near miss could change it)', () => {
    expect(read(new AgencyIndex(store), '灵武市人民政府2024年')).toEqual([{ names: ['灵武市人民政府'], text: '灵武市人民政府' }]);
  });
});
