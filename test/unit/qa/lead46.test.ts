/**
 * Lead probes of the forty-sixth session: citizens' own words over one store of every real fixture folder (/tmp/all46.db,
 * 1,784 reports and guides imported) and the sample reports. The classes found, each with a made-up example below:
 * - 谁是组长 / 由谁担任副组长 / 联络员是谁担任的 in a conversation about a town's report (由乡长…任组长, 各村设联络员,由便民服务员
 *   担任): off-topic — only 组长是谁 (the role first) was read, and only of 组长, 副组长 and 分管领导. Now the question word may
 *   come first, 联络员 / 信息员 / 专管员 are roles too, a holder may be said in the clause after the role, and an agency named
 *   in the question (仙溪镇的组长是谁) is asked of, not only the one talked about.
 * - 三审制度是什么 / 什么是领导小组 / 领导小组是干啥的 in a conversation about one agency whose report writes of it: off-topic
 *   (a question of what a thing is carried no agency). Now the report's sentences on it are quoted.
 * - 2022年的呢 after 政策解读发了多少篇 (answered from a sentence, 共发布政策解读32篇): the items published that year (1200余条) —
 *   a figure of another thing, as the question had been read as the items published. Now the thing answered is the
 *   sentence's: that year's report is searched for it, and its refusal stands when it says nothing of it.
 * - 我想问下中卫市科技局去年收到多少申请 / 我想咨询下… / 我想了解下…: 报告没有单独写明“问下”的件数 — the request phrase was
 *   read as the thing asked (only 我想问一下, with its 一, was known). Now such a lead before a question is dropped.
 * - 申请的啥内容 after 有没有收到申请 (none): an unrelated sentence (…便于服务对象及广大群众申请公开); after a count of 1: off-topic.
 *   Now a year with no application received nor carried in has none to tell of, and otherwise no report says what each asked.
 * - 有哪些做法 / 他们是怎么做好信息公开的 after a report: off-topic; 做了哪些工作 (a summary's words) asked which agency, its 哪些
 *   read as a question across agencies. Now the report's main points, of the agency talked about.
 * - 这三个加起来 after 行政许可几件, 行政处罚呢, 行政强制呢 of one report: refused (figures of one agency and year were no sum).
 *   Now rows of one table and column, none a sum of others, are added, each said by its name.
 * - 重庆市的 25年 in reply to “应急局”有多个机关 (the kind taken out of the question kept): 重庆市's own report (the city's
 *   government) — the place said named no agency of the kind. Now the one offered agency whose own place is the place said.
 *   (It had passed only while 我想问哈 before the question was left in it.)
 * - 多久给答复 of a guide whose 答复 part is cut after 能当场答复的当场给予书面答复: that clause alone. Now a guide's limit that counts
 *   no days is followed by the regulation's (20个工作日, the extension).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('lead probes of session 46', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'xianxi.txt',
        cutPage(
          '安化县仙溪镇人民政府',
          2023,
          '（一）高度重视，强化领导。及时调整了政府信息公开工作领导小组，由镇长王建国任组长，副镇长李明任副组长，镇直各部门负责人为成员。',
          '（二）专人专管，务求实效。具体工作由镇党政办统筹落实，各村（社区）设联络员，由便民服务员担任。严格落实政务信息公开三审制。',
          '全年收到政府信息公开申请2件，均已按时答复。',
        ),
      ],
      [
        'yiyang-2023.txt',
        cutPage('益阳市赫山区发展和改革局', 2023, '全年主动公开政府信息300条，其中通知公告40条。全年共发布政策解读15篇。'),
      ],
      ['nanzhao.txt', xigongAs('南召县科学技术局', '南召县', '全年主动公开政府信息12条。', '全年未收到政府信息公开申请。')],
      [
        'jilin-guide.txt',
        [
          '吉林省文化和旅游厅政府信息公开指南',
          '一、主动公开',
          '本机关主动公开的政府信息，通过吉林省文化和旅游厅门户网站公开。',
          '二、依申请公开',
          '(一)受理机构',
          '受理机构：吉林省文化和旅游厅办公室',
          '办公地址：长春市人民大街1000号',
          '联系电话：0431-80000000',
          '(二)答复',
          '收到申请后，能当场答复的当场给予书面答复；',
        ].join('\n'),
      ],
      ['taian.txt', cutPage('泰安市应急管理局', 2024, '2024年，我局共收到政府信息公开申请12件，均按时答复。')],
      ['daiyue.txt', cutPage('泰安市岱岳区应急管理局', 2024, '2024年，我局共收到政府信息公开申请3件，均按时答复。')],
      ['jining.txt', cutPage('济宁市应急管理局', 2024, '2024年，我局共收到政府信息公开申请8件，均按时答复。')],
      ['yiyang-2024.txt', cutPage('益阳市赫山区发展和改革局', 2024, '全年主动公开政府信息400条，其中通知公告60条。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers who holds a role of the disclosure work, the question word first or last, from the report’s own words', async () => {
    const [, leader, deputy, liaison, unnamed] = await converse(app, 'roles', [
      '仙溪镇2023年收到几件申请',
      '谁是组长',
      '由谁担任副组长',
      '联络员是谁担任的',
      '信息员是谁',
    ]);
    expect(leader.kind).toBe('text');
    expect(leader.answer).toContain('镇长王建国');
    expect(deputy.answer).toContain('副镇长李明');
    expect(deputy.answer).not.toContain('王建国任组长：');
    expect(liaison.kind).toBe('text');
    expect(liaison.answer).toContain('便民服务员');
    // A role the report never writes of: no one is named.
    expect(unnamed.kind).toBe('refusal');
    expect(unnamed.answer).toContain('没有写明信息员是谁');
    // The agency named in the question itself.
    const named = await app.ask('仙溪镇的组长是谁', 'roles-named');
    expect(named.kind).toBe('text');
    expect(named.answer).toContain('镇长王建国');
  });

  it('quotes what the report talked about writes of a thing asked what it is, and stays off-topic for things it never writes of', async () => {
    const [, threeChecks, group, weather] = await converse(app, 'what-is', [
      '仙溪镇2023年收到几件申请',
      '三审制度是什么',
      '领导小组是干啥的',
      '天气是什么',
    ]);
    expect(threeChecks.kind).toBe('text');
    expect(threeChecks.answer).toContain('严格落实政务信息公开三审制');
    expect(threeChecks.answer).toContain('安化县仙溪镇人民政府2023年');
    expect(group.kind).toBe('text');
    expect(group.answer).toContain('领导小组');
    expect(weather.answer).toContain('回答不了');
  });

  it('reads 我想问下 / 我想咨询下 / 我想了解下 before a question as no words of it', async () => {
    for (const lead of ['我想问下', '我想咨询下', '我想了解下', '我就想问问']) {
      const reply = await app.ask(`${lead}沙坡头区科技局2024年收到多少申请`, `lead-${lead}`);
      expect(reply.kind, lead).toBe('figure');
      expect(reply.answer, lead).not.toMatch(/没有单独写明|问下|咨询|了解/);
      expect(reply.answer, lead).toContain('本年新收申请');
    }
  });

  it('answers what applications asked for of a year none came in as none, and of others as a thing no report says', async () => {
    const [, none] = await converse(app, 'content-none', ['南召县科技局2024年有没有收到申请', '申请的啥内容']);
    expect(none.kind).toBe('figure');
    expect(none.answer).toContain('没有收到政府信息公开申请');
    expect(none.answer).toContain('南召县科学技术局2024年');
    const [, some] = await converse(app, 'content-some', ['中卫市科技局2025年收到几件申请', '申请的啥内容']);
    expect(some.kind).toBe('refusal');
    expect(some.answer).toContain('没有写明每件申请要求公开的内容');
  });

  it('reads 有哪些做法 / 做了哪些工作 / 他们是怎么做好信息公开的 after a report as its main points, of that agency', async () => {
    const replies = await converse(app, 'practices', [
      '仙溪镇2023年收到几件申请',
      '有哪些做法',
      '做了哪些工作',
      '他们是怎么做好信息公开的',
    ]);
    for (const reply of replies.slice(1)) {
      expect(reply.kind).toBe('text');
      expect(reply.answer).toContain('安化县仙溪镇人民政府2023年报告要点');
    }
  });

  it('adds 这三个加起来 after three rows of one table and report, each said by its name', async () => {
    const [licensing, , , sum] = await converse(app, 'three-rows', [
      '南召县科技局2024年行政许可几件',
      '行政处罚呢',
      '行政强制呢',
      '这三个加起来',
    ]);
    expect(licensing.answer).toContain('6件');
    expect(sum.kind).toBe('figure');
    expect(sum.answer).toMatch(/南召县科学技术局2024年：这3项合计6件（行政许可6件 \+ 行政处罚0件 \+ 行政强制0件）/);
  });

  it('takes a place said in reply to which of a kind as that place’s own agency of the kind, not its government', async () => {
    const [which, city] = await converse(app, 'kind-place-reply', ['我想问哈那个应急局收了好多申请', '泰安市的']);
    expect(which.kind).toBe('clarify');
    expect(city.answer).toContain('泰安市应急管理局2024年');
    expect(city.answer).toContain('12件');
  });

  it('gives the regulation’s limits after a guide’s own limit that counts no days (only 当场答复, the page cut after it)', async () => {
    const reply = await app.ask('吉林文旅厅多久给答复', 'guide-limit');
    expect(reply.kind).toBe('guide');
    expect(reply.answer).toContain('能当场答复的当场给予书面答复');
    expect(reply.answer).toContain('指南没有写明不能当场答复的期限');
    expect(reply.answer).toContain('20个工作日');
  });

  it('asks a thing only a sentence counted again of another year, never that year’s items published', async () => {
    const [readings, next, notice] = await converse(app, 'sentence-thing-year', [
      '赫山区发改局2023年政策解读发了多少篇',
      '2024年的呢',
      '通知公告呢',
    ]);
    expect(readings.answer).toContain('15篇');
    expect(next.kind).toBe('refusal');
    expect(next.answer).toContain('2024年');
    expect(next.answer).not.toMatch(/400|60条/);
    expect(notice.answer).toContain('60条');
  });
});
