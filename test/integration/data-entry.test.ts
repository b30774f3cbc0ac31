/**
 * Whole entry conversations through the real pipeline (app.handle → data-entry feature → SQLite):
 * guided entry, quick entry, pasted tables, rule breaks reported and fixed, undo, two clerks,
 * submit/review/publish, and citizens answered from the published figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import type { MessageContext } from '../../src/core/pipeline.js';
import { draftProgress } from '../../src/data-entry/draft-service.js';
import { dataEntry } from '../../src/data-entry/feature.js';
import { makeTestApp, type TestApp } from '../helpers.js';

const NOW = new Date('2026-11-24T10:00:00+08:00');
const sample = (file: string) => readFileSync(join(__dirname, '..', '..', 'data', 'reports', file), 'utf8');
const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from) + 1));

let app: TestApp;

beforeEach(() => {
  // The router limits each user to 20 messages a minute; a clerk here types faster than that.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  app = makeTestApp({ now: () => NOW });
});

afterEach(() => {
  app.dispose();
  vi.useRealTimers();
});

/** Send one message as `user` through the whole pipeline; the reply. */
async function say(user: string, text: string): Promise<string> {
  vi.setSystemTime(Date.now() + 4000);
  return app.handle({ channel: 'console', user, chat: user, text, kind: 'text', receivedAt: new Date() });
}

function register(id: string, agency: string, role: 'clerk' | 'reviewer' = 'clerk', name = id) {
  return app.staff.add({ id, name, agency, role });
}

function draftOf(agency: string, year: number) {
  const record = app.reports.agencyByName(agency)!;
  return app.drafts.get(record.id, year)!;
}

const table = (agency: string, year: number, key: 'proactive' | 'applications' | 'appeals') =>
  app.drafts.tables(draftOf(agency, year).id)[key];
const count = (sql: string) => app.db.prepare(sql).pluck().get() as number;

describe('citizens', () => {
  it('get the ordinary citizen reply to entry words, and nothing is written', async () => {
    for (const text of ['填报2025年度', '行政许可 6', '其余为0', '提交', '通过', '添加工作人员 x 张三 clerk']) {
      const reply = await say('citizen-1', text);
      expect(reply).not.toMatch(/开始填报|已保存|审核人|工作人员/);
    }
    expect(app.drafts.all()).toHaveLength(0);
    expect(count('SELECT COUNT(*) FROM audit_log')).toBe(0);
    expect(count("SELECT COUNT(*) FROM conversation_state WHERE key LIKE 'data-entry:%'")).toBe(0);
  });

  it('the data-entry feature passes a message without staff on, untouched', async () => {
    const message = { channel: 'console', user: 'c', chat: 'c', text: '填报', kind: 'text' as const, receivedAt: NOW };
    const replies: string[] = [];
    const context = {
      message,
      text: '填报',
      registered: () => undefined,
      logger: silentLogger,
      reply: (text: string) => replies.push(text),
    };
    let passedOn = false;
    await dataEntry(app)(context as unknown as MessageContext, async () => {
      passedOn = true;
    });
    expect(passedOn).toBe(true);
    expect(replies).toEqual([]);
  });
});

describe('guided entry', () => {
  it('walks a whole report table by table, with 0, 同上, 跳过, 返回, and the sections', async () => {
    register('clerk-g', '海原县教育局', 'clerk', '李四');
    let reply = await say('clerk-g', '填报2025年度');
    expect(reply).toContain('开始填报《海原县教育局2025年政府信息公开工作年度报告》');
    expect(reply).toContain('【表二 1/6】第二十条第（一）项 规章');
    expect(reply).toContain('当前：未填');

    reply = await say('clerk-g', '0');
    expect(reply).toContain('已保存：规章：0 0 0');
    expect(reply).toContain('行政规范性文件');
    reply = await say('clerk-g', '制发1 废止0 现行有效3');
    expect(reply).toContain('【表二 3/6】第二十条第（五）项 行政许可');
    reply = await say('clerk-g', '七');
    expect(reply).toContain('已保存：行政许可 7');
    await say('clerk-g', '2');
    await say('clerk-g', '0');
    reply = await say('clerk-g', '0.5');
    expect(reply).toContain('【表三 1/25】一、本年新收政府信息公开申请数量');

    reply = await say('clerk-g', '2 1 0 0 0 0');
    expect(reply).toContain('总计按各项之和算出：3');
    expect(reply).toContain('【表三 2/25】二、上年结转');
    reply = await say('clerk-g', '返回');
    expect(reply).toContain('当前：自然人2 商业企业1 科研机构0 社会公益组织0 法律服务机构0 其他0 总计3');
    reply = await say('clerk-g', '跳过');
    expect(reply).toContain('【表三 2/25】');
    await say('clerk-g', '0');
    reply = await say('clerk-g', '自然人2 商业企业1');
    expect(reply).toContain('（科研机构、社会公益组织、法律服务机构、其他记为0）');
    reply = await say('clerk-g', '0');
    expect(reply).toContain('1.属于国家秘密');
    // Nineteen more handling rows, all like the one above.
    for (let index = 0; index < 19; index += 1) reply = await say('clerk-g', '同上');
    // （七）总计 is computed from the handling rows, so the walk goes on to 四、结转.
    expect(reply).toContain('（七）总计·自然人按办理结果各项之和算出：2');
    expect(reply).toContain('四、结转下年度继续办理');
    reply = await say('clerk-g', '0');
    expect(reply).toContain('【表四 1/3】行政复议');
    await say('clerk-g', '0');
    await say('clerk-g', '同上');
    reply = await say('clerk-g', '同上');
    expect(reply).toContain('【一、总体情况】');

    reply = await say('clerk-g', '本年度，我局认真贯彻落实《条例》。');
    expect(reply).toContain('已保存“一、总体情况”');
    reply = await say('clerk-g', '（一）主动公开情况。全年主动公开政府信息45条。');
    expect(reply).toMatch(/共\d+字/);
    reply = await say('clerk-g', '下一项');
    expect(reply).toContain('【五、存在的主要问题及改进情况】');
    await say('clerk-g', '一是信息公开形式单一；二是解读不够。');
    reply = await say('clerk-g', '下一项');
    expect(reply).toContain('【六、其他需要报告的事项】');
    await say('clerk-g', '本年度未收取信息处理费。');
    reply = await say('clerk-g', '下一项');
    expect(reply).toContain('全部填完了');

    const draft = draftOf('海原县教育局', 2025);
    const progress = draftProgress(app.drafts, draft.id);
    expect(progress.complete).toBe(true);
    expect(progress.violations).toEqual([]);
    const tables = app.drafts.tables(draft.id);
    expect(tables.proactive.normative_documents).toEqual([1, 0, 3]);
    expect(tables.proactive.fees_wan_yuan).toEqual([0.5]);
    expect(tables.applications.received).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(tables.applications.granted).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(tables.applications.handled_total).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(tables.applications['other_handling.other']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(app.drafts.sections(draft.id).overview).toBe(
      '本年度，我局认真贯彻落实《条例》。\n（一）主动公开情况。全年主动公开政府信息45条。',
    );
    expect(new Set(app.drafts.history(draft.id).map((entry) => entry.staffId))).toEqual(new Set(['clerk-g']));

    reply = await say('clerk-g', '进度');
    expect(reply).toContain('已填200/200个数字');
    expect(reply).toContain('可以“提交”审核了');
  });

  it('answers bad input with what was not understood and an example, and keeps the step', async () => {
    register('clerk-b', '海原县教育局');
    await say('clerk-b', '填报2025年度');
    let reply = await say('clerk-b', '三个左右');
    expect(reply).toMatch(/没看懂/);
    expect(reply).toContain('例如');
    expect(reply).toContain('【表二 1/6】');
    await say('clerk-b', '0');
    await say('clerk-b', '0');
    reply = await say('clerk-b', '1 2');
    expect(reply).toContain('只填一个数');
    expect(reply).toContain('【表二 3/6】');
    expect(app.drafts.tables(draftOf('海原县教育局', 2025).id).proactive.licensing).toBeUndefined();
    reply = await say('clerk-b', '帮助');
    expect(reply).toContain('其余为0');
    expect(reply).toContain('【表二 3/6】');
    reply = await say('clerk-b', '退出填报');
    expect(reply).toContain('已退出逐项填报');
    // Out of the walk, an unknown word is the assistant's again.
    expect(await say('clerk-b', '三个左右')).not.toContain('没看懂');
  });

  it('sends a long preview split for WeChat', async () => {
    register('clerk-v', '海原县教育局');
    await say('clerk-v', '填报2025年度');
    const paragraph = '本年度，我局坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化建设。'.repeat(12);
    await say('clerk-v', `总体情况：${paragraph}`);
    await say('clerk-v', paragraph);
    const reply = await say('clerk-v', '预览');
    expect(reply).toMatch(/【预览 1\/\d】/);
    expect(reply).toContain('（草稿预览；已填0/200个数字）');
    expect(reply).toContain('未填25行');
  });
});

describe('quick entry', () => {
  it('takes the figures of the issue at any time, and leaves ordinary questions to the assistant', async () => {
    register('clerk-q', '海原县教育局');
    let reply = await say('clerk-q', '行政许可 6');
    expect(reply).toContain('已保存（2026年度草稿）：行政许可 6');
    reply = await say('clerk-q', '新收申请 自然人3 商业企业1');
    expect(reply).toContain('自然人3 商业企业1');
    await say('clerk-q', '行政复议 维持1 总计1');
    reply = await say('clerk-q', '主动公开 共67条');
    expect(reply).toContain('主动公开信息 67条');
    await say('clerk-q', '行政处罚 ２件');
    await say('clerk-q', '强制措施 三');
    const tables = app.drafts.tables(draftOf('海原县教育局', 2026).id);
    expect(tables.proactive.licensing).toEqual([6]);
    expect(tables.proactive.penalties).toEqual([2]);
    expect(tables.proactive.coercive_measures).toEqual([3]);
    expect(tables.applications.received).toEqual([3, 1, undefined, undefined, undefined, undefined, undefined]);
    expect(tables.appeals.review).toEqual([1, undefined, undefined, undefined, 1]);
    expect(app.drafts.cell(draftOf('海原县教育局', 2026).id, 'proactive_items', 'count')).toBe(67);

    reply = await say('clerk-q', '新收申请 3 1');
    expect(reply).toMatch(/7个数.*收到了2个.*例如/);
    reply = await say('clerk-q', '西工区科技局2024年办理了几件行政许可？');
    expect(reply).toContain('6件');
    expect(reply).not.toContain('已保存');
  });

  it('"其余为0" fills every empty cell after one confirmation and computes the totals', async () => {
    register('clerk-z', '海原县教育局');
    await say('clerk-z', '填报2025年度');
    await say('clerk-z', '行政许可 6');
    let reply = await say('clerk-z', '其余为0');
    expect(reply).toContain('还有165个空格没填');
    expect(reply).toContain('确认');
    expect(draftProgress(app.drafts, draftOf('海原县教育局', 2025).id).filledCells).toBe(1);
    reply = await say('clerk-z', '确认');
    expect(reply).toContain('已把165个空格记为0，算出34个总计');
    expect(reply).toContain('【一、总体情况】');
    const progress = draftProgress(app.drafts, draftOf('海原县教育局', 2025).id);
    expect(progress.filledCells).toBe(200);
    expect(progress.missingSections).toEqual(['overview', 'problems', 'other']);

    await say('clerk-z', '撤销');
    expect(draftProgress(app.drafts, draftOf('海原县教育局', 2025).id).filledCells).toBe(1);
    reply = await say('clerk-z', '其余为0');
    reply = await say('clerk-z', '取消');
    expect(reply).toContain('没有改动');
    expect(draftProgress(app.drafts, draftOf('海原县教育局', 2025).id).filledCells).toBe(1);
  });
});

describe('pasted tables', () => {
  it("reads table 三 copied from last year's report, and a row from a spreadsheet", async () => {
    register('clerk-p', '中卫市科学技术局');
    await say('clerk-p', '填报2026年度');
    let reply = await say('clerk-p', between(sample('zhongwei-kjj-2025.txt'), '三、收到和处理', '四、政府信息公开行政复议'));
    expect(reply).toContain('已保存：25行（表三 25行）');
    const tables = table('中卫市科学技术局', 2026, 'applications');
    expect(tables.received).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(tables.granted).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(tables.handled_total).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(Object.keys(tables)).toHaveLength(25);

    reply = await say('clerk-p', '二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2');
    expect(reply).toContain('已保存：上年结转政府信息公开申请数量：2 0 0 0 0 0 2');
    expect(reply).toContain('第一项加第二项（3）不等于第三项加第四项（1）：自然人一列');
    // The table 四 of the sample: headers over three lines, fifteen numbers on one.
    reply = await say('clerk-p', between(sample('xigong-kjj-2024.txt'), '#### 四、', '#### 五'));
    expect(reply).toContain('行政复议');
    expect(table('中卫市科学技术局', 2026, 'appeals').litigation_after_review).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('rules', () => {
  it('reports a break in plain Chinese as soon as its cells are filled, and its fixing', async () => {
    register('clerk-r', '海原县教育局');
    await say('clerk-r', '填报2025年度');
    let reply = await say('clerk-r', '新收申请 3 0 0 0 0 0 2');
    expect(reply).toContain('⚠ 勾稽关系不符：“一、本年新收政府信息公开申请数量”一行：六类申请人之和（3）不等于总计（2）');
    reply = await say('clerk-r', '新收申请 总计3');
    expect(reply).toContain('✓ 已改正');

    await say('clerk-r', '予以公开 自然人2');
    await say('clerk-r', '其余为0');
    reply = await say('clerk-r', '确认');
    expect(reply).toContain('第一项加第二项（3）不等于第三项加第四项（2）：自然人一列');
    reply = await say('clerk-r', '进度');
    expect(reply).toContain('勾稽关系：2处不符');
    reply = await say('clerk-r', '结转下年度 自然人1');
    expect(reply).toContain('✓ 已改正：第一项加第二项不等于第三项加第四项：自然人一列');
    expect(draftProgress(app.drafts, draftOf('海原县教育局', 2025).id).violations).toEqual([]);
  });
});

describe('undo and two clerks', () => {
  it("undoes the clerk's own last change only; two clerks share one draft", async () => {
    register('clerk-a', '海原县教育局', 'clerk', '甲');
    register('clerk-c', '海原县教育局', 'clerk', '乙');
    await say('clerk-a', '填报2025年度');
    await say('clerk-c', '填报2025年度');
    expect(draftOf('海原县教育局', 2025)).toBeDefined();
    expect(app.drafts.all()).toHaveLength(1);

    await say('clerk-a', '行政许可 6');
    await say('clerk-a', '行政许可 8');
    await say('clerk-c', '行政处罚 2');
    let reply = await say('clerk-a', '撤销');
    expect(reply).toContain('已撤销您上一步的修改（1项）：行政许可现为6');
    expect(table('海原县教育局', 2025, 'proactive').penalties).toEqual([2]);
    reply = await say('clerk-a', '撤销');
    expect(reply).toContain('行政许可现为空');
    reply = await say('clerk-a', '撤销');
    expect(reply).toContain('没有可以撤销的修改');
    expect(table('海原县教育局', 2025, 'proactive').penalties).toEqual([2]);

    await say('clerk-a', '行政许可 5');
    reply = await say('clerk-c', '进度');
    expect(reply).toContain('已填2/200个数字');
    const history = app.drafts.history(draftOf('海原县教育局', 2025).id);
    expect(new Set(history.map((entry) => entry.staffId))).toEqual(new Set(['clerk-a', 'clerk-c']));
    expect(history.find((entry) => entry.newValue === '8')?.oldValue).toBe('6');
    // Each keeps their own place in the walk.
    reply = await say('clerk-c', '0');
    expect(reply).toContain('已保存：规章：0 0 0');
  });
});

describe('review and publish', () => {
  it('refuses a broken draft, takes an override with a reason, returns, approves, and citizens get the figures', async () => {
    register('xg-clerk', '西工区科学技术局', 'clerk', '李四');
    register('xg-reviewer', '西工区科学技术局', 'reviewer', '王五');
    // An imported 2024 report exists (行政许可 6); the entered one replaces it.
    expect((await app.ask('西工区科技局2024年办理了几件行政许可？')).answer).toContain('6件');

    await say('xg-clerk', '填报2024年度');
    let reply = await say('xg-clerk', '提交');
    expect(reply).toContain('还不能提交');
    await say('xg-clerk', '行政许可 9');
    await say('xg-clerk', '新收申请 自然人1');
    await say('xg-clerk', '其余为0');
    await say('xg-clerk', '确认');
    await say('xg-clerk', '总体情况：2024年，我局主动公开政务信息25条。');
    await say('xg-clerk', '存在的主要问题及改进情况：信息公开形式单一。');
    await say('xg-clerk', '其他需要报告的事项：未收取信息处理费。');
    reply = await say('xg-clerk', '提交');
    expect(reply).toContain('有2处勾稽关系不符，暂不能提交');
    expect(reply).toContain('强制提交 理由');
    reply = await say('xg-clerk', '强制提交');
    expect(reply).toContain('需要写明理由');
    reply = await say('xg-clerk', '强制提交 理由：申请人撤回，台账另计');
    expect(reply).toContain('已提交审核');
    expect(reply).toContain('审核人：王五');
    expect(draftOf('西工区科学技术局', 2024).status).toBe('submitted');
    expect(draftOf('西工区科学技术局', 2024).overrideReason).toBe('申请人撤回，台账另计');

    reply = await say('xg-clerk', '行政许可 10');
    expect(reply).toContain('审核期间不能修改');
    reply = await say('xg-clerk', '通过');
    expect(reply).toContain('只有审核人');

    reply = await say('xg-reviewer', '审核');
    expect(reply).toContain('待审核，提交人：李四');
    expect(reply).toContain('申请人撤回，台账另计');
    reply = await say('xg-reviewer', '预览');
    expect(reply).toContain('行政许可：9');
    expect(reply).toContain('本年新收政府信息公开申请数量：1 0 0 0 0 0 1');
    reply = await say('xg-reviewer', '退回');
    expect(reply).toContain('请写明退回理由');
    reply = await say('xg-reviewer', '退回 新收申请1件未办结，请补“结转下年度”');
    expect(reply).toContain('已退回');
    expect(draftOf('西工区科学技术局', 2024).status).toBe('returned');

    reply = await say('xg-clerk', '填报2024年度');
    expect(reply).toContain('审核人退回的理由：新收申请1件未办结');
    reply = await say('xg-clerk', '结转下年度 自然人1 总计1');
    expect(reply).toContain('✓ 已改正');
    reply = await say('xg-clerk', '提交');
    expect(reply).toContain('已提交审核');
    expect(draftOf('西工区科学技术局', 2024).overrideReason).toBeNull();

    reply = await say('xg-reviewer', '通过');
    expect(reply).toContain('已通过并发布《西工区科学技术局2024年政府信息公开工作年度报告》');
    expect(reply).toContain('已替换此前导入的同年度报告');
    const draft = draftOf('西工区科学技术局', 2024);
    expect(draft.status).toBe('published');
    const record = app.reports.report(draft.agencyId, 2024)!;
    expect(record.origin).toBe('entry');
    expect(draft.publishedReportId).toBe(record.id);

    // Citizens, at once: through ask and through the pipeline.
    expect((await app.ask('西工区科技局2024年办理了几件行政许可？')).answer).toContain('9件');
    reply = await say('citizen-2', '西工区科技局2024年收到了多少件政府信息公开申请？');
    expect(reply).toContain('1件');
    reply = await say('xg-clerk', '行政许可 10');
    expect(reply).toContain('已发布');

    // A correction: the draft opens again; citizens keep the published figure until the next approval.
    reply = await say('xg-clerk', '更正报告');
    expect(reply).toContain('已重新打开');
    expect(await say('xg-clerk', '行政许可 10')).toContain('已保存：行政许可 10');
    expect((await app.ask('西工区科技局2024年办理了几件行政许可？')).answer).toContain('9件');
    expect(await say('xg-clerk', '提交')).toContain('已提交审核');
    expect(await say('xg-reviewer', '通过')).toContain('已通过并发布');
    expect((await app.ask('西工区科技局2024年办理了几件行政许可？')).answer).toContain('10件');
  });

  it("does not take a reviewer's question about 退回 as returning a draft", async () => {
    register('hy-rev', '海原县教育局', 'reviewer');
    const reply = await say('hy-rev', '退回的申请怎么处理？');
    expect(reply).not.toContain('目前没有待审核的报告');
  });

  it("publishes a new agency's first report: the clerk enters 行政许可 7 and a citizen gets 7", async () => {
    register('hy-clerk', '海原县教育局');
    register('hy-reviewer', '海原县教育局', 'reviewer');
    await say('hy-clerk', '填报2025年度');
    await say('hy-clerk', '行政许可 7');
    await say('hy-clerk', '主动公开 共67条');
    await say('hy-clerk', '其余为0');
    await say('hy-clerk', '确认');
    await say('hy-clerk', '总体情况：本年度我局认真落实《条例》。');
    await say('hy-clerk', '存在的主要问题及改进情况：无。');
    await say('hy-clerk', '其他需要报告的事项：无。');
    expect(await say('hy-clerk', '提交')).toContain('已提交审核');
    expect(await say('hy-reviewer', '通过')).toContain('已通过并发布');
    const licensing = await app.ask('海原县教育局2025年办理了几件行政许可？');
    expect(licensing.facts.map((fact) => fact.value)).toEqual([7]);
    expect(licensing.answer).toContain('7件');
    const proactive = await app.ask('海原县教育局2025年主动公开了多少条信息？');
    expect(proactive.answer).toContain('67条');
  });
});

describe('staff administration in chat', () => {
  it('lets a reviewer add and remove clerks of their own agency, and no one else', async () => {
    register('hy-boss', '海原县教育局', 'reviewer', '王五');
    register('hy-clerk2', '海原县教育局', 'clerk', '李四');
    let reply = await say('hy-clerk2', '添加工作人员 wx-new 赵六 clerk');
    expect(reply).toContain('只有审核人');
    expect(app.staff.byId('wx-new')).toBeUndefined();

    reply = await say('hy-boss', '添加工作人员 wx-new 赵六 填报人 13800000000');
    expect(reply).toContain('已添加工作人员：赵六（填报人），机关：海原县教育局');
    expect(app.staff.byId('wx-new')).toMatchObject({ agency: '海原县教育局', role: 'clerk', mobile: '13800000000' });
    expect(await say('wx-new', '填报2025年度')).toContain('开始填报');
    reply = await say('hy-boss', '工作人员');
    expect(reply).toContain('赵六（填报人）ID：wx-new');
    reply = await say('hy-boss', '删除工作人员 wx-new');
    expect(reply).toContain('已删除工作人员：赵六');
    expect(await say('wx-new', '填报2025年度')).not.toContain('开始填报');
  });

  it('registers the new person on the channel the reviewer writes from, and nowhere else', async () => {
    register('hy-boss', '海原县教育局', 'reviewer', '王五');
    const sayOn = (channel: string, user: string, text: string) => {
      vi.setSystemTime(Date.now() + 4000);
      return app.handle({ channel, user, chat: user, text, kind: 'text', receivedAt: new Date() });
    };
    expect(await sayOn('wecom-app', 'hy-boss', '添加工作人员 zhaoliu 赵六 clerk')).toContain('已添加工作人员：赵六（填报人）');
    expect(app.staff.identitiesOf('zhaoliu')).toEqual([{ channel: 'wecom-app', userId: 'zhaoliu' }]);
    expect(await sayOn('wecom-app', 'zhaoliu', '填报2025年度')).toContain('开始填报《海原县教育局2025年');
    // The same user id on another channel is not this person: no draft is opened for it.
    for (const channel of ['wechat-oa', 'wechaty', 'console'])
      expect(await sayOn(channel, 'zhaoliu', '进度')).not.toContain('海原县教育局');
    // Added again from another channel, the id there is a person of its own, reached on that channel.
    expect(await sayOn('wechaty', 'hy-boss', '添加工作人员 zhaoliu 赵六 clerk')).toContain('已添加工作人员');
    expect(app.staff.identitiesOf('wechaty:zhaoliu')).toEqual([{ channel: 'wechaty', userId: 'zhaoliu' }]);
    expect(app.staff.identitiesOf('zhaoliu')).toEqual([{ channel: 'wecom-app', userId: 'zhaoliu' }]);
    // Adding it once more on the same channel updates that person instead.
    expect(await sayOn('wecom-app', 'hy-boss', '添加工作人员 zhaoliu 赵六 reviewer')).toContain('已更新工作人员：赵六（审核人）');
  });
});

describe('restart', () => {
  it('keeps drafts and conversation state: after a restart the clerk continues at the same step', async () => {
    register('clerk-s', '海原县教育局');
    await say('clerk-s', '填报2025年度');
    await say('clerk-s', '0');
    await say('clerk-s', '0');
    // A second application on the same database file, as after a crash.
    const config = loadConfig({}, { db: app.config.databasePath });
    const restarted = createApp(config, { logger: silentLogger, seed: true, now: () => NOW });
    try {
      const message = (text: string) => ({
        channel: 'console',
        user: 'clerk-s',
        chat: 'clerk-s',
        text,
        kind: 'text' as const,
        receivedAt: new Date(),
      });
      let reply = await restarted.handle(message('填报2025年度'));
      expect(reply).toContain('继续填报');
      expect(reply).toContain('【表二 3/6】第二十条第（五）项 行政许可');
      vi.setSystemTime(Date.now() + 4000);
      reply = await restarted.handle(message('4'));
      expect(reply).toContain('已保存：行政许可 4');
    } finally {
      restarted.close();
    }
  });

  it('reminder commands reach the reminders in the middle of a form, which then goes on where it was', async () => {
    register('clerk-m', '海原县教育局');
    expect(await say('clerk-m', '填报2025年度')).toContain('【表二 1/6】');
    expect(await say('clerk-m', '暂停提醒')).toContain('已暂停截止日期提醒');
    expect(app.staff.byId('clerk-m')!.remindersPaused).toBe(true);
    expect(await say('clerk-m', '恢复提醒')).toContain('已恢复截止日期提醒');
    expect(await say('clerk-m', '0')).toContain('已保存：规章：0 0 0');
  });
});
