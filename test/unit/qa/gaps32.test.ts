/**
 * gaps32's classes, each on a made-up report: an account's name in quotation marks that is the agency's own name stays in
 * the answer (“X”公众号, never “”公众号); 加起来 after a site's count and a count two other channels share (微博、微信公众号…);
 * 这两个一共多少 after two items of one semicolon list; 办了多少 after a clause cut at a semicolon whose handling follows it;
 * 占总数的比例 after a part listed after 其中 in the sentence after the total; 已回复依申请公开信息N条 on a page cut before
 * table 三 answers how many were replied; what the applications were about (申请内容主要集中在…, …申请1件。涉及“…”);
 * a sentence of section 二 cut before its full stop right after its count (…官网和官博主动公开政府信息950條) is indexed, and a
 * site written 官网/官博 after its owner's name is one of the channels joined in it; 联系人 asked with no year, when the latest
 * report with contacts prints none, is an earlier report's (told with its year); 找谁联系 of an agency with no guide is the
 * person the report names, not where to apply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps32 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'minwei.txt',
        `示例区民族事务委员会2025年政府信息公开工作年度报告
本报告中所列数据统计期限自2025年1月1日起至12月31日。
一、总体情况
(一)主动公开情况
据统计,“示例区民族事务委员会”公众号全年共推送和发布信息412条,被区政府门户网站等采用21条。`,
      ],
      [
        'lanshan.txt',
        `兰山县人民政府2024年政府信息公开工作年度报告
本报告中所列数据统计期限自2024年1月1日起至12月31日。
一、总体情况
(一)主动公开情况
今年以来,兰山县人民政府门户网站发布信息5300条,转发转载指令211条。微博、微信公众号发布信息640条。
(二)依申请公开情况
2024年,收到政府信息公开申请9件,依法办结9件,办结率为100%。申请内容主要集中在土地征收、养老保险、政府工作报告等方面。`,
      ],
      [
        'fagai.txt',
        `示例州发展和改革委员会2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年我委门户网站共公开信息210条,其中:部门动态25条;规划信息4条;重大建设项目57条;优化营商环境33条;价格监测18条。
(二)依申请公开情况。2024年我委已回复依申请公开信息6条,申请事项集中在项目立项批复领域。`,
      ],
      [
        'zhujian.txt',
        `示例市住建委2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。通过不同渠道主动公开信息共800条。其中,时政要闻120条、政务新媒体300条、公告通知80条。
(二)依申请公开情况。全年接收政府信息公开申请900件,2023年结转70件;全年办理880件,结转2025年90件。`,
      ],
      [
        'linye.txt',
        `示例市林业和草原局2025年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。2025年,收到政府信息公开申请1件。涉及“我市湿地面积、古树名木”等相关信息,已在法定时限内予以答复。`,
      ],
      [
        'kaifaqu.txt',
        `示例經濟開發區2020年政府信息公開工作年度報告
一、總體情況
2020年,示例經濟開發區認真貫徹落實政府信息公開條例。
二、主動公開政府信息情況
第二十條第（一）項
信息內容 本年制發件數 本年廢止件數 現行有效件數
規章 0 0 0
2020年度,依托“示例”門戶網站主動公開政府信息80條,其中全文電子化達100%;利用“示例開發區發布”微信公眾號、示例經濟開發區官網和官博主動公開政府信息950條`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('an account named in quotation marks by the agency’s own name keeps its name in the answer', async () => {
    const answer = await app.ask('示例区民族事务委员会公众号发了多少条');
    expect(values(answer)).toContain(412);
    expect(answer.answer).not.toContain('“”');
    expect(answer.answer.split('\n')[0]).toContain('“示例区民族事务委员会”公众号');
  });

  it('加起来 after a site’s count and the count two other channels share adds them', async () => {
    const [, , sum] = await converse(app, 'g32-sum', ['兰山县24年网站发了多少条', '那微博公众号呢', '加起来多少']);
    expect(sum.kind).toBe('figure');
    expect(sum.answer).toContain('5940');
  });

  it('这两个一共多少 after two items of one semicolon list adds them, never the list’s total', async () => {
    const [, , sum] = await converse(app, 'g32-list', ['示例州发改委2024年重大建设项目公开了多少条', '优化营商环境呢', '这两个一共多少']);
    expect(sum.kind).toBe('figure');
    expect(sum.answer).toContain('90');
  });

  it('办了多少 after 结转 reads the handling the clause after the semicolon prints', async () => {
    const [, , done] = await converse(app, 'g32-step', ['示例市住建委2024年收了多少件信息公开申请', '上年结转的呢', '办了多少']);
    expect(done.kind).toBe('figure');
    expect(values(done)).toContain(880);
  });

  it('占总数的比例 after a part listed after 其中 in the sentence after the total is its share of that total', async () => {
    const [, , share] = await converse(app, 'g32-share', ['示例市住建委2024年时政要闻发了多少', '政务新媒体的呢', '占总数的比例是多少']);
    expect(share.kind).toBe('figure');
    expect(share.answer).toContain('37.5%');
  });

  it('已回复依申请公开信息N条 on a page without table 三 answers how many applications were replied to', async () => {
    const answer = await app.ask('示例州发改委2024年回复了几条依申请公开');
    expect(answer.kind).toBe('figure');
    expect(values(answer)).toContain(6);
  });

  it('what the applications were about is the report’s sentence saying so', async () => {
    const about = await app.ask('兰山县信息公开申请主要是关于什么的');
    expect(about.kind).toBe('text');
    expect(about.answer).toContain('土地征收');
    const one = await app.ask('示例市林业和草原局25年那个申请问的是啥');
    expect(one.answer).toContain('古树名木');
  });

  it('a sentence of section 二 cut after its count is found; one channel of those it joins is not given the joint count', async () => {
    const all = await app.ask('示例经济开发区2020年公众号官网官博发了多少条');
    expect(all.kind).toBe('figure');
    expect(values(all)).toContain(950);
    const one = await app.ask('示例经济开发区2020年公众号发了多少条');
    expect(one.kind).toBe('refusal');
    expect(values(one)).not.toContain(950);
  });

  it('联系人 asked with no year comes from an earlier report when the latest prints none; 找谁联系 asks the person', async () => {
    const contacts = makeTestApp();
    try {
      const page = (year: number, contact: string) => `示例县交通运输局${year}年政府信息公开工作年度报告
一、总体情况
${year}年,收到政府信息公开申请2件。
六、其他需要报告的事项
本报告如有疑问,请与示例县交通运输局联系(地址:示例县府前路8号;电话:0000-7771234${contact})。`;
      await importTexts(contacts, [
        ['jt2021.txt', page(2021, ';联系人:张小林')],
        ['jt2023.txt', page(2023, '')],
      ]);
      const person = await contacts.ask('示例县交通运输局信息公开联系人是谁');
      expect(person.answer).toContain('张小林');
      expect(person.answer).toContain('2021');
      const whom = await contacts.ask('示例县交通运输局信息公开找谁联系');
      expect(whom.answer).toContain('张小林');
    } finally {
      contacts.dispose();
    }
  });
});
