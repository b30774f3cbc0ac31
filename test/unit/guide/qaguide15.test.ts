/** qaguide15's classes: the real sentences of its guides and a made-up second example of each. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyGuideAsks } from '../../../src/guide/agency-guide-answer.js';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('papers carried (应当持有效身份证件), on a page cut right after them', () => {
  it('reads 湖州市公安局’s sentence (real)', () => {
    const guide = parseAgencyGuide(
      '湖州市公安局政府信息公开指南\n(二)受理程序\n1.申请的提出\n申请人申请获取与自身相关的政府信息的,应当持有效身份证件并',
    );
    expect(guide.fields.application_materials).toContain('持有效身份证件');
  });

  it('reads a made-up 岭北县民政局 sentence the same', () => {
    const guide = parseAgencyGuide(
      '岭北县民政局政府信息公开指南\n二、依申请公开\n申请查询本人婚姻登记信息的,须持本人身份证到县民政局一楼窗口办理。\n',
    );
    expect(guide.fields.application_materials).toContain('持本人身份证');
  });
});

describe('除了网站还怎么公开: the guide’s other ways of publishing', () => {
  it.each(['曲阜市卫生局除了网站还怎么公开信息', '乳城镇除了网上还有啥方式公开信息', '岭北县农业农村局除了公众号还在哪些地方发布信息'])(
    '%s',
    (q) => {
      expect(agencyGuideAsks(q)).toContain('publication');
    },
  );
});

describe('a certificate the agency issues, and what it takes (办居住证要啥材料): a service, not a disclosure application', () => {
  it.each(['湖州市公安局办居住证要啥材料', '岭北县公安局办暂住证需要什么手续'])('%s', (q) => {
    expect(agencyGuideAsks(q)).toEqual([]);
  });

  it('the papers for a disclosure application are still asked of the guide', () => {
    expect(agencyGuideAsks('岭北县公安局申请信息公开要带什么材料')).toContain('materials');
  });
});

describe('answers over stored guides', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'sunzhuang-guide.txt',
        '孙庄乡人民政府信息公开指南\n二、公开方式\n(二)依申请公开\n2.依申请公开受理程序\n自收到申请之日起15个工作日内按以下情况予以答复:属于公开范围的,明确公开时间。\n',
      ],
      [
        'lingbei-slj-guide.txt',
        '岭北县水利局政府信息公开指南\n三、依申请公开\n受理机构:岭北县水利局办公室\n答复期限:本局自收到申请之日起10个工作日内予以答复。\n',
      ],
      [
        'lanzhou-guide.txt',
        '兰州市教育局信息公开指南\n本单位收到申请后,将从形式上对申请的要件是否完备进行审查,对于要件不完备的申请予以退回,要求申请人补正。\n',
      ],
    ]);
  });
  afterAll(() => app?.dispose());
  const ask = (q: string) => app.engine.ask(q, { user: `qaguide15:${Math.random()}` });

  it.each([
    ['孙庄乡信息公开答复能延期吗', '15个工作日'],
    ['岭北县水利局答复可以延长吗', '10个工作日'],
  ])('%s: the guide’s own limit, then the rule on extending it', (q, own) => {
    const answer = ask(q);
    expect(answer.answer).toContain(own);
    expect(answer.answer).toContain('延长的期限最长不得超过20个工作日');
  });

  it.each(['兰州市教育局申请材料不全怎么办', '岭北县水利局申请材料不齐怎么办'])('%s: the rule on 补正', (q) => {
    const answer = ask(q);
    expect(answer.kind).not.toBe('refusal');
    expect(answer.answer).toContain('补正');
  });
});
