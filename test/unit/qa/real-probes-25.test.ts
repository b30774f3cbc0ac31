/**
 * Lead probes of the twenty-fifth session, on made-up reports in a real SQLite store.
 * - 申请被拒了几个 / 有没有申请被拒绝的 / 有没有拒绝公开的 / 有没有申请没给公开的: applications refused are table 三's 不予公开 (驳回, a review's outcome, stays unstated).
 *   Asked so, the count answered was 本年新收申请 (a wrong figure), or 有 read from a sentence on a 行政复议 驳回.
 * - 申请里面有没有不予公开的, of a page cut before table 三: 有 was read from 规范高效做好依申请公开工作 (a sentence naming no
 *   refusal); the page's lack is said instead. 有人申请信息公开吗 of a page cut so says the part is missing too.
 * - 有人告他们吗 against 无因政府信息产生行政复议,提起行政诉讼情况发生: one 无 … 情况发生 frames both things; the second clause was
 *   read as a 有.
 * - 审批局有没有被告过 / 残联有没有被复议过 after a question of 平潭…行政审批局 / 长春市残疾人联合会: the remembered agency's own
 *   kind opening a follow-up is a pronoun for it (审批 was read as 行政许可; 被复议过 got the rules on how to appeal).
 * - 审计局哪家公开得最多 / 哪个镇被申请得最多: a ranking asked with the verb alone (off-topic before).
 * - X23年公开了多少 / X公开了多少 (no noun, no measure): the items published; it got whatever sentence held 公开 and a count
 *   (其他应主动公开的政府信息24条, 予以公开及部分公开6件, 无依申请公开事项 → 没有，0件).
 * - 网站叫啥 against 加强门户网站集约化建设 / 有效提升了网站信息质量: a verb phrase before 网站 is no site's name (it said
 *   网站：“加强”). 有啥问题 of a page cut right after section 五's heading (its text 20): the page is cut, not “20”.
 * - 有公众号吗 against 除政府网站外,单位未建立其政务新媒体: no account of any kind, 公众号 being one (其 stood between).
 * - 信息公开找哪个科室 of a guide naming its office only in the in-person item (申请人可以到X局办公室…当面提交): that office
 *   (it said the guide names no office).
 * - 24年比23年多了几件 after a count of one year: the remembered figure of both years and the change (it looked for the
 *   noun 比多 in the prose).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

function report(agency: string, year: number, sentence: string): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    sentence,
    '',
  ].join('\n');
}

/** The sample report with 5 applications received: 3 granted, 2 refused as 行政查询事项. */
function withRefusals(agency: string, place: string): string {
  const row = (values: number[]) => values.join('\t');
  return xigongAs(agency, place, '全年主动公开政府信息120条。', '全年收到政府信息公开申请5件。', 2023)
    .replace(/(一、本年新收政府信息公开申请数量\t\t)[0\t]+/, `$1${row([5, 0, 0, 0, 0, 0, 5])}\t\n`)
    .replace(/(\(一\) 予以公开\t)[0\t]+/, `$1${row([3, 0, 0, 0, 0, 0, 3])}\t\n`)
    .replace(/(8\. 属于行政查询事项\t)[0\t]+/, `$1${row([2, 0, 0, 0, 0, 0, 2])}\n`)
    .replace(/(\(七\) 总计\t\t)[0\t]+/, `$1${row([5, 0, 0, 0, 0, 0, 5])}\t\n`)
    .replace(/（三）[^\n]*行政复议[^\n]*/, '因依申请公开引发行政复议1起，被驳回行政复议申请。');
}

describe('applications refused asked in everyday words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['refused.txt', withRefusals('澴川区审批局', '澴川区')]]);
  });
  afterAll(() => app.dispose());

  it('reads the stored table as made', async () => {
    const answer = (await app.ask('澴川区审批局2023年不予公开的申请几个', 'made')).answer;
    expect(answer).toMatch(/不予公开.{0,3}共2件/);
  });

  it('answers a count of applications refused with 不予公开, never the applications received', async () => {
    for (const question of ['澴川区审批局23年申请被拒了几个', '澴川区审批局2023年被拒绝的申请有多少']) {
      const answer = (await app.ask(question, `count-${question}`)).answer;
      expect(answer, question).toMatch(/不予公开.{0,3}共2件/);
      expect(answer, question).not.toContain('5件');
    }
  });

  it('answers whether any was refused from 不予公开', async () => {
    for (const question of [
      '澴川区审批局23年有没有申请被拒绝的',
      '澴川区审批局23年有没有拒绝公开的',
      '澴川区审批局23年有没有申请没给公开的',
      '澴川区审批局23年有申请被拒吗',
    ]) {
      const answer = (await app.ask(question, `yes-${question}`)).answer;
      expect(answer, question).toMatch(/^有。[^\n]*不予公开.{0,3}共2件/);
    }
  });
});

describe('a yes/no of table 三 on a page cut before it', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['cut.txt', report('澴川市审计局', 2024, '2024年,澴川市审计局依照政府公开要求,规范高效做好依申请公开工作,本年度')],
    ]);
  });
  afterAll(() => app.dispose());

  it('says the page lacks table 三 instead of 有 from a sentence naming no refusal', async () => {
    const answer = (await app.ask('澴川市审计局的申请里面有没有不予公开的', 'cut-withheld')).answer;
    expect(answer).not.toMatch(/^有/);
    expect(answer).toContain('不完整');
  });

  it('says the part on applications is missing when asked whether anyone applied', async () => {
    const answer = (await app.ask('澴川市审计局有人申请信息公开吗', 'cut-received')).answer;
    expect(answer).not.toMatch(/^有/);
    expect(answer).toContain('不完整');
  });
});

describe('a negation framing two clauses across a comma', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['framed.txt', report('澴川县林业局', 2024, '全年主动公开政府信息88条。无因政府信息产生行政复议,提起行政诉讼情况发生。')],
      ['open.txt', report('澴川县水利局', 2024, '全年主动公开政府信息66条。无行政复议情况发生,提起行政诉讼1起。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers no for the second thing the negation frames, quoting both clauses', async () => {
    const answer = (await app.ask('澴川县林业局有人告他们吗', 'framed-suit')).answer;
    expect(answer).toMatch(/^没有/);
    expect(answer).toContain('无因政府信息产生行政复议,提起行政诉讼情况发生');
    expect((await app.ask('澴川县林业局有没有行政复议', 'framed-review')).answer).toMatch(/^没有/);
  });

  it('keeps a yes where the first clause closes its own negation', async () => {
    const answer = (await app.ask('澴川县水利局有人告他们吗', 'open-suit')).answer;
    expect(answer).toMatch(/^有/);
  });
});

describe('the remembered agency named by its own kind', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', withRefusals('澴川区行政审批局', '澴川区')],
      ['b.txt', report('澴川市残疾人联合会', 2024, '全年主动公开政府信息40条。')],
      ['c.txt', report('汉水市残疾人联合会', 2024, '全年主动公开政府信息50条。')],
      ['d.txt', report('澴川市审计局', 2024, '全年主动公开政府信息120条。')],
      ['e.txt', report('汉水市审计局', 2024, '全年主动公开政府信息30条。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('reads 审批局 in a follow-up as the agency asked about, not 审批 as 行政许可', async () => {
    const user = 'kind-licensing';
    await app.ask('澴川区行政审批局2023年主动公开了多少', user);
    const answer = (await app.ask('审批局有没有被复议过', user)).answer;
    expect(answer).toContain('行政复议');
    expect(answer).not.toContain('行政许可');
    expect(answer).not.toContain('可以：1.');
  });

  it('answers 残联 with the remembered one, not a question of which', async () => {
    const user = 'kind-disabled';
    await app.ask('澴川残联公开了多少条', user);
    const answer = (await app.ask('残联公开了多少条', user)).answer;
    expect(answer).toContain('澴川市残疾人联合会');
    expect(answer).toContain('40条');
  });

  it('keeps a ranking across the kind a ranking', async () => {
    const user = 'kind-rank';
    await app.ask('澴川市审计局公开了多少条', user);
    const answer = (await app.ask('审计局哪家公开得最多', user)).answer;
    expect(answer).toMatch(/最多的是澴川市审计局/);
    expect(answer).toContain('汉水市审计局');
  });

  it('ranks what was published when asked with the verb alone', async () => {
    for (const question of ['哪个审计局发得最多', '公开得最少的审计局是哪个']) {
      const answer = (await app.ask(question, `rank-${question}`)).answer;
      expect(answer, question).toMatch(/最(?:多|少)的是(?:澴川|汉水)市审计局/);
    }
  });
});

describe('publishing asked with no noun or measure', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'a.txt',
        report(
          '澴川县审批局',
          2023,
          '2023年，主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条。其他应主动公开的政府信息24条。全年共受理依申请公开12件,予以公开及部分公开的有6件。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the items published, not another sentence with 公开 and a count', async () => {
    for (const question of ['澴川县审批局23年公开了多少', '澴川县审批局公开了多少', '澴川县审批局去年一共公开了几']) {
      const answer = (await app.ask(question, `bare-${question}`)).answer;
      expect(answer, question).toContain('312条');
      expect(answer.split('\n')[0], question).not.toMatch(/24条|6件/);
    }
  });
});

describe('two years compared as a follow-up', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a23.txt', withRefusals('澴川区审批局', '澴川区')],
      [
        'a24.txt',
        withRefusals('澴川区审批局', '澴川区')
          .replaceAll('2023', '2024')
          .replace(/(一、本年新收政府信息公开申请数量\t\t)[^\n]+/, '$128\t0\t0\t0\t0\t0\t28\t'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers by how much the remembered figure changed between the two years', async () => {
    const user = 'years-compared';
    expect((await app.ask('澴川区审批局23年收到几件申请', user)).answer).toContain('5件');
    const answer = (await app.ask('24年比23年多了几件', user)).answer;
    expect(answer).toContain('增加23件');
  });
});

describe('a website named by a phrase, and a section cut after its heading', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'a.txt',
        [
          '澴川镇2025年政府信息公开工作年度报告',
          '一、总体情况',
          '推动信息化技术与政务服务深度融合,加强门户网站集约化建设。按时更新网站信息动态,共删除1215条,有效提升了网站信息质量。2025年公开政务信息91条。',
          '五、存在的主要问题及改进情况',
          '20',
          '',
        ].join('\n'),
      ],
      ['b.txt', report('汉水镇', 2025, '通过汉水镇门户网站主动公开政府信息40条。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('says the site’s name is not stated instead of a verb before 网站', async () => {
    const user = 'site';
    await app.ask('澴川镇25年公开了多少条', user);
    const answer = (await app.ask('他们网站叫啥', user)).answer;
    expect(answer).not.toMatch(/“(?:加强|有效提升了)”/);
    expect(answer).toContain('没有写明');
  });

  it('still reads a site’s bare name that is a body’s', async () => {
    const user = 'site-named';
    await app.ask('汉水镇25年公开了多少条', user);
    expect((await app.ask('他们网站叫啥', user)).answer).toContain('“汉水镇”');
  });

  it('says a section cut after its heading is missing', async () => {
    const answer = (await app.ask('澴川镇有啥问题', 'cut-five')).answer;
    expect(answer).toContain('不完整');
    expect(answer).not.toMatch(/：20/);
  });
});

describe('a zone named by its alias, then a joiner and another agency by its shortened name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', report('澴川高新技术产业开发区管理委员会', 2024, '2024年主动公开政府信息455条。')],
      ['b.txt', report('汉水东湖新技术开发区发展改革局', 2024, '2024年主动公开政府信息39条。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('compares the zone with the other agency, not the other agency alone', async () => {
    const answer = (await app.ask('澴川高新区和东湖高新区发改局谁主动公开的多', 'zone-joined')).answer;
    expect(answer).toContain('455条');
    expect(answer).toContain('39条');
  });
});

describe('no new media of its own', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', report('澴川工业园区管理委员会', 2025, '2025年,未收到政府信息公开申请。除政府网站外,单位未建立其政务新媒体。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers no for an account of one kind', async () => {
    for (const question of ['澴川工业园区有公众号吗', '澴川工业园区有微博吗']) {
      const answer = (await app.ask(question, `media-${question}`)).answer;
      expect(answer, question).toMatch(/^没有。/);
      expect(answer, question).toContain('未建立其政务新媒体');
    }
  });
});

describe('the office of a guide that names it only where one applies in person', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'guide.txt',
        '澴川区自然资源局政府信息公开指南\n一、主动公开\n本局主动公开机构职能、政策文件。\n二、依申请公开\n(一)申请方式\n' +
          '1.当面申请:申请人可以到澴川区自然资源局办公室(澴川区行政中心A楼210),当面提交政府信息公开申请。\n' +
          '2.传真申请:传真至澴川区自然资源局,传真号码:0000-68386210\n邮编:221011\n',
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('names that office when asked which office to go to', async () => {
    const answer = (await app.ask('澴川区自然资源局 信息公开找哪个科室', 'office-in-person')).answer;
    expect(answer).toContain('受理申请的科室（据指南的当面申请一项）：澴川区自然资源局办公室');
    expect(answer).not.toContain('没有写明受理机构');
  });
});
