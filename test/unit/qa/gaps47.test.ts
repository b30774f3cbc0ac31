/**
 * gaps47's classes (guide-questions-35's and -38's gap lines): 能打电话咨询吗 answered with the guide's own words that one may ask
 * by phone (申请人可以通过电话咨询相应的服务业务; 学校通过电话方式接受口头信息公开咨询), then the phone — not the phone alone; a scope
 * item naming the 咨询电话 among what is published says no such thing. 公开信息前会审查吗 answered with the guide's sentence on the
 * review before publishing (对拟公开的政府信息进行审查). 投诉电话 of a guide naming a hotline by its number among its complaint
 * channels (12398能源监管热线等投诉渠道): that hotline. A university's report of a school year (2023-2024学年, 统计起止时间为
 * 2023年9月1日至2024年8月31日) is read as the year the school year ends in, and a title 濮阳科技大学2024—2025学年信息公开年度报告
 * names 濮阳科技大学 (大学 ends an agency's name; a 老年大学 does not), refused for its region as any name with no place's level is;
 * 统计到哪天 of such a report says it counts a school year, never 1月1日至12月31日. Made-up guides and reports of made-up bodies.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { isAgencyName } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';
import { importTexts, makeTestApp } from '../../helpers.js';

/** A made-up bureau: takes no applications by phone, but questions by phone. */
const HEQIAO_SWJ =
  '河桥市水务局政府信息公开指南\n一、主动公开\n(一)公开范围\n1.机构职能;\n2.信息公开咨询电话号码、接受电话咨询的时间等信息公开咨询指南。\n' +
  '二、依申请公开\n(一)受理机构\n河桥市水务局办公室\n联系电话:0000-4440001\n' +
  '(二)申请方式\n本局不直接受理通过电话方式提出的申请,但申请人可以通过电话咨询相应的服务业务。\n' +
  '三、其他\n本局在公开政府信息前,依照有关规定对拟公开的政府信息进行保密审查。\n';

/** A made-up school printed on one line: its contacts run into the sentence on asking by phone. */
const BAISHA_XX =
  '白沙县实验小学信息公开指南 一、主动公开范围 (一)学校概况; (二)信息公开咨询电话号码、接受电话咨询的时间等信息公开咨询指南。 ' +
  '二、信息公开工作机构 学校接受信息公开咨询的电话号码是:0000-5550002; 接受咨询的时间是:上午8:00-11:30 接受书面咨询的通讯地址:白沙县学府路1号 ' +
  '三、学校应当通过电话方式接受口头信息公开咨询,能够当场答复的当场予以答复。\n';

/** A made-up bureau whose guide says nothing of asking by phone, nor of a review. */
const SHIQIAO_JTJ =
  '石桥县交通运输局政府信息公开指南\n一、依申请公开\n受理机构:石桥县交通运输局办公室\n联系电话:0000-6660003\n' +
  '申请人可以通过当面、邮寄等方式提出申请。\n';

describe('gaps47: asking by phone and the review before publishing, in the guide words', () => {
  it('reads the sentence on asking by phone, not a scope item naming the phone', () => {
    expect(parseAgencyGuide(HEQIAO_SWJ).fields.phone_consult).toBe('申请人可以通过电话咨询相应的服务业务');
    expect(parseAgencyGuide(BAISHA_XX).fields.phone_consult).toBe('学校应当通过电话方式接受口头信息公开咨询');
    expect(parseAgencyGuide(SHIQIAO_JTJ).fields.phone_consult).toBeUndefined();
    // Only the scope item (接受电话咨询的时间): nothing said of asking by phone.
    const scopeOnly = HEQIAO_SWJ.replace('但申请人可以通过电话咨询相应的服务业务', '请当面提交');
    expect(parseAgencyGuide(scopeOnly).fields.phone_consult).toBeUndefined();
    expect(parseAgencyGuide(HEQIAO_SWJ).fields.prepublication_review).toContain('对拟公开的政府信息进行保密审查');
    expect(parseAgencyGuide(SHIQIAO_JTJ).fields.prepublication_review).toBeUndefined();
  });

  it('answers 能打电话咨询吗 and 公开前会审查吗 from the guide, the phone as before where it says nothing', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['heqiao-swj-guide.txt', HEQIAO_SWJ],
      ['baisha-xx-guide.txt', BAISHA_XX],
      ['shiqiao-jtj-guide.txt', SHIQIAO_JTJ],
    ]);
    const asked: Array<[string, string[]]> = [
      ['河桥市水务局可以打电话咨询吗', ['通过电话咨询', '0000-4440001']],
      ['白沙县实验小学能打电话咨询吗', ['口头', '0000-5550002']],
      ['河桥市水务局公开信息前会审查吗', ['保密审查']],
      ['河桥市水务局发布前有保密审查吗', ['保密审查']],
    ];
    for (const [question, words] of asked) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      for (const word of words) expect(answer.answer, question).toContain(word);
    }
    // The one-line page's contacts are not quoted as the words on asking by phone.
    expect((await app.ask('白沙县实验小学能打电话咨询吗')).answer).not.toContain('学府路');
    // A guide that says nothing of it: its phone, as before, and no words made up.
    const silent = await app.ask('石桥县交通运输局能打电话咨询吗');
    expect(silent.answer).toContain('0000-6660003');
    expect(silent.answer).not.toContain('电话咨询：');
    // 周末能打电话咨询吗 asks the hours, not whether one may.
    expect((await app.ask('河桥市水务局周末能打电话咨询吗')).answer).not.toContain('电话咨询：');
    // 咨询电话多少 still asks the number.
    expect((await app.ask('河桥市水务局咨询电话多少')).answer).toContain('0000-4440001');
    app.dispose();
  });
});

describe('gaps47: a hotline named among the ways to complain', () => {
  /** A made-up power company: no phone labelled for complaints, a hotline named by its number among the complaint channels. */
  const QINGHE_GD =
    '青禾县供电公司信息公开指南\n一、公开内容\n7.便民服务。包括供电服务承诺以及供电服务热线、12345政务热线等投诉渠道。\n' +
    '二、信息公开方式\n受理机构:青禾县供电公司办公室\n联系电话:0000-7770004\n';

  it('投诉电话 is answered with that hotline, not 没有写明', async () => {
    expect(parseAgencyGuide(QINGHE_GD).fields.supervision_phone).toBe('12345政务热线');
    // A hotline named outside any complaint channel is no complaint phone.
    expect(parseAgencyGuide(QINGHE_GD.replace('等投诉渠道', '等服务渠道')).fields.supervision_phone).toBeUndefined();
    const app = makeTestApp();
    await importTexts(app, [['qinghe-gd-guide.txt', QINGHE_GD]]);
    const answer = await app.ask('青禾县供电公司投诉电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('12345政务热线');
    app.dispose();
  });
});

describe("gaps47: a university's report of a school year", () => {
  const body = [
    '一、总体情况',
    '学校按照《高等学校信息公开办法》(教育部令第29号)做好信息公开工作。',
    '二、主动公开政府信息情况',
    '学校主动公开信息45条。',
    '三、收到和处理政府信息公开申请情况',
    '学校收到信息公开申请3件。',
  ];

  it('a 学年 title names the university and the year the school year ends in', () => {
    const text = ['濮阳科技大学2024—2025学年信息公开年度报告', ...body].join('\n');
    // A university's name without a place's level is refused for its region, as any such name: by its own name, never another
    // body the text names (教育部令第29号).
    expect(() => parseReport(text)).toThrow(/“濮阳科技大学”没有写明所属地区/);
    expect(parseReport(text, { agency: '河南省濮阳科技大学' }).report.year).toBe(2025);
  });

  it('a page naming no year but its school year is read as the year it ends in', () => {
    const text = [
      '2023-2024学年,学校深入贯彻《高等学校信息公开办法》。本报告中所列数据的统计起止时间为2023年9月1日至2024年8月31日。',
      ...body,
    ].join('\n');
    expect(parseReport(text, { agency: '濮阳师范大学' }).report.year).toBe(2024);
    // Two years that are no school year (2019-2024) give none.
    expect(() =>
      parseReport(text.replaceAll('2023-2024学年', '2019-2024学年').replace(/统计起止时间[^。]*。/, ''), { agency: '濮阳师范大学' }),
    ).toThrow(/--year/);
  });

  it("the period of a school year's report is not stated as a calendar year", async () => {
    const app = makeTestApp();
    const school = [
      '濮阳市职业技术学院2023-2024学年信息公开工作年度报告',
      '一、总体情况',
      '2023-2024学年,学校按照《高等学校信息公开办法》做好信息公开工作。',
      '二、主动公开政府信息情况',
      '学校主动公开信息45条。',
      '三、收到和处理政府信息公开申请情况',
      '学校收到信息公开申请3件。',
    ].join('\n');
    await importTexts(app, [['puyang-zyjs.txt', school]]);
    const answer = await app.ask('濮阳市职业技术学院信息公开年报统计到哪天');
    expect(answer.answer).toContain('2023-2024学年');
    expect(answer.answer).not.toContain('统计期限是2024年1月1日');
    app.dispose();
  });

  it('大学 ends an agency name; a 老年大学 does not', () => {
    expect(isAgencyName('河东大学')).toBe(true);
    expect(isAgencyName('河东县老年大学')).toBe(false);
  });
});
