/**
 * real-questions-corpus54 (79 lines over reports-more60 alone: 14 real 2019–2024 pages whose identity stands in other places —
 * 龙游县横山镇, 永嘉县界坑乡, 遂溪縣發展和改革局 (繁体), 南京市鼓楼区人民政府华侨路街道办事处, 阿城区机关后勤服务中心, 沙德格苏木,
 * 阿拉善右旗曼德拉苏木, 中原西路街道办事处, 荷塘区桂花街道办事处, 曾都经济开发区管委会 and 白云街 stored; a 滨江区 局, a 怀化 county
 * and a 弋阳县 局 refused for no agency), each agency asked by the names a citizen uses (short name, county or district before
 * it, 旗's short form 阿右旗, 繁体, 发改局 / 发展改革局, 经开区), figures of the prose, contacts, a yes/no, 4 conversations of 2 or 3
 * turns, 16 negatives (earlier years, figures a page never states, agencies refused on import), written before their first run.
 * First run: 72/79 with the eval CLI; 6 of the 7 "wrong" were this set's own mistake — a later year than the one held
 * (界坑乡2023年…) is answered, as designed, with the latest report and the words 暂无…年的报告 (the category later-year of other
 * sets), so those lines now expect that; the seventh is the one gap: 遂溪县发展改革局2022年政务公开类信息多少条 refused as not
 * understood (the same item with 发改局 or 发展和改革局, and 发展改革局 with 工作动态类信息, are answered). Final: 78/79, 1 gap line.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, storeOf } from './qa-eval-helpers.js';

describe('reports-more60: 浙江, 广东, 江苏, 湖南, 江西, 黑龙江, 内蒙古, 河南 and 湖北 pages of 2019 to 2024 (real-questions-corpus54)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([['reports-more60', /\.(txt|md|html)$/]] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['real-questions-corpus54.jsonl']);
});
