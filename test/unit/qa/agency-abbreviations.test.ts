/** Abbreviated agency names (the first character of each word of the full name): one fit is that agency, several are asked back. */
import { afterAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const db = openDatabase(':memory:');
afterAll(() => db.close());
const store = new ReportStore(db);
for (const name of [
  '海原县交通运输和建设局',
  '海原县教育局',
  '沙坡头区交通运输局',
  '沙坡头区住房和城乡建设局',
  '桃江县松木塘镇人民政府',
  '桃江县桃花江镇人民政府',
  '天津市和平区发展和改革委员会',
  '平潭综合实验区公安局',
  '平潭综合实验区行政审批局',
])
  store.ensureAgency(name);
const index = new AgencyIndex(store);
const names = (text: string) => index.find(text).map((mention) => mention.agencies.map((agency) => agency.name));

describe('abbreviated agency names', () => {
  it('resolve when exactly one known agency fits', () => {
    expect(names('海原县交建局2024年收到几件申请')).toEqual([['海原县交通运输和建设局']]);
    expect(names('和平区发改委2019年发布了多少条信息')).toEqual([['天津市和平区发展和改革委员会']]);
    // A town named without its county.
    expect(names('松木塘镇2022年主动公开了几条')).toEqual([['桃江县松木塘镇人民政府']]);
    expect(names('那个平潭审批局2023年收到几件申请')).toEqual([['平潭综合实验区行政审批局']]);
  });

  it('read a committee shortened with its 委 as one name, the 委 included (区发改委, not 区发改 and a stray 委)', () => {
    expect(index.find('区发改委2019年发布了多少条信息').map((mention) => mention.text)).toEqual(['区发改委']);
    expect(names('区发改委2019年发布了多少条信息')).toEqual([['天津市和平区发展和改革委员会']]);
  });

  it('name every agency that fits, so the engine asks which; and none where none fits', () => {
    expect(names('平潭局2021年收到几件申请')[0]).toEqual(expect.arrayContaining(['平潭综合实验区公安局', '平潭综合实验区行政审批局']));
    // 沙坡头区 has a 交通运输局 and a 住房和城乡建设局, but no agency whose name holds 交…建.
    expect(names('沙坡头区交建局2024年收到几件申请').flat()).not.toContain('沙坡头区交通运输局');
    expect(names('沙坡头区交建局2024年收到几件申请').flat()).not.toContain('沙坡头区住房和城乡建设局');
  });
});
