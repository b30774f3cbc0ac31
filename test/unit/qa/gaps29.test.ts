/**
 * gaps29's classes (guide-questions gap lines), each on made-up guides.
 * 1. A school's short name with its office after it (济南十一中办公室几点下班): the office was read as another body of the
 *    region (济南|十一中办公室) and refused, though 济南十一中几点下班 reached the school's guide.
 * 2. A government's office asked its hours (潢川县政府办下午几点可以去) was read as another agency not stored, though its
 *    phone and 办公时间 reached the government's guide: hours are the office's contacts too.
 * 3. A district stored without its city (金林区人民政府) asked with the city before it and its office after it
 *    (伊春市金林区政府办公室电话): not found.
 * 4. The office a guide names as the disclosure work's supervisor (XX办公室是…政府信息公开工作的主管部门; 区政府办公室负责推进、
 *    指导、协调、监督…) was no field: 主管部门是哪个 got the general remedies, and 由哪个部门负责 of a guide with no accepting
 *    office got the general rules only.
 * 5. The ways of applying a guide says in passing: 邮件 inside a list (通过信函方式、传真、邮件等方式提交) was no channel; 当场提出申请
 *    and 可通过互联网、邮寄等方式提出 in sentences of no way's own item were no notes, so 能不能当场申请 got the reply time (当场答复)
 *    and 可以网上申请吗 the general rules; 寄到哪 of a guide with no address quoted its note on letters without saying no address
 *    is written; 有几种申请方式 of a page cut after two of the 4种 it announces gave two.
 * 6. A document wanted of a named agency (我想跟X要一份文件, read as 我想向X申请政府信息公开) asked nothing of its guide: it was
 *    answered as an unknown item of the agency's report, and the conversation's 可以自己上门吗 after it too.
 * 7. Sites named without an address in a sentence under no heading (公开网址为兰州市政府门户网站和兰州市教育局门户网站): not read,
 *    so 公开的信息在哪看 got 没有写明 and the general rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up school of a real city, named with its city inside its name. */
const SCHOOL =
  '山东省淄博第七中学信息公开指南\n一、受理机构\n受理机构:山东省淄博第七中学办公室\n办公地址:淄博市张店区某某路7号\n' +
  '办公时间:8:30-11:30,14:30-17:30(节假日除外)\n联系电话:0000-7777001\n';

/** A made-up county government whose office accepts applications. */
const COUNTY =
  '青禾县人民政府信息公开指南\n一、受理机构\n受理机构:青禾县人民政府办公室\n办公地址:青禾县府前街1号\n' +
  '办公时间:上午8:00至11:30,下午14:40至17:00\n联系电话:0000-3330001\n';

/** A made-up district stored without its city. */
const DISTRICT =
  '岭南区人民政府信息公开指南\n一、受理机构\n受理机构:岭南区人民政府办公室\n办公地址:岭南区政和路2号\n联系电话:0000-4440002\n';

/** A made-up bureau's guide that names its supervisor and no accepting office (a page cut before it). */
const BUREAU =
  '青禾县教育局政府信息公开指南\n一、政府信息公开主管部门和工作机构\n' +
  '青禾县教育局综合办公室是本局政府信息公开工作的主管部门,负责推进、指导本局政府信息公开工作。\n' +
  '二、主动公开\n主动公开的政府信息通过青禾县人民政府门户网站公开。\n';

/** A made-up town's guide where the county's office supervises and the town's own office handles the work. */
const TOWN =
  '白水镇政府信息公开指南\n一、政府信息公开主管部门和工作机构\n' +
  '青禾县人民政府办公室负责推进、指导、协调、监督本镇政府信息公开工作。白水镇党政综合办公室具体承办本机关的政府信息公开事宜。\n' +
  '二、依申请公开\n受理机构:白水镇党政综合办公室\n联系电话:0000-5550003\n';

describe('gaps29: an office named after an agency is the agency’s own', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['zibo7-guide.txt', SCHOOL],
      ['qinghe-guide.txt', COUNTY],
      ['lingnan-guide.txt', DISTRICT],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads a school’s short name with 办公室 after it as the school', async () => {
    for (const question of ['淄博七中办公室几点下班', '淄博七中办公室电话']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('山东省淄博第七中学');
      expect(answer.answer, question).toMatch(/17:30|0000-7777001/);
    }
  });

  it('answers the hours of a government’s office from the government’s guide', async () => {
    for (const question of ['青禾县政府办下午几点可以去交申请', '青禾县政府办公室几点上班']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('14:40');
    }
  });

  it('finds a district stored without its city when the city is written before it', async () => {
    const answer = await app.ask('东岭市岭南区政府办公室电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0000-4440002');
  });
});

describe('gaps29: the disclosure work’s supervisor', () => {
  it('reads the office named as supervisor, not the heading that names none', () => {
    expect(parseAgencyGuide(BUREAU).fields.supervisor).toContain('青禾县教育局综合办公室是本局政府信息公开工作的主管部门');
    expect(parseAgencyGuide(TOWN).fields.supervisor).toContain('青禾县人民政府办公室负责推进、指导、协调、监督');
    // A heading alone names no supervisor.
    expect(
      parseAgencyGuide('某某乡政府信息公开指南\n一、政府信息公开主管部门和工作机构\n受理机构:某某乡党政办公室\n联系电话:0000-1\n').fields
        .supervisor,
    ).toBeUndefined();
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-jyj-guide.txt', BUREAU],
      ['baishui-guide.txt', TOWN],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 主管部门是哪个 with the guide’s supervisor', async () => {
    const town = await app.ask('白水镇信息公开的主管部门是哪个');
    expect(town.kind).toBe('guide');
    expect(town.answer).toContain('青禾县人民政府办公室');
    const bureau = await app.ask('青禾县教育局谁主管信息公开');
    expect(bureau.answer).toContain('青禾县教育局综合办公室');
  });

  it('answers 由哪个部门负责 with the supervisor when no accepting office is written, saying so', async () => {
    const answer = await app.ask('青禾县教育局信息公开由哪个部门负责');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('青禾县教育局综合办公室');
    expect(answer.answer).toContain('没有写明受理机构');
    // With an accepting office the office answers, not the supervisor.
    const town = await app.ask('白水镇信息公开由哪个部门负责');
    expect(town.answer).toContain('白水镇党政综合办公室');
    expect(town.answer).not.toContain('主管部门');
  });
});

/** A made-up bureau's guide that names its ways of applying only in passing, with no address, cut after two of four ways. */
const WAYS =
  '青禾县水利局政府信息公开指南\n一、主动公开\n主动公开的政府信息通过青禾县人民政府门户网站公开。\n二、依申请公开\n' +
  '受理机构:青禾县水利局办公室\n联系电话:0000-6660004\n' +
  '申请人通过信函方式、传真、邮件等方式提交申请表的,请注明“信息公开申请”字样。\n' +
  '申请人也可通过互联网、邮寄等方式提出书面申请。\n申请人可以到受理机构处提交申请表,当场提出申请。\n' +
  '申请人可以通过以下4种方式提出申请:\n1.信函申请:请在信封上注明“政府信息公开申请”字样;\n2.传真申请:传真至0000-6660005;\n3.';

describe('gaps29: ways of applying said in passing', () => {
  it('reads 邮件 inside a list as e-mail, and the ways said in sentences as notes', () => {
    const { fields } = parseAgencyGuide(WAYS);
    expect(fields.channels).toContain('电子邮件');
    expect(fields.channel_notes?.some((note) => note.startsWith('网上') && note.includes('通过互联网'))).toBe(true);
    expect(fields.ways_announced).toContain('4种方式');
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qinghe-slj-guide.txt', WAYS]]);
  });
  afterAll(() => app.dispose());

  it('answers each way asked from the guide’s own words', async () => {
    const email = await app.ask('青禾县水利局能发邮件申请吗');
    expect(email.kind).toBe('guide');
    expect(email.answer).toContain('电子邮件');
    const spot = await app.ask('青禾县水利局能不能当场申请');
    expect(spot.answer).toContain('当场提出申请');
    expect(spot.answer).not.toContain('20个工作日');
    const online = await app.ask('青禾县水利局可以网上申请吗');
    expect(online.answer).toContain('通过互联网');
    expect(online.answer).toContain('没有写明网上申请地址');
    const count = await app.ask('青禾县水利局有几种申请方式');
    expect(count.answer).toContain('4种方式');
  });

  it('says no address is written when asked where a letter is sent', async () => {
    const answer = await app.ask('青禾县水利局申请信寄到哪');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('没有写明办公地址');
  });
});

describe('gaps29: a document wanted of a named agency', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['qinghe-guide.txt', COUNTY]]);
  });
  afterAll(() => app.dispose());

  it('answers where and how to apply from the agency’s guide, and the conversation goes on about it', async () => {
    const [first, second] = await converse(app, 'gaps29-doc', ['我想跟青禾县人民政府要一份文件', '可以自己上门吗']);
    expect(first.kind).toBe('guide');
    expect(first.answer).toContain('青禾县府前街1号');
    expect(second.kind).toBe('guide');
    expect(second.answer).toContain('青禾县府前街1号');
  });
});

describe('gaps29: sites named in a sentence, no address', () => {
  /** A made-up bureau's guide with no heading over how it publishes. */
  const SITES =
    '青禾县文旅局信息公开指南\n本局主动公开的信息范围参见《目录》。\n对于主动公开的政府信息,主要采取网上公开的形式。' +
    '公开网址为青禾县政府门户网站和青禾县文旅局门户网站。\n受理机构:青禾县文旅局办公室\n联系电话:0000-7770007\n';

  it('reads the sentence as the ways of publishing, and names the sites when asked where to read', async () => {
    expect(parseAgencyGuide(SITES).fields.proactive_channels).toContain('青禾县文旅局门户网站');
    const app = makeTestApp();
    try {
      await importTexts(app, [['qinghe-wlj-guide.txt', SITES]]);
      const answer = await app.ask('青禾县文旅局公开的信息在哪看');
      expect(answer.kind).toBe('guide');
      expect(answer.answer).toContain('青禾县政府门户网站、青禾县文旅局门户网站');
      expect(answer.answer).not.toContain('按一般规定');
    } finally {
      app.dispose();
    }
  });
});
