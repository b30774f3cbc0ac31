/**
 * qachat43's classes (citizen-questions-75), each on made-up pages cut before their tables: a refused question whose question
 * word is inside it (有多少人逛过他们网站) is no fragment of a message cut mid-word, so the next message (公众号推了多少) is
 * never read joined to it and answered with another channel's figure; messages handled (办理网民留言60条) are the messages
 * answered (留言回复了几条, 处理了几条); 有多少人看过他们网站 is the site's visits; 答复了几个申请 is the count the verb 答复
 * leads (已经答复47件), not the applications received; 不给公开的呢 after 给公开了几个 is the 不予公开 count alone; 为啥不给
 * against a clause that only counts the refusals (不予公开5件、无法提供2件) says the report gives no reason before quoting it;
 * 收了多少钱 after an agency's 申请收费了吗 asks what it collected, which its report does not say, not the fee rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'finance.txt': cut(
    '北岭区财政局2024年政府信息公开工作年度报告',
    '(一)主动公开方面。2024年,通过局门户网站发布信息800条,其中,政务动态信息500条,其他信息300条。全年办理网民留言60条,发布政策解读信息9条,局门户网站总浏览量50.5万次。\n(二)依申请公开方面。2024年,共收到政府信息公开申请30件。其中,予以公开20件、部分公开2件、不予公开5件、无法提供2件、不予处理1件。',
  ),
  'county.txt': cut(
    '南岭县人民政府2024年政府信息公开工作年度报告',
    '一是主动公开情况。我县通过政府门户网站主动公开信息1500条。\n二是依申请公开情况。全年共收到政府信息依申请公开50件次,已经答复47件,3件结转下年度继续办理;产生行政复议2件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('qachat43 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('公众号推了多少 after a refused 有多少人逛过他们网站 is refused, never the website figure read with the miss', async () => {
    const [site, missed, account] = await converse(app, 'qc43-cut', [
      '北岭区财政局2024年网站上发了多少条信息',
      '有多少人逛过他们网站',
      '公众号推了多少',
    ]);
    expect(values(site)).toEqual([800]);
    expect(missed.kind).toBe('refusal');
    expect(account.kind).toBe('refusal');
    expect(values(account)).toEqual([]);
  });

  it('留言回复了几条 and 网民留言处理了几条 are the 办理网民留言60条 printed', async () => {
    expect(values(await app.ask('北岭区财政局2024年留言回复了几条'))).toEqual([60]);
    expect(values(await app.ask('北岭区财政局2024年网民留言处理了几条'))).toEqual([60]);
  });

  it('有多少人看过他们网站 is the site’s visits', async () => {
    const answer = await app.ask('北岭区财政局2024年有多少人看过他们网站');
    expect(answer.answer).toContain('50.5万次');
  });

  it('答复了几个申请 is the 已经答复47件 printed, not the 50 received', async () => {
    expect(values(await app.ask('南岭县2024年答复了几个申请'))).toEqual([47]);
  });

  it('不给公开的呢 after 给公开了几个 is the 不予公开5件 alone', async () => {
    const [granted, refused] = await converse(app, 'qc43-refused', ['北岭区财政局2024年给公开了几个', '不给公开的呢']);
    expect(values(granted)).toEqual([20]);
    expect(values(refused)).toEqual([5]);
  });

  it('为啥不给 against the refusals only counted says the report gives no reason', async () => {
    const [, why] = await converse(app, 'qc43-why', ['北岭区财政局2024年给公开了几个', '为啥不给']);
    expect(why.answer).toContain('没有写明原因');
    expect(values(why)).toEqual([]);
    expect((await app.ask('北岭区财政局2024年不予公开的原因是什么')).answer).toContain('没有写明原因');
  });

  it('收了多少钱 after 申请收费了吗 of an agency is what it collected (not stated), not the fee rules', async () => {
    const answer = await app.ask('北岭区财政局2024年申请收费了吗 收了多少钱');
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).not.toContain('按件');
    expect(values(answer)).toEqual([]);
  });
});
