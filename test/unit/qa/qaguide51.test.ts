/**
 * qaguide51: 信息公开找哪个部门 / 找谁 of a guide cut before its part on applying, naming no office that takes applications nor
 * an address but the office that publishes (区政府办公室负责向社会主动公开…), is answered with that office's words, as 谁负责
 * is (src/guide/agency-guide-answer.ts); a reading place at the body itself with its hours answers 周末能去查吗.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qaguide51: who to go to, of a guide cut before applying', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'wujiang-guide.txt',
        `吴江区政府信息公开指南
为更好地向公民、法人或其他组织提供政府信息,我们编制了《吴江区政府信息公开指南》,为获取区政府及其办公室的政府信息提供指引。
一、政府信息公开范围
涉及国家秘密、商业秘密、个人隐私的政府信息,不属于公开范围。
二、政府信息公开方式
(一)主动公开
吴江区政府办公室负责向社会主动公开区政府以及区政府办公室的政府信息,并采用主题、组配2种目录分类方式。公开的主要内容有:
1.区政府领导
`,
      ],
      [
        'wuzhong-scjg-guide.txt',
        `政府信息公开指南
为更好地提供政府信息公开服务,便于社会公众依法获取吴忠市市场监督管理局的政府信息,编制《吴忠市市场监督管理局政府信息公开指南》。
一、主动公开
(二)公开主要渠道
1.吴忠市人民政府门户网站(www.wuzhong.gov.cn)、“吴忠市场监管”微信订阅号等政务新媒体。
2.吴忠市市场监督管理局查阅。
地    址:吴忠市利通区裕民街8号201室
开放时间:9:00-12:00  14:30-18:00 (周一至周五,节假日除外)
联系电话:0953-2021111
3.其他方式。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 找哪个部门 with the office the guide says publishes', async () => {
    const answer = await app.ask('吴江区政府信息公开找哪个部门');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('吴江区政府办公室负责向社会主动公开');
  });

  it('answers where and when to read at the body’s own place', async () => {
    const where = await app.ask('吴忠市场监管局去哪查政府信息');
    expect(where.answer).toContain('裕民街8号201室');
    const weekend = await app.ask('吴忠市场监管局周末能去查吗');
    expect(weekend.answer).toContain('周一至周五');
  });
});
