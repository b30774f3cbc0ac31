/**
 * real-questions-corpus51 (120 lines over reports-more57 alone: 17 real 2019–2025 pages, none reaching a table — 审计局 of
 * 银川市, 乌海市 and 白银市, 海南省工业和信息化厅, 贵州省机关事务管理局, 广东省信访局, 拉薩市人民政府 (a 繁体 mirror),
 * 拉萨市行政审批和便民服务局, 上海市普陀区宜川路街道办事处, 重慶市渝中區人民政府七星崗街道辦事處 (a 繁体 mirror),
 * 天津市人民政府国有资产监督管理委员会 (the title's 市国资委), 吉林经济技术开发区, 吉林省商务厅, 昆明市呈贡区司法局 and
 * 宁夏回族自治区应急管理厅, with 哈尔滨市民政局 and 西宁市城中区's 统计局 refused at import — prose figures in citizens' words,
 * contacts (and contacts a page does not print), 繁体 questions, 5 conversations of 3 or 4 turns, 2 rankings, 30 negatives
 * (tables cut off, earlier years, agencies and pages not held), written before their first run.
 * First run (the importer's fixes for 现对…报告如下 and the 来源 line's full name already in): 105/120 with the eval CLI —
 * 银川市审计局 收到几件依申请公开 answered 0 from 上年度转接政府信息公开申请0件 (a count carried in, written with 转接: fixed in
 * src/qa/engine.ts); 吉林经开区管委会电话 / 地址 / 邮箱 refused (the zone stored by its title's name alone, its committee's
 * words no alias: fixed in src/report/agency-names.ts); 3 later years not held (拉萨 2022, 宜川路 2021, 七星岗 2023) answered
 * with the latest report and a note saying so, as the engine is meant to: those 3 lines were miswritten as refusals and now
 * expect the note (category later-year); 7 more, now gap lines.
 * Final: 113/120, no wrong figure; 7 gap lines: 哈尔滨市民政局 ×2 (its page refused at import, reports-more57/06's gap);
 * 乌海市审计局's phone ×2 (printed 0473-337700, six digits after the area code, read as no phone); 七星岗 收到1申请 (no
 * measure word); 天津市国资委 ×2 (counts printed without units: 动态信息675。, 政策解读信息6使…).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, storeOf } from './qa-eval-helpers.js';

describe('reports-more57: 审计, 工信, 机关事务, 信访, 政府, 街道, 国资委, 开发区, 商务, 司法 and 应急 pages of 2019 to 2025 (real-questions-corpus51)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([['reports-more57', /\.(txt|md|html)$/]] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['real-questions-corpus51.jsonl']);
});
