/**
 * gaps31's classes (guide-questions gap lines), each on made-up guides.
 * 1. Going to a body before its name (去X医院查目录找哪个部门, 到X局申请信息公开): 去/到 was read as part of the name, so the
 *    body was not found (the off-topic reply, or an unknown agency refused). 去年, 到期, 去哪 stay as they were.
 * 2. Where the catalogue itself may be read, in the guide's words (可以在…网站…栏目上查询《目录》, 可以在门户网站上查阅该目录,
 *    也可到…办公室查询) was no field: 目录在哪查 got the site and reading places or the general rule on guides and catalogues.
 * 3. Another kind of applicant named alone right after the papers were asked (要带什么材料 → 公司呢, 那企业的呢) was not
 *    understood (the off-topic reply): it asks the papers that applicant sends.
 * 4. Two sites each labelled 网址 in the list of ways of publishing (1.…市政府门户网站。网址:… 2.…局网站。网址:…): the first
 *    was kept, though the second is named by the agency's own name.
 * 5. A former name printed in brackets under the title (平阴县玫瑰小学(原平阴县玫瑰学校)) was not kept as another name of the
 *    body, so a question by that name was refused.
 * 6. A 受理机构 label naming only the agency itself (雄关街道办事处, its city left off) under a sentence naming the office that
 *    takes applications (雄关街道综合办公室负责受理…申请): the label was kept alone, so 哪个办公室受理 got the agency's own
 *    name. The label stays; the sentence's office is a field beside it (负责受理的科室).
 * 7. Numbered accepting places ((1)…受理服务中心;… (2)…行政服务中心; 办公地址:…; 联系电话:…): only the first was kept, so
 *    除了受理中心还能去哪申请 never reached the second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up hospital with its other name in its title, the catalogue read on its site or at its office. */
const HOSPITAL =
  '青禾大学附属临床医学院(青禾医院)信息公开指南\n一、主动公开\n' +
  '本院主动公开的信息范围见《青禾大学附属临床医学院信息公开目录》。公民、法人和其他组织可以在本院门户网站(网址:http://www.qinghe-hospital.example/)上查阅该目录,' +
  '也可到本院信息公开办公室(青禾市杏林路9号行政楼201室)查询。\n' +
  '二、依申请公开\n受理机构:青禾大学附属临床医学院信息公开办公室\n联系电话:0000-6660001\n';

/** A made-up county bureau whose catalogue is read on the city's site. */
const BUREAU =
  '岭北县林业局信息公开指南\n一、公开范围。本局主动公开的信息范围参见本局编制的《岭北县林业局信息公开目录》(以下简称《目录》)。' +
  '公民、法人和其他组织可以在青禾市政府信息公开网站岭北县政府栏目上查询《目录》。\n' +
  '二、公开形式。本局主要采取网上公开和在受理点公开两种形式;本局受理点:岭北县政务中心3楼;联系电话:0000-7770002\n' +
  '三、依申请公开\n受理机构:岭北县林业局办公室\n办公地址:岭北县政务中心3楼\n' +
  '申请人为公民的,应当提交本人身份证复印件;申请人为法人或者其他组织的,应当提交营业执照副本复印件。\n';

describe('gaps31: going to a body, and where its catalogue is read', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-hospital-guide.txt', HOSPITAL],
      ['lingbei-forestry-guide.txt', BUREAU],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 去/到 before a body’s name as going there', async () => {
    for (const question of [
      '去岭北县林业局申请信息公开找谁',
      '到岭北县林业局申请信息公开找哪个部门',
      '我要去青禾医院申请信息公开找哪个部门',
    ]) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toMatch(/岭北县林业局办公室|信息公开办公室/);
    }
  });

  it('keeps 去哪 and 到期 as they were', async () => {
    const where = await app.ask('去哪申请信息公开');
    expect(where.answer).toContain('申请');
    const late = await app.ask('到期了还不答复怎么办');
    expect(late.answer).toMatch(/投诉|复议|诉讼/);
  });

  it('stores where the catalogue is read, in the guide’s words', () => {
    const bureau = parseAgencyGuide(BUREAU);
    expect(bureau?.fields.catalogue_reading).toContain('青禾市政府信息公开网站岭北县政府栏目');
    const hospital = parseAgencyGuide(HOSPITAL);
    expect(hospital?.fields.catalogue_reading).toContain('门户网站');
  });

  it('answers where the catalogue is read from those words', async () => {
    for (const [question, words] of [
      ['岭北县林业局的信息公开目录在哪查', '青禾市政府信息公开网站'],
      ['去青禾医院查信息公开目录找哪个部门', '信息公开办公室'],
      ['青禾医院信息公开目录在哪看', '门户网站'],
    ] as const) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(words);
      expect(answer.answer, question).not.toContain('每个行政机关都要编制');
    }
  });

  it('asks the papers of another kind of applicant named alone after the papers', async () => {
    const [, papers, company, person] = await converse(app, 'gaps31-papers', [
      '岭北县林业局信息公开找哪个部门',
      '那要带什么材料',
      '公司呢',
      '那个人的呢',
    ]);
    expect(papers.answer).toContain('身份证复印件');
    for (const answer of [company, person]) {
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('营业执照');
    }
    // Said alone with nothing asked of papers before, 公司呢 is no question of papers.
    const [, alone] = await converse(app, 'gaps31-alone', ['岭北县林业局电话', '公司呢']);
    expect(alone.answer).not.toContain('营业执照');
  });

  it('keeps the site named by the agency’s own name among sites each labelled 网址', () => {
    const guide = parseAgencyGuide(
      '青禾市林业局政府信息公开指南\n二、主动公开\n(二)公开形式主要通过以下方式公开:\n' +
        '1.青禾市政府门户网站。网址:http://www.qinghe-city.example\n2.青禾市林业局网站。网址:http://www.qhly.example\n' +
        '3.报刊、广播、电视等媒体。\n三、依申请公开\n受理机构:青禾市林业局办公室\n',
    );
    expect(guide.fields.website).toContain('qhly.example');
    // A portal alone stays the site.
    const portalOnly = parseAgencyGuide(
      '青禾市林业局政府信息公开指南\n二、主动公开\n1.青禾市政府门户网站。网址:http://www.qinghe-city.example\n',
    );
    expect(portalOnly.fields.website).toContain('qinghe-city.example');
  });

  it('keeps a former name in brackets after the agency’s name as another name of it', async () => {
    const text =
      '岭北县杏花小学信息公开指南\n岭北县杏花小学(原岭北县杏花学校)\n2025-05-06\n' +
      '一、受理机构\n受理机构:岭北县杏花小学办公室\n联系电话:0000-8880003\n';
    expect(parseAgencyGuide(text).formerName).toBe('岭北县杏花学校');
    // 原质监局 after another body's name is no former name of the guide's agency.
    expect(parseAgencyGuide(BUREAU).formerName).toBeUndefined();
    const school = makeTestApp();
    try {
      await importTexts(school, [['xinghua-guide.txt', text]]);
      const answer = await school.ask('岭北县杏花学校信息公开电话');
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('0000-8880003');
    } finally {
      school.dispose();
    }
  });

  it('keeps the office a sentence names beside a label naming only the agency itself', () => {
    const guide = parseAgencyGuide(
      '青禾市白沙街道办事处信息公开指南\n三、依申请公开\n' +
        '(一)申请受理:白沙街道综合办公室负责受理公民、法人或者其他组织向本机关提出的政府信息公开申请。\n' +
        '受理机构:白沙街道办事处\n办公地址:青禾市白沙路1号\n联系电话:0000-9990004\n',
    );
    expect(guide.fields.accepting_office).toBe('白沙街道办事处');
    expect(guide.fields.accepting_unit).toBe('白沙街道综合办公室');
    // A label naming an office of its own stays.
    const labelled = parseAgencyGuide(
      '青禾市白沙街道办事处信息公开指南\n三、依申请公开\n' +
        '(一)申请受理:白沙街道综合办公室负责受理政府信息公开申请。\n受理机构:白沙街道党政办公室\n',
    );
    expect(labelled.fields.accepting_office).toBe('白沙街道党政办公室');
    expect(labelled.fields.accepting_unit).toBeUndefined();
  });

  it('keeps the second of numbered accepting places with its address and phone', async () => {
    const text =
      '青禾市红桥街道办事处政府信息公开指南\n二、依申请公开\n1、受理申请机构\n(1)青禾市红桥街道社区事务受理服务中心;\n' +
      '办公地址:红桥路18号一楼;\n受理机构联系电话:0000-1110005\n(2)青禾市行政服务中心;\n办公地址:民生路5号一楼\n' +
      '联系电话:0000-1110006\n2、申请的提出\n申请人可以当面提出申请。\n';
    const guide = parseAgencyGuide(text);
    expect(guide.fields.accepting_office).toBe('青禾市红桥街道社区事务受理服务中心');
    expect(guide.fields.second_accepting).toContain('青禾市行政服务中心');
    expect(guide.fields.second_accepting).toContain('0000-1110006');
    const street = makeTestApp();
    try {
      await importTexts(street, [['hongqiao-guide.txt', text]]);
      const answer = await street.ask('红桥街道除了受理中心还能去哪申请');
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('民生路5号');
    } finally {
      street.dispose();
    }
  });
});
