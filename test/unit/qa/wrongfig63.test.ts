/**
 * wrongfig63's classes, on made-up pages cut after their overview: one thing counted at several levels in one sentence
 * (政协委员提案27件,市政协提案3件; 全国政协提案5件、省政协委员提案40件) is answered with the item of the level the question names,
 * or of none (the agency's own) where it names none; where the sentence prints no item of that level, nothing is stated.
 * A count of two things joined (86件人大代表建议和政协提案) is no count of one of them asked alone: nothing is stated; asked
 * together it stands, and acts joined (收到和处理依申请公开12件) are no things. A rate of handling is worked out where the
 * public's verb of applying leaves 申请 unsaid (提交政府信息公开120件,已依法办结114件); a part's share of the whole printed right
 * before 其中 (主动公开各类信息400条,其中政务微信300条) is worked out from both, and says both. An outcome said right after the
 * count of applications (答复申请2件,为部分公开) is that count's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, sentence: string) =>
  [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况', '(一)主动公开情况', sentence].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig63 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'wenjiang.txt',
        page('成都市温江区人民政府', 2024, '主动公开本级人大代表议案建议18件,政协委员提案27件,市人大建议2件,市政协提案3件。'),
      ],
      [
        'gansu.txt',
        page('甘肃省人民政府办公厅', 2024, '办理全国人大代表建议4件、全国政协提案5件,办理省人大代表建议310件、省政协委员提案40件。'),
      ],
      ['pixian.txt', page('郫都区人民政府', 2024, '区政府网站主动公开信息912条,公开市政协提案办理结果3件。')],
      [
        'luquan.txt',
        page('石家庄市鹿泉区人民政府', 2023, '全年充分利用区政府门户网站,及时将86件人大代表建议和政协提案办理工作情况向社会公示。'),
      ],
      [
        'lintong.txt',
        page(
          '西安市临潼区人民政府',
          2024,
          '2024年公众通过邮递、网站、现场申请等途径向区政府提交政府信息公开120件,已依法办结114件,结转下年度继续办理6件。',
        ),
      ],
      [
        'jingjiang.txt',
        page('靖江市新桥镇', 2023, '年内我镇通过多种渠道主动公开各类信息400条,其中政务微信公开信息数300条,实现线上、线下同步公开。'),
      ],
      [
        'yuexiu.txt',
        page(
          '广州市越秀区北京街道办事处',
          2022,
          '2022年,我街共受理政府信息公开申请2件;答复政府信息公开申请2件,为部分公开,在法定期限内予以答复。',
        ),
      ],
      ['fuyang.txt', page('杭州市富阳区银湖街道', 2023, '本年度共收到和处理依申请公开12件(其中依申请公开10条,重复申请2条)。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('a thing asked with no level is the agency’s own, not the city’s printed after it', async () => {
    const own = await app.ask('温江区2024年政协提案公开了多少件');
    expect(values(own), own.answer).toEqual([27]);
    const deputies = await app.ask('温江区2024年公开了几件人大代表建议');
    expect(values(deputies), deputies.answer).toEqual([18]);
  });

  it('a level named before the thing picks that level’s item', async () => {
    const province = await app.ask('甘肃省人民政府办公厅2024年办了多少件省政协提案');
    expect(values(province), province.answer).toEqual([40]);
    const national = await app.ask('甘肃省人民政府办公厅2024年办了多少件全国政协提案');
    expect(values(national), national.answer).toEqual([5]);
  });

  it('a level the sentence does not print is not answered with another level’s count', async () => {
    const other = await app.ask('郫都区2024年公开了几件省政协提案');
    expect(values(other), other.answer).not.toContain(3);
  });

  it('a count of two things joined is not one of them’s count', async () => {
    const one = await app.ask('鹿泉区2023年政协提案多少件');
    expect(values(one), one.answer).not.toContain(86);
    const both = await app.ask('鹿泉区2023年人大代表建议和政协提案一共多少件');
    expect(values(both), both.answer).toEqual([86]);
    const acts = await app.ask('银湖街道2023年收到多少件依申请公开');
    expect(values(acts), acts.answer).toEqual([12]);
  });

  it('a rate of handling is worked out from 提交政府信息公开 and 办结 of one sentence', async () => {
    const rate = await app.ask('临潼区2024年依申请的办结率是多少');
    expect(values(rate), rate.answer).toEqual(expect.arrayContaining([114, 120]));
    expect(rate.answer).toContain('95%');
  });

  it('a part’s share of the whole printed before 其中 is worked out, both stated', async () => {
    const share = await app.ask('新桥镇2023年政务微信公开的占总共的多少');
    expect(values(share), share.answer).toEqual(expect.arrayContaining([300, 400]));
    expect(share.answer).toContain('75%');
  });

  it('an outcome said right after a count of applications is that count’s', async () => {
    const partly = await app.ask('越秀区北京街道2022年部分公开几件');
    expect(values(partly), partly.answer).toEqual([2]);
  });
});
