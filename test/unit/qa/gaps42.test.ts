/**
 * gaps42: homophones typed for the word of a field or of a zone's kind — 信息公开邮相 (邮箱: xiang), 经开去 (经开区: qu) — are
 * read as the word meant, only where the word before and after make it one (a verb 去 after 重新 or before a place stays). Made-up
 * guides of made-up agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up development zone's guide: a bare title, the office named only as the accepting body. */
const HONGSHI_KFQ =
  '信息公开指南\n\n为方便公民、法人和其他组织获取本行政机关政府信息,按照《中华人民共和国政府信息公开条例》规定,编制本指南。本指南每年更新一次。\n\n' +
  '一、公开内容\n\n《条例》第二十条规定需要主动公开的政府信息。\n\n三、政府公开信息的获取方式\n\n(一)受理机构\n\n' +
  '受理机构为红石经济技术开发区管委会办公室。\n\n办公地址: 红石市江东路8号\n\n联系电话:0000-2624601\n\n传真:0000-2624602\n\n' +
  '电子邮箱:hskfq@example.com\n';

describe('gaps42: homophones of a field word or a zone kind (made-up guide)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['hongshi-kfq.txt', HONGSHI_KFQ]]);
  });
  afterAll(() => app.dispose());

  it('reads 邮相 after 信息公开 as 邮箱', async () => {
    const answer = await app.ask('红石经济技术开发区管委会信息公开邮相');
    expect(answer.answer).toContain('hskfq@example.com');
  });

  it('reads 经开去 before 信息公开 as 经开区', async () => {
    const answer = await app.ask('红石经开去信息公开电话');
    expect(answer.answer).toContain('0000-2624601');
  });

  it('leaves 去 as a verb and 邮 words that are no mailbox', () => {
    expect(correctKindTypos('重新去政府网站看看', ['科技局'])).toBe('重新去政府网站看看');
    expect(correctKindTypos('我去信息公开办', ['科技局'])).toBe('我去信息公开办');
    expect(correctKindTypos('信息公开邮相是多少', ['科技局'])).toBe('信息公开邮箱是多少');
    expect(correctKindTypos('高新去信息公开电话', ['科技局'])).toBe('高新区信息公开电话');
  });
});
