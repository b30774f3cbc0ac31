/**
 * real-questions-corpus55 (83 lines over reports-more61 alone: 14 real 2020–2025 pages in the shapes issue #11 names — a 2019
 * table whose rows print no number (扶风县水利局), one cell a line cut inside table 三 (抚松县东岗镇), cells each ending in a pipe
 * (铁佛镇), the 2019 layout in a 2021 report (平利县正阳镇), a cut header (松江河镇), a leading pipe on every row (开阳县市场监督
 * 管理局), digits glued in prose (咸宁市自然资源和城乡建设局), prose-only pages (紫金, 万源, 鲤城, 三元区); 汉台区, 武汉市 and
 * 龙岗区 refused for no name): table 二 and 三 figures in citizens' words, prose facts, contacts, a blank cell (未填写), cut rows
 * and tables refused, a later year, three two-turn conversations, 12 negatives; written before their first run.
 * First run (eval CLI, main's code): 80/83 — 收到多少件申请 against 收到政府信息公开申请87分别为予以公开45件 answered 45 (the
 * breakdown's first count, its clause running back over the total's words), 予以公开多少件 there refused as 页面不完整 (an
 * outcome of applications read as a count of information published), and 其他对外管理服务事项呢 after 行政许可处理了多少件
 * answered with the row's first column (上一年项目数量) instead of the column asked last (处理决定数量).
 * Final: 83/83, no gap line.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestApp } from '../helpers.js';
import { askFiles, storeOf } from './qa-eval-helpers.js';

describe('reports-more61: 陕西, 吉林, 四川, 贵州, 湖北, 广东 and 福建 pages of 2020 to 2025 with glued, blank and cut cells (real-questions-corpus55)', () => {
  let store: TestApp;
  beforeAll(async () => {
    store = await storeOf([['reports-more61', /\.(txt|md|html)$/]] as const);
  });
  afterAll(() => store.dispose());
  askFiles(() => store, ['real-questions-corpus55.jsonl']);
});
