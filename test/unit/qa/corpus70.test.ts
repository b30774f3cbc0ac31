/**
 * corpus70: answer classes of real-questions-corpus70 (reports-more76), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - 回复了多少件公开申请 where table 三 is cut and the prose says 累计收到公民、法人依申请公开申请35件 … 累计回复公开申请38件: the
 *   applications answered are the clause that says they were answered (retrieve.ts atAnsweredStage); the received clause,
 *   cut at its 、 (法人依申请公开申请35件), answered 35.
 * - 两个镇政府网站公开的信息谁多: each one's count of that channel (engine.ts sidesOf, proactiveChannelAsked; a side whose
 *   answer lists channels, 通过政府网站管理平台…117条、通过村务公开小程序…394条, gives its channel's own, channelCountOf), never each
 *   one's total of all channels (main compared 2918 with nothing, 无法比较).
 * - An address printed unlabelled before the phone in a contact clause's brackets (请与…联系(温州市瓯海区下沈北路635号,电话:…)) is
 *   the office's address (prose.ts address; only one before a post code was read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('applications answered, asked where table 三 is cut, are never the ones received', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'commission.txt',
        [
          '根据《中华人民共和国政府信息公开条例》,现向社会公布蓟州区发展和改革委员会2025年政府信息公开工作年度报告。本报告中所列数据的统计期限自2025年1月1日至2025年12月31日。',
          '一、总体情况',
          '(二)主动公开工作情况。2025年在区政府网站累计公示各类工作动态信息41篇,主动公开各类公文信息27条。',
          '(三)依申请公开工作情况。2025年累计收到公民、法人依申请公开申请19件,其中网络收件12件、邮寄收件7件。累计回复公开申请21件,其中含上年结转公开申请2件,全部在法定日期内做出回复。',
          '(四)',
        ].join('\n'),
      ],
      [
        'town.txt',
        [
          '根据《中华人民共和国政府信息公开条例》,现公布宁河区芦台街道2025年政府信息公开工作年度报告。',
          '一、总体情况',
          '(二)依申请公开。2025年共收到政府信息公开申请6件,均已在法定期限内办结。',
          '(三)',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('回复了多少件公开申请: the clause answered (21), not the one received (19)', async () => {
    for (const question of ['蓟州区发展和改革委员会2025年回复了多少件公开申请', '蓟州区发改委2025年答复了多少件公开申请']) {
      const answer = await app.ask(question, `answered-${question}`);
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).toContain(21);
      expect(
        answer.facts.map((fact) => fact.value),
        question,
      ).not.toContain(19);
    }
  });

  it('收到多少件公开申请 still reads the received clause (19)', async () => {
    const answer = await app.ask('蓟州区发改委2025年收到多少件公开申请', 'received');
    expect(answer.facts.map((fact) => fact.value)).toContain(19);
  });

  it('共收到…6件,均已…办结: a sentence saying every one was answered states no other count for 办结了几件', async () => {
    const answer = await app.ask('芦台街道2025年办结了几件申请', 'all-answered');
    expect(answer.facts.every((fact) => fact.value === 6)).toBe(true);
  });
});

describe('an address printed unlabelled before the phone in a contact clause', () => {
  it('(嘉兴市南湖区东栅街道双溪路88号,电话:…) is the address', () => {
    const contacts = extractContacts(
      '如对本报告有疑义,请与嘉兴市南湖区东栅街道办事处综合信息指挥室联系(嘉兴市南湖区双溪路88号,电话:0573-82081234)。',
    );
    expect(contacts.address).toBe('嘉兴市南湖区双溪路88号');
    expect(contacts.phone).toBe('0573-82081234');
  });
});

describe('two agencies compared on one channel', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'one.txt',
        [
          '积石山县吹麻滩镇2023年度政府信息公开工作年度报告',
          '一、总体情况',
          '(一)信息主动公开方面:2023年我镇政府信息主动公开数为1500条。其中:通过微信公众平台公开信息数为1200条,通过政府网站公开信息数为210条,其他方式公开信息数为90条。',
          '(二)',
        ].join('\n'),
      ],
      [
        'two.txt',
        [
          '根据《中华人民共和国政府信息公开条例》要求,现发布《银川市金凤区良田镇2023年政府信息公开工作年度报告》。',
          '一、总体情况',
          '(一)主动公开。2023年,良田镇通过政府网站管理平台主动公开信息95条、通过村务公开小程序主动公开信息300条、发布微博40条。',
          '(二)',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('政府网站公开的信息谁多: each one’s website count (210, 95), never a total (1500) nor another channel (300)', async () => {
    const answer = await app.ask('吹麻滩镇和良田镇2023年政府网站公开的信息谁多', 'channel');
    const values = answer.facts.map((fact) => fact.value);
    expect(values).toEqual(expect.arrayContaining([210, 95]));
    expect(values).not.toContain(1500);
    expect(answer.answer).toMatch(/^比较：积石山县吹麻滩镇最多（210条）/);
  });
});
