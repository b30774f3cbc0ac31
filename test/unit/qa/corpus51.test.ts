/**
 * corpus51's classes (real-questions-corpus51 over reports-more57), on made-up pages:
 * - 上年度转接政府信息公开申请0件, a count carried in from the year before written with 转接 (not 结转): asked how many
 *   applications were received, it was the answer over the sentence counting them (收到依申请公开事项共5件).
 * - a zone whose report's title names it alone (吉林经济技术开发区), asked as its committee (吉林经开区管委会电话): the name
 *   asked was no alias, so the question was refused as naming an agency not held.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REPORTS: Record<string, string> = {
  'audit.txt': cutPage(
    '固原市审计局',
    2024,
    '(一)主动公开。年内通过门户网站新增信息数23条。',
    '(二)依申请公开。按照《中华人民共和国政府信息公开条例》要求,指定专人负责依申请公开事项的登记和办理,全年收到依申请公开事项共6件,均已在法定期限内答复,未出现超期答复情况。上年度转接政府信息公开申请0件。未发生行政复议、行政诉讼。',
  ),
  'zone.txt': [
    '根据《中华人民共和国政府信息公开条例》的规定,四平经济开发区管委会编制了四平经济开发区2024年政府信息公开工作年度报告。',
    '如对本年报有疑问,请联系四平经济开发区管委会办公室,地址:四平市经开区紫气大路88号,邮编:136000,电话:0434-3288001。',
    '一、总体情况',
    '(一)主动公开情况。2024年,管委会通过网站主动公开政府信息58条。',
  ].join('\n'),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus51 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('the count received is not the count carried in from the year before written with 转接', async () => {
    const [answer] = await converse(app, 'c51-carried', ['固原市审计局2024年收到多少件政府信息公开申请']);
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toEqual([6]);
  });

  it('a zone named alone is known as its committee too', () => {
    const aliases = agencyAliases('四平经济开发区');
    expect(aliases).toContain('四平经济开发区管委会');
    expect(aliases).toContain('四平经开区管委会');
  });

  it('asked as its committee, the zone answers with its contacts', async () => {
    const [answer] = await converse(app, 'c51-zone', ['四平经开区管委会联系电话']);
    expect(answer.answer).toContain('0434-3288001');
  });
});
