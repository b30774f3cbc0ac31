/**
 * gaps60: a guide's sentence after its form's saying where the form is kept (申请表在“…”平台(网址:…)的…栏目中) is the form's
 * place; the papers or applying through someone else asked of an agency whose stored guide says nothing of them get the
 * general rules and say the guide does not write them (没有写明); applying for a relative (帮我爸去…申请) is applying through
 * someone else, not a count of applications, while the same words before 不给公开…去哪告 still ask the remedies. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const weather = `青岚市气象局政府信息公开指南
一、政府信息公开工作机构
工作机构名称:市气象局办公室
办公地址:青岚市和平大道17号
咨询电话:0999-8101001
二、依申请公开
申请人向本机关申请公开政府信息,应填写政府信息公开申请表。申请表在“青岚”政府信息公开平台(网址:http://www.qinglan.example.cn/)的青岚市气象局依申请公开中,申请人可通过电话、电子邮件等方式咨询。
`;

const street = `青岚市白沙街道办事处政府信息公开指南
一、政府信息公开工作机构
名称:白沙街道党政办公室
办公地址:青岚市白沙路8号
办公时间:周一至周五 上午8:30-12:00,下午14:00-17:30
联系电话:0999-8102002
二、依申请公开
公民、法人或者其他组织可以通过当面提交、邮寄等方式向本机关提出申请。
本机关收到申请后,能够当场答复的当场答复;不能当场答复的,自收到申请之日起20个工作日内予以答复。
`;

describe('gaps60: a form kept on a platform, and what a guide does not write', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['weather.txt', weather],
      ['street.txt', street],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads the sentence saying where the form is kept as the form', async () => {
    expect(parseAgencyGuide(weather).fields.application_form).toContain('qinglan.example.cn');
    const form = await app.ask('青岚气象局申请表在哪弄');
    expect(form.kind).toBe('guide');
    expect(form.answer).toContain('www.qinglan.example.cn');
  });

  it('says a guide naming no papers does not write them, after the general rules', async () => {
    const papers = await app.ask('白沙街道申请要身份证复印件吗');
    expect(papers.kind).toBe('guide');
    expect(papers.answer).toContain('一般规定');
    expect(papers.answer).toContain('没有写明');
  });

  it('reads applying for a relative as applying through someone else', async () => {
    const proxy = await app.ask('能不能帮我爸去白沙街道申请信息公开');
    expect(proxy.kind).toBe('guide');
    expect(proxy.answer).toContain('委托');
    expect(proxy.answer).toContain('没有写明');
    // Not refused to apply through someone else's remedy: 不给公开…去哪告 still asks where to complain.
    const remedy = await app.ask('我想帮我爸申请白沙街道的信息他不给公开能去哪告');
    expect(remedy.answer).toContain('行政复议');
  });
});
