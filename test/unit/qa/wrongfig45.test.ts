/**
 * wrongfig45's classes (real-questions-wrongfig45's wrong figures), on made-up pages cut before their tables: a finer row of
 * table 三 or 四 asked in everyday words (涉密不给公开的, 重复申请的, 没经复议直接起诉的) where the prose states only the whole
 * (不予公开6件, 不予处理3件, 行政诉讼2件) is refused, saying the whole, never answered with it; one item of several counted together
 * (商业企业、科研机构等其他组织提交申请5件, 行政处罚+行政强制9条, 无法提供、不予处理及其他处理11件) asked alone is refused too,
 * while the items asked together, the row the sentence does count (因涉及商业秘密不予公开2件) and a kind with the rest of it
 * (行政许可和其他对外管理服务信息) still answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'county.txt': cut(
    '东林县人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息830条。\n(二)依申请公开。2025年全县新受理政府信息公开申请57件,其中予以公开30件,不予公开6件,无法提供12件,不予处理3件,其他处理4件,结转下一年度继续办理2件。办理政府信息公开引起的行政复议4件、行政诉讼2件。',
  ),
  'bureau.txt': cut(
    '南岭市卫生健康委员会2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年主动公开信息212条,其中行政处罚+行政强制9条,行政许可和其他对外管理服务信息25条。\n(二)依申请公开。2025年共受理信息公开申请31件(其中,自然人提交申请26件,商业企业、科研机构、社会公益组织、法律服务机构等其他组织提交申请5件)。其中,公开或部分公开20件;无法提供、不予处理及其他处理11件。',
  ),
  'office.txt': cut(
    '北泉区人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息96条。\n(二)依申请公开。2025年共收到申请15件,其中予以公开9件,因涉及商业秘密不予公开2件,无法提供4件。',
  ),
  'west.txt': cut(
    '西岭区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息520条。\n(二)依申请公开。2025年共受理申请50件,其中予以公开20件,占40%;不予公开5件,占10%;无法提供25件,占50%。\n(三)规范性文件。全年制发2份规范性文件,废止7份规范性文件,现行有效规范性文件40份。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig45 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('涉密不给公开的 / 重复申请的 / 直接起诉的 against the whole the prose states are refused, saying the whole', async () => {
    const [withheld, secret, repeated, lawsuits, direct] = await converse(app, 'wf45-rows', [
      '东林县2025年不予公开的几件',
      '其中因为涉密不给的有多少',
      '重复申请被不予处理的呢',
      '东林县2025年行政诉讼几件',
      '没经过复议直接去法院告的几件',
    ]);
    expect(values(withheld)).toEqual([6]);
    expect(secret.kind).toBe('refusal');
    expect(secret.facts).toEqual([]);
    expect(secret.answer).toContain('不予公开6件');
    expect(secret.answer).toContain('国家秘密');
    expect(repeated.kind).toBe('refusal');
    expect(repeated.answer).toContain('不予处理3件');
    expect(values(lawsuits)).toEqual([2]);
    expect(direct.kind).toBe('refusal');
    expect(direct.answer).toContain('未经复议直接起诉');
  });

  it('复议完了又起诉的 asked of one question names the whole 行政诉讼 only', async () => {
    const [after] = await converse(app, 'wf45-after', ['东林县2025年复议完了又起诉的几件']);
    expect(after.kind).toBe('refusal');
    expect(after.facts).toEqual([]);
  });

  it('the row the sentence counts itself still answers (因涉及商业秘密不予公开2件)', async () => {
    const [trade] = await converse(app, 'wf45-counted', ['北泉区政府办2025年因为商业秘密不予公开的几件']);
    expect(values(trade)).toEqual([2]);
  });

  it('one item of a shared count asked alone is refused; asked together, or a kind with the rest of it, it answers', async () => {
    const [penalties, both, licensing] = await converse(app, 'wf45-shared', [
      '南岭市卫健委2025年行政处罚信息公开了几条',
      '行政处罚加行政强制一共多少条',
      '行政许可信息公开了几条',
    ]);
    expect(penalties.kind).toBe('refusal');
    expect(penalties.facts).toEqual([]);
    expect(penalties.answer).toContain('行政处罚+行政强制9条');
    expect(values(both)).toEqual([9]);
    expect(values(licensing)).toEqual([25]);
  });

  it('商业企业 / 无法提供 asked of a count shared with other kinds are refused', async () => {
    const [companies, unable] = await converse(app, 'wf45-groups', ['南岭市卫健委2025年商业企业提交的申请几件', '无法提供的有几件']);
    expect(companies.kind).toBe('refusal');
    expect(companies.facts).toEqual([]);
    expect(unable.kind).toBe('refusal');
    expect(unable.answer).toContain('无法提供、不予处理及其他处理11件');
  });

  it('占比多少 after a count is the share printed right after that count (不予公开5件,占10%)', async () => {
    const [withheld, share] = await converse(app, 'wf45-share', ['西岭区2025年不予公开几件', '占比多少']);
    expect(values(withheld)).toEqual([5]);
    expect(values(share)).toEqual([10]);
    expect(share.answer).toContain('10%');
  });

  it('新制发的规范性文件几份 is the 制发 count of the sentence, never the 废止 one beside it', async () => {
    const [issued, repealed] = await converse(app, 'wf45-acts', ['西岭区2025年新制发的规范性文件几份', '废止了几份规范性文件']);
    expect(values(issued)).toEqual([2]);
    expect(values(repealed)).toEqual([7]);
  });
});
