/**
 * qachat27's classes (citizen-questions-55), each on the sample reports and on a made-up report built from 西工区's layout
 * with another agency, figures and sentences: an off-topic line in the middle of a conversation keeps the sentence answered
 * before it to follow up; OK了 before a thanks, 不聊了 before a goodbye and 股票涨了吗 are small talk; 这三个加起来 after three
 * parts of one sentence asked one by one; 请了多少人去 (going or coming after the counted people); 那X的问题呢 after the
 * improvements asks the problems; 哪个多 多几次 asks the gap too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const XIGONG = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8');

/** 西工区's report as another agency's, its 主动公开 paragraph replaced. */
function madeUp(place: string, proactive: string): string {
  return XIGONG.replaceAll('西工区', place)
    .replaceAll('智慧西工', `智慧${place.slice(0, 2)}`)
    .replace(/（一）主动公开情况。[^\n]*/, `（一）主动公开情况。${proactive}`);
}

const REPORTS: Record<string, string> = {
  'dongshan.txt': madeUp(
    '东山区',
    '2024 年，我局主动公开政务信息 120 条，其中：工作动态 40 件，通知公告 12 件，政策解读 8 件，通过微信公众号发布信息 60 条。举办政府开放日活动，邀请 18 名企业代表参观实验室。',
  ),
};

describe('qachat27 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  const chat = (user: string, lines: string[]) => converse(app, user, lines);

  it('follows up the sentence answered before an off-topic line (帮我订张火车票 then 那公示公告呢)', async () => {
    const real = await chat('r1', ['红寺堡科技局23年部门动态几件', '帮我订张去银川的火车票', '那公示公告呢']);
    expect(real[1].kind).toBe('clarify');
    expect(real[2].facts.map((fact) => fact.value)).toEqual([4]);
    const made = await chat('m1', ['东山区科技局2024年工作动态几件', '今天股票涨了吗', '那通知公告呢']);
    expect(made[1].answer).toContain('回答不了');
    expect(made[2].facts.map((fact) => fact.value)).toEqual([12]);
  });

  it('takes OK了 before a thanks, 不聊了 before a goodbye and a price’s rise as small talk', async () => {
    for (const q of ['OK了 谢了', 'ok了谢谢你']) expect((await app.ask(q)).answer, q).toContain('不客气');
    for (const q of ['不聊了 拜拜', '先不说了 再见']) {
      const answer = await app.ask(q);
      expect(answer.kind, q).toBe('text');
      expect(answer.facts, q).toEqual([]);
    }
    for (const q of ['今天股票涨了吗', '油价跌了没']) expect((await app.ask(q)).answer, q).toContain('回答不了');
  });

  it('adds up three parts of one sentence asked one by one, never a part and the total it is counted in', async () => {
    const real = await chat('r3', ['红寺堡科技局23年部门动态几件', '预决算公开呢', '那公示公告呢', '这三个加起来多少']);
    expect(real[3].answer).toContain('37');
    const made = await chat('m3', ['东山区科技局2024年工作动态几件', '通知公告呢', '政策解读呢', '这三个加起来多少']);
    expect(made[3].answer).toContain('60');
    const total = await chat('m4', ['东山区科技局2024年主动公开政务信息几条', '工作动态呢', '通知公告呢', '这三个加起来多少']);
    expect(total[3].answer).not.toContain('172');
  });

  it('reads 请了多少人去 as 请了多少人 (going or coming after the people counted)', async () => {
    const real = await chat('r4', ['沙坡头科技局开放日去了哪些地方', '请了多少人去']);
    expect(real[1].facts.map((fact) => fact.value)).toContain(25);
    const made = await chat('m5', ['东山区科技局2024年开放日参观了什么', '邀请了几名代表来']);
    expect(made[1].facts.map((fact) => fact.value)).toContain(18);
  });

  it('answers 那X的问题呢 after the improvements with X’s problems', async () => {
    const real = await chat('r5', ['中卫科技局25年信息公开存在啥问题', '打算咋改', '那沙坡头的问题呢']);
    expect(real[2].answer).toContain('准确性、针对性');
    const made = await chat('m6', ['沙坡头区科技局24年打算怎么改进', '那西工区的主要问题是啥']);
    expect(made[1].answer).toContain('相对单一');
  });

  it('states the gap when 哪个多 is followed by 多几次 in the same message', async () => {
    const real = await chat('r6', ['中卫科技局25年政务公开专题培训几次', '沙坡头24年培训呢', '哪个多 多几次']);
    expect(real[2].answer).toMatch(/相差1次/);
    const made = await chat('m7', ['东山区科技局2024年主动公开政务信息几条', '西工区24年呢', '哪个少 少多少']);
    expect(made[2].answer).toMatch(/相差98条/);
  });
});
