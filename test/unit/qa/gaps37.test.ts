/**
 * gaps37's classes, each on made-up reports.
 * 1. 某区应急管理局应急管理信息多少条 where the year's items are listed by field (应急管理信息157条): the field's words were taken
 *    out as the agency's kind said a second time (应急管理 of 应急管理局), so the year's whole (289条) was given, a wrong figure.
 *    The kind without its 局, right before 信息 and after the name that already said the kind, is now the field asked.
 * 2. 主动公开多少条 where one channel's count comes first and a list of channels' joint count after it (依托门户网站…121条;利用
 *    微信公众号、官网和官博主动公开…1147条) and no total is printed: the joint count was given as the year's total. Both are
 *    now the report's parts by channel (listed; 一共 is refused with them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HEAD = (name: string, year: number) => `${name}${year}年政府信息公开工作年度报告
本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。
一、总体情况
`;

describe('gaps37: a field of information named with the agency kind’s words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe.txt',
        `${HEAD('青河市北塘区应急管理局', 2025)}(一)主动公开情况。2025年主动公开信息301条。其中政府信息公开指南1条,政策文件7条,行政许可信息20条,应急管理信息163条,部门动态110条。
(二)依申请公开情况。2025年,我局接到3件政府信息公开申请,均按时答复。`,
      ],
      [
        'lanshan.txt',
        `${HEAD('蓝山县市场监督管理局', 2024)}(一)主动公开情况。2024年主动公开信息412条。其中政策文件12条,市场监管信息287条,工作动态113条。
(二)依申请公开情况。2024年共收到政府信息公开申请5件。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 应急管理信息 of an 应急管理局 with that field, not the year’s whole', async () => {
    const answer = await app.ask('北塘区应急管理局应急管理信息多少条', 'g1');
    expect(answer.facts.map((fact) => fact.value)).toContain(163);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(301);
  });

  it('does so with the kind written short (应急局) too', async () => {
    const answer = await app.ask('北塘区应急局应急管理信息多少条', 'g2');
    expect(answer.facts.map((fact) => fact.value)).toContain(163);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(301);
  });

  it('reads 主动公开的应急管理信息 as the field too, not the year’s whole', async () => {
    const answer = await app.ask('北塘区应急管理局主动公开的应急管理信息有多少条', 'g5');
    expect(answer.facts.map((fact) => fact.value)).toContain(163);
  });

  it('answers 市场监管信息 of a 市场监督管理局 with that field', async () => {
    const answer = await app.ask('蓝山县市场监督管理局市场监管信息多少条', 'g4');
    expect(answer.facts.map((fact) => fact.value)).toContain(287);
  });

  it('keeps the year’s whole for 主动公开多少条 and the agency named twice', async () => {
    const plain = await app.ask('北塘区应急管理局主动公开多少条', 'g3');
    expect(plain.facts.map((fact) => fact.value)).toEqual([301]);
  });
});

describe('gaps37: channels counted apart with no total, no total printed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingling.txt',
        `${HEAD('青岭经济开发区', 2020)}2020年度,依托“青岭”门户网站主动公开政府信息121条,其中全文电子化达100%,主要包括政府信息公开年报、领导分工调整等多项信息内容;利用“青岭发布”微信公众号、青岭经济开发区官网和官博主动公开政府信息1147条。
二、依申请公开情况
2020年共收到申请3件。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('gives both channels’ counts, neither as the total, where no total is printed', async () => {
    const answer = await app.ask('青岭经济开发区2020年主动公开多少条', 'c1');
    expect(answer.answer).toContain('121');
    expect(answer.answer).toContain('1147');
    expect(answer.answer).not.toMatch(/主动公开政府信息1147条（通过/);
  });

  it('refuses 一共 with the parts', async () => {
    const answer = await app.ask('青岭经济开发区2020年一共主动公开多少条', 'c2');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('121');
  });
});
