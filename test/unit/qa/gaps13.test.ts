/**
 * Gap classes closed in the thirteenth gaps session, over made-up reports and guides: everyone but natural persons (除了个人以外,
 * 除了自然人其他的) is table 三's 法人或其他组织 columns together, and 法人或其他组织 named whole is that group, not its last column
 * 其他; a company is known by its own name without its place and by 公司 for its legal form (清泉燃气公司 for 临河区清泉燃气有限
 * 责任公司); an off-topic question about a named body not stored (a university's admission scores) is refused, small talk with
 * no body in it still asks for a question of the reports; the hours a guide receives complaints (投诉受理时间) are read apart from
 * its office hours and answer 投诉接待时间; 推送了多少条 asks what was published, as 发了多少条 does, so one channel of a joint
 * count (抖音 of 微信公众号、抖音、快手等…88条) is said to be unstated instead of the question not being understood.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps13 classes (made-up reports and guides)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'lanxi-sfj-2024.txt',
        `兰溪市司法局2024年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
申请人情况
自然人 法人或其他组织 总计
商业企业 科研机构 社会公益组织 法律服务机构 其他
一、本年新收政府信息公开申请数量 9 3 0 0 2 1 15
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
三、本年度办理结果
（一）予以公开 5 2 0 0 1 1 9
`,
      ],
      [
        'linhe-qingquan-guide.txt',
        `临河区清泉燃气有限责任公司信息公开指南
一、主动公开
（一）公开范围
1.燃气销售价格；2.用气报装程序；3.停气检修信息；4.服务和投诉电话。
二、依申请公开
受理机构：临河区清泉燃气有限责任公司综合部
联系电话：0478-8000000
`,
      ],
      [
        'nanzhang-wlj-2024.txt',
        `南漳县文化和旅游局2024年政府信息公开工作年度报告
一、总体情况
全年通过局门户网站主动公开政府信息156条,“南漳文旅”微信公众号、抖音、快手等平台推送短视频88条。
`,
      ],
      [
        'baishi-guide.txt',
        `白石乡人民政府信息公开指南
一、工作机构
机构名称：白石乡人民政府党政综合办公室
办公时间：周一至周五 9:00-12:00，14:00-17:00
联系电话：0000-55123456
二、监督和救济
公民、法人或者其他组织认为本机关未依法履行政府信息公开义务的，可以向本机关投诉。投诉电话：0000-55123999。投诉受理时间：每周三上午9:00-11:30。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  const ask = (q: string) => app.engine.ask(q, { user: `gaps13:${Math.random()}` });

  it.each([
    '兰溪市司法局2024年除了个人以外的申请有几件',
    '兰溪市司法局2024年除自然人之外，其余的申请多少件',
    '兰溪市司法局2024年法人或其他组织的申请有几件',
  ])('everyone but natural persons is the 法人或其他组织 group: %s', (q) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('法人或其他组织');
    expect(answer.answer).toContain('共6件');
    expect(answer.answer).not.toMatch(/其他（自然人）|（其他组织）为/);
  });

  it.each(['清泉燃气公司主动公开哪些信息', '临河区清泉燃气公司信息公开电话', '清泉燃气有限责任公司公开哪些信息'])(
    'a company by its own name and 公司: %s',
    (q) => {
      const answer = ask(q);
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('临河区清泉燃气有限责任公司');
    },
  );

  it.each(['白石乡投诉接待时间', '白石乡政府什么时候可以去投诉'])(
    'the hours complaints are received, apart from the office hours: %s',
    (q) => {
      const answer = ask(q);
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('每周三上午9:00-11:30');
      expect(answer.answer).not.toContain('14:00-17:00');
    },
  );

  it.each(['南漳县文旅局抖音推送了多少条', '南漳县文旅局2024年抖音推送了几条'])(
    'one channel of a joint count, asked with 推送, is said to be unstated, not misunderstood: %s',
    (q) => {
      const answer = ask(q);
      expect(answer.kind).toBe('refusal');
      expect(answer.answer).toContain('没有写明通过这个渠道');
    },
  );

  it('an off-topic question about a named body not stored is refused', () => {
    expect(ask('北方工业大学研究生招多少人').kind).toBe('refusal');
    expect(ask('市第三人民医院挂号怎么挂').kind).toBe('refusal');
    expect(ask('讲个笑话').kind).toBe('clarify');
  });
});
