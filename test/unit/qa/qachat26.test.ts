/**
 * qachat26's classes (citizen-questions-53), each on the sample reports and on made-up reports built from 西工区's layout with
 * other agencies, figures and sentences: a follow-up naming an agency after a follow-up never re-asks itself without end; a
 * part's share is of the whole its own sentence lists it under; the first item of a list after its publishing verb is a kind
 * of the shared count, not the count; a table row's count says nothing of what its decisions were; 户 and 几个人 are their own
 * measures; 谁搞得多, 哪个多 差多少, 涨了还是降了, X排第几 and 有没得 after figures; 除了X其他 in a conversation about one agency;
 * complaints received are the report's; a weekday of signing after a weekday of sending.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDateInQuestion } from '../../../src/guide/answer.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const XIGONG = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8');

/** 西工区's report as another agency's, its 主动公开 and 平台 paragraphs replaced and its 行政许可 count changed. */
function madeUp(place: string, proactive: string, platform: string, licences: number): string {
  return XIGONG.replaceAll('西工区', place)
    .replaceAll('智慧西工', `智慧${place.slice(0, 2)}`)
    .replace(/（一）主动公开情况。[^\n]*/, `（一）主动公开情况。${proactive}`)
    .replace(/（四）平台建设情况。[^\n]*/, `（四）平台建设情况。${platform}`)
    .replace(/行政许可\t6/, `行政许可\t${licences}`);
}

const REPORTS: Record<string, string> = {
  'dongshan.txt': madeUp(
    '东山区',
    '2024 年，我局主动公开政务信息 120 条，其中通过政府网站公开信息 50 条。我局通过东山区人民政府网站对全社会公开法定公开内容，2024年公开信息40条，其中政策解读10条，通知公告30条。通过微信公众号发布科技动态、惠企政策、科普知识等信息300条。',
    '开展政务公开培训4次。选派科技特派员20名，服务农户种植。全年未收到投诉举报。',
    4,
  ),
  'nanhu.txt': madeUp(
    '南湖区',
    '2024 年，我局主动公开政务信息 90 条，其中政策文件30条。全区研发经费投入从2022年的500万元下降到2023年的300万元。',
    '开展政务公开培训1次。',
    2,
  ),
  'beiling.txt': madeUp('北岭区', '2024 年，我局主动公开政务信息 60 条。', '依托政府网站公开政务信息。', 0),
};

describe('qachat26 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  const chat = (user: string, lines: string[]) => converse(app, user, lines);

  it('answers 那X的呢 after a follow-up that was itself a bare 那Y的呢, without asking itself again', async () => {
    const real = await chat('r1', ['沙坡头区科技局24年政务公开专题培训搞了几次', '中卫的呢', '随便问问', '那海原县的呢']);
    expect(real[1].facts.map((fact) => fact.value)).toContain(2);
    expect(real[3].facts).toEqual([]);
    const made = await chat('m1', ['东山区科技局2024年开展政务公开培训几次', '南湖区的呢', '随便问问', '那北岭区的呢']);
    expect(made[0].facts.map((fact) => fact.value)).toContain(4);
    expect(made[3].facts).toEqual([]);
  });

  it('works out a part’s share of the whole its own sentence lists it under, not of a count of the same place elsewhere', async () => {
    expect((await app.ask('海原科技局24年通知公告占门户网站公开的百分之几')).answer).toContain('9条占15条的60%');
    expect((await app.ask('东山区科技局2024年政策解读占政府网站公开的百分之几')).answer).toContain('10条占40条的25%');
  });

  it('refuses the first kind of a list written after its publishing verb, as it refuses the others', async () => {
    for (const [q, kind] of [
      ['沙坡头科技局24年实验室安全生产的信息发了几条', '实验室安全生产'],
      ['东山区科技局2024年科技动态发了几条', '科技动态'],
      ['东山区科技局2024年科普知识发了几条', '科普知识'],
    ]) {
      const answer = await app.ask(q);
      expect(answer.facts, q).toEqual([]);
      expect(answer.answer).toContain(kind);
    }
  });

  it('says a table row’s count names none of its decisions (都是啥项目, 都发给了谁), and still answers the count', async () => {
    for (const q of ['西工科技局24年行政许可批的都是啥项目', '东山区科技局2024年行政许可都发给了谁']) {
      const answer = await app.ask(q);
      expect(answer.facts, q).toEqual([]);
      expect(answer.answer).toContain('没有写明具体是哪些');
    }
    expect((await app.ask('东山区科技局2024年行政许可几件')).facts.map((fact) => fact.value)).toContain(4);
  });

  it('reads 户 and 几个人 as their own measures, never a count of people named otherwise or of items', async () => {
    for (const q of [
      '海原科技局24年三区人才服务了多少户',
      '东山区科技局2024年科技特派员服务了多少户',
      '红寺堡科技局23年有几个人管信息公开',
    ])
      expect((await app.ask(q)).facts, q).toEqual([]);
    expect((await app.ask('东山区科技局2024年选派科技特派员多少名')).facts.map((fact) => fact.value)).toContain(20);
    // 几个人申请 still counts applications.
    expect((await app.ask('东山区科技局2024年有几个人申请信息公开')).facts.map((fact) => fact.value)).toContain(0);
  });

  it('weighs remembered figures asked in everyday words: 谁搞得多, 哪个多 差多少, X排第几, 涨了还是降了', async () => {
    const real = await chat('r2', ['沙坡头区科技局24年政务公开专题培训搞了几次', '中卫的呢', '谁搞得多']);
    expect(real[2].answer).toContain('沙坡头区科学技术局2024年培训次数3次最多');
    const made = await chat('m2', ['东山区科技局2024年开展政务公开培训几次', '南湖区的呢', '谁整得多', '哪个多 差多少']);
    expect(made[2].answer).toContain('东山区');
    expect(made[3].answer).toContain('最多');
    expect(made[3].answer).toContain('相差3');
    const ranked = await chat('m3', ['东山区科技局2024年主动公开多少条', '南湖区的呢', '北岭区的呢', '排一下 南湖排第几']);
    expect(ranked[3].answer).toContain('南湖区科学技术局排第2');
    const realRanked = await chat('r3', ['中卫市科技局25年通过政府网站发了多少条', '西工区24年呢', '海原县24年呢', '中卫排第几']);
    expect(realRanked[3].answer).toContain('中卫市科学技术局排第2');
    const fell = await chat('m4', ['南湖区2022年研发经费投入多少', '2023年呢', '涨了还是降了']);
    expect(fell[2].answer).toContain('减少（降了）');
    const rose = await chat('r4', ['海原县研发经费22年多少', '23年呢', '是增加还是减少']);
    expect(rose[2].answer).toContain('增加（涨了）');
  });

  it('states the gap under the verdict when 哪个少 差几条 weighs one agency’s channels', async () => {
    const real = await chat('r6', ['沙坡头科技局24年公众号发了多少条', '微博呢', '哪个少 差几条']);
    expect(real[2].answer).toContain('微博最少');
    expect(real[2].answer).toContain('相差93条');
    const made = await chat('m6', ['东山区科技局2024年通过政府网站公开信息多少条', '微信公众号呢', '哪个多 差多少']);
    expect(made[2].answer).toContain('最多');
    expect(made[2].answer).toContain('相差250条');
  });

  it('asks 现在还能看吗 / 还在用吗 right after a channel’s count of that channel by name', async () => {
    const real = await chat('r7', ['沙坡头科技局24年微博发了多少', '现在还能看吗']);
    expect(real[1].answer).toContain('注销');
    const made = await chat('m7', ['东山区科技局2024年微信公众号发了多少条', '还在用吗']);
    expect(made[1].answer).toContain('公众号');
    expect(made[1].kind === 'text' || made[1].kind === 'figure').toBe(true);
  });

  it('reads 有没得 as 有没有, and 收到投诉举报 as the report’s record, not the rules on complaining', async () => {
    expect((await app.ask('中卫科技局有没得收到投诉举报')).answer).toContain('未接到');
    expect((await app.ask('东山区科技局有没有收到投诉举报')).answer).toContain('未收到');
    expect((await app.ask('西工科技局微博有没得')).answer).toContain('无微博');
    expect((await app.ask('我想投诉东山区科技局')).kind).toBe('guide');
  });

  it('works out 除了X其他加起来 of the agency and year the conversation is about', async () => {
    const real = await chat('r5', ['中卫市科技局25年主动公开一共多少条', '除了政务运行类其他加起来多少']);
    expect(real[1].answer).toContain('其他的共12条');
    const made = await chat('m5', ['南湖区科技局2024年主动公开多少条', '除了政策文件其他的一共多少']);
    expect(made[1].answer).toContain('其他的共60条');
  });

  it('takes a weekday of signing said alone as the first such day after the day the letter was sent', () => {
    const today = '2026-11-24';
    expect(findDateInQuestion('上礼拜五寄的 对方周一签收 啥时候截止', today)).toEqual({ kind: 'date', date: '2026-11-23' });
    expect(findDateInQuestion('上周二寄出的 他们周四才签收', today)).toEqual({ kind: 'date', date: '2026-11-19' });
    // A signing day with its own week word is that day.
    expect(findDateInQuestion('上周五寄的 这周一签收', today)).toEqual({ kind: 'date', date: '2026-11-23' });
  });
});
