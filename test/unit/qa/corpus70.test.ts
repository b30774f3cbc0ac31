/**
 * corpus70: answer classes of real-questions-corpus70 (reports-more76), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - 回复了多少件公开申请 where table 三 is cut and the prose says 累计收到公民、法人依申请公开申请35件 … 累计回复公开申请38件: the
 *   applications answered are the clause that says they were answered (retrieve.ts atAnsweredStage); the received clause,
 *   cut at its 、 (法人依申请公开申请35件), answered 35.
 * - 南通经开区 is no 经开区: a zone's kind left after its city (经开区, 综保区, 自贸区) is no district's own name (agency-names.ts
 *   DISTRICT_OWN_NAME; 常州经开区 took 遂宁经开区's and 天津经开区's questions in the suite).
 * - 敦煌市 fitting 敦煌市人民政府办公室 and 敦煌市七里镇: a city named alone is its own government (engine.ts placeOwnGovernment;
 *   临夏市 was asked back which, with 临夏市南龙镇 held).
 * - An address printed unlabelled before the phone in a contact clause's brackets (请与…联系(温州市瓯海区下沈北路635号,电话:…)) is
 *   the office's address (prose.ts address; only one before a post code was read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
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

describe('a zone named by its city and 经开区 is not known by the bare kind', () => {
  it('南通经开区 has no alias 经开区 (it took 遂宁经开区’s and 天津经开区’s questions)', () => {
    expect(agencyAliases('南通经开区')).not.toContain('经开区');
    expect(agencyAliases('南通经开区')).toContain('南通经开区');
    expect(agencyAliases('三亚市海棠区')).toContain('海棠区');
  });
});

describe('a city named alone, with a town inside it held too', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'office.txt',
        [
          '根据《中华人民共和国政府信息公开条例》要求,本报告由敦煌市人民政府办公室编制。报告中所列数据统计期限为2025年1月1日至2025年12月31日。',
          '一、总体情况',
          '(二)依申请公开。2025年,共收到政府信息公开申请14件。',
          '(三)',
        ].join('\n'),
      ],
      [
        'town.txt',
        [
          '敦煌市七里镇2025年政府信息公开工作年度报告',
          '一、总体情况',
          '(二)依申请公开。2025年,七里镇共收到政府信息公开申请2件。',
          '(三)',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('敦煌市收到几件申请 is the city government’s (14), not asked back which of the two', async () => {
    const answer = await app.ask('敦煌市2025年收到几件信息公开申请', 'city');
    expect(answer.kind).not.toBe('clarify');
    expect(answer.facts.map((fact) => fact.value)).toContain(14);
  });
});
