/** Names citizens give agencies published under a place name or a government office's full name. */
import { afterAll, describe, expect, it } from 'vitest';
import { AgencyIndex } from '../../../src/qa/agency-index.js';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const db = openDatabase(':memory:');
afterAll(() => db.close());
const store = new ReportStore(db);
for (const name of [
  '合江县',
  '上海市',
  '上海市人民政府办公厅',
  '平潭综合实验区',
  '平潭综合实验区公安局',
  '昌图县七家子镇',
  '利辛县望疃镇人民政府',
])
  store.ensureAgency(name);
const index = new AgencyIndex(store);
const names = (text: string) => index.find(text).map((mention) => mention.agencies.map((agency) => agency.name));

describe('agency names of real reports', () => {
  it('a report published under a bare place name is that place’s government', () => {
    expect(agencyAliases('合江县')).toEqual(expect.arrayContaining(['合江县人民政府', '合江县政府']));
    expect(names('合江县人民政府网2022年公开政府信息多少条')).toEqual([['合江县']]);
    // Its own disclosure office is the government; another office is another agency.
    expect(names('合江县政府信息公开办公室邮编是多少')).toEqual([['合江县']]);
    expect(names('合江县人民政府办公室2022年收到几件申请')).toEqual([]);
  });

  it('政府办公厅 is the 人民政府办公厅, not the city', () => {
    expect(names('上海市政府办公厅2019年收到多少件申请')).toEqual([['上海市人民政府办公厅']]);
    expect(names('上海市2022年主动公开多少条')).toEqual([['上海市']]);
  });

  it('a place’s bare name before a year names the agency that is that place', () => {
    expect(names('平潭2022年全区主动公开了多少条')).toEqual([['平潭综合实验区']]);
    expect(names('合江2022年收到几件申请')).toEqual([['合江县']]);
    expect(names('平潭公安局2024年收到几件申请')).toEqual([['平潭综合实验区公安局']]);
  });

  it('a town named after its county is found by its own name', () => {
    expect(names('七家子镇2023年行政处罚多少件')).toEqual([['昌图县七家子镇']]);
    expect(names('望疃镇2023年发布信息多少条')).toEqual([['利辛县望疃镇人民政府']]);
  });
});
