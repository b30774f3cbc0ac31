/**
 * real-questions-corpus50 (124 lines over reports-more56 alone: 16 real 2020–2025 pages — 人社 of 遵义市 and 湖北省人力资源和
 * 社会保障厅 (a mirror host), 怀化市林业局, 医疗保障局 of 重庆市, 兴安盟 and 厦门市, 民族宗教事务局 of 关岭自治县 and 南昌市 (a 繁体
 * mirror), 住建局 of 四平市 and 建始县, 交通运输局 of 開平市 (繁体, its tables images absent from the text), 通江县 and 义乌市,
 * 揚州市農業農村局 (繁体, named only in its website's name), 辽宁省退役军人事务厅 (一、总体公开情况), and 绵竹's 市农业农村局,
 * refused for naming no place — 5 conversations of 3 or 4 turns, 2 rankings, 21 negatives (tables that were images or cut
 * before the count asked, earlier years, agencies and pages not held), 繁体, typos, yes/no and contacts), written before their
 * first run. First run (the importer's fix for 总体公开情况 already in, so 辽宁省退役军人事务厅 stored): 123/124 with the eval
 * CLI: 关岭民宗局的地址在哪 refused (an autonomous county written without its peoples, 关岭自治县, had 关岭自治 for its short
 * region, not 关岭: fixed in src/report/agency-names.ts). Final: 124/124, no wrong figure, no gap line.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, storeOf } from './qa-eval-helpers.js';

describe('reports-more56: 人社, 林业, 医保, 民宗, 住建, 交通, 农业农村 and 退役军人 pages of 2020 to 2025 (real-questions-corpus50)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([['reports-more56', /\.(txt|md|html)$/]] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['real-questions-corpus50.jsonl']);
});
