/**
 * perf48: the stored kinds taken out of a question's words by a lookup of the kinds written in it (withoutKindsOf,
 * AgencyIndex.withoutKinds), not a replace per stored kind: the same text as the replace of every kind in turn.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AgencyIndex, withoutKindsOf } from '../../../src/qa/agency-index.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

/** What the rules did before: every kind, in the list's order, replaced once (or everywhere). */
function byEveryKind(kinds: readonly string[], text: string, every = false): string {
  let rest = text;
  for (const kind of kinds) rest = every ? rest.replaceAll(kind, '') : rest.replace(kind, '');
  return rest;
}

describe('withoutKindsOf', () => {
  const kinds = ['市场监督管理局', '科学技术局', '人民政府', '教育局', '科技局', '育局', '政府', '局', ''];

  it('takes each written kind out once, longest first, as the replace of every kind did', () => {
    for (const text of ['岳池县科技局2024年收到几件申请', '武胜县人民政府和武胜县教育局哪个多', '邻水县局局长', '华蓥市政府网发了几条', ''])
      for (const every of [false, true]) expect(withoutKindsOf(kinds, text, every)).toBe(byEveryKind(kinds, text, every));
    expect(withoutKindsOf(kinds, '岳池县科技局2024年收到几件申请')).toBe('岳池县2024年收到几件申请');
  });

  it('looks again when a kind taken out joins the words around it into another kind', () => {
    // 教|科技局|育局: 科技局 out leaves 教育局; 教育局 was tried before 科技局 (so it stays), 育局, after it, goes.
    expect(withoutKindsOf(kinds, '广安教科技局育局')).toBe(byEveryKind(kinds, '广安教科技局育局'));
    expect(withoutKindsOf(kinds, '广安教科技局育局')).toBe('广安教');
    // 教育局 after 科技局 in the list: the 教育局 the first leaves goes too.
    expect(withoutKindsOf(['科技局', '教育局'], '前锋区教科技局育局', true)).toBe('前锋区');
  });

  it('gives what the replace of every kind gives on texts made of the kinds’ own characters', () => {
    const characters = [...'教育科技局人民政府市场'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 2000; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => characters[Math.floor(next() * characters.length)]).join('');
      const every = round % 2 === 1;
      expect(withoutKindsOf(kinds, text, every)).toBe(byEveryKind(kinds, text, every));
    }
  });
});

describe('AgencyIndex.withoutKinds', () => {
  const db = openDatabase(':memory:');
  afterAll(() => db.close());
  const store = new ReportStore(db);
  for (const name of ['岳池县科学技术局', '岳池县教育局', '武胜县人民政府', '邻水县市场监督管理局']) store.ensureAgency(name);
  const index = new AgencyIndex(store);

  it('takes out the stored kinds as the replace of each of kinds() did', () => {
    for (const text of ['岳池科技局和武胜县人民政府2024年哪个收到的申请多', '邻水县市场监管局有几个', '教科技局育局'])
      for (const every of [false, true]) expect(index.withoutKinds(text, every)).toBe(byEveryKind(index.kinds(), text, every));
  });
});
