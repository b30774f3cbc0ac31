/**
 * Lead probes of the twenty-fourth session, on made-up reports in a real SQLite store.
 * - A report titled with the place alone (孝感市2024年政府信息公开工作年度报告: the city government's) is asked by the place
 *   (孝感去年收到多少申请): the place's other stored body (孝感市政府研究室) was answered instead, with its 2019 figure. The
 *   body's kind without its first word (孝感研究室) still names that body.
 * - A year written in a question (24年) answered by the 按时办结, why or account-name paths is remembered: a follow-up after it
 *   (那结转到下一年的呢) kept the year of the conversation's earlier miss (去年) and said there was no report of it.
 * - 一共公开了多少 against 主动公开…工作信息44条、政策文件1份 … 全年累计按规公开各类信息266条 (朝天门街道's page): the year's
 *   累计 of 各类信息 is its whole, not a kind listed with another (全年累计 is no 历年累计).
 * - 公开的信息比上年多了百分之多少 / 比去年多吗 against 全年累计公开…各类信息203条,同比增长7% (赣榆区政府办's page): the rate
 *   printed after the year's published total, with which way it went; 比去年多吗 was answered 有。 with a sentence that only
 *   mentions 信息公开.
 * - 可以打电话申请吗 / 网上能申请不 of a guide listing its ways of applying (当面；信函；传真): no for a way not listed, yes for one
 *   listed, before the guide's fields (the answer listed the ways and left the yes/no to the reader).
 * - 周末开门吗 of hours that name no day (上午8:00至12:00,下午14:30至17:30): said unstated before the hours.
 * - 你好 我想问下台州气象局的事: an agency named with its matter only (的事, 相关情况) gets its report's summary, as 我想了解下X does.
 * - 申请的办理结果咋样 where table 三 is cut and a 繁体 page's prose states them (全年收到申請1件,予以公開1件): that sentence (the
 *   sentence test read only simplified characters).
 * - 发布了多少篇 is what was published (as 发了多少条 is); 官网有多少人看 asks the site's visits (浏览量), not its contacts.
 * - 第二名是谁 / 排第三的呢 after a ranking: that place of its list (it was off-topic, and the ranking was forgotten after it).
 * - 为啥少了 after a figure: the report states no reason (it was off-topic; 为啥这么少 was answered so already).
 * - 能告他们吗 / 可以申请复议吗: the remedies with 可以 first; 怎么投诉 and 超时了不给怎么办 as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

function report(agency: string, year: number, sentence: string): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    sentence,
    '',
  ].join('\n');
}

describe('a place alone is its own government', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'city.txt',
        report(
          '澴川市',
          2024,
          '全年共办理政府信息公开依申请512件(含上年结转9件),按时办结488件,结转下年度继续办理24件。全年主动公开政府信息3021条。',
        ),
      ],
      ['office.txt', report('澴川市政府研究室', 2019, '2019年澴川市政府研究室主动公开信息16条,收到依申请公开请求2件,按时办结2件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the place by its government, not by another stored body of it', async () => {
    for (const question of ['澴川收到多少申请', '澴川24年主动公开了多少条', '澴川去年主动公开了多少条']) {
      const answer = (await app.ask(question, `place-${question}`)).answer;
      expect(answer, question).toContain('《澴川市2024年');
      expect(answer, question).not.toContain('研究室');
    }
  });

  it('still names the other body by its kind without the first word', async () => {
    const answer = (await app.ask('澴川研究室19年收到多少申请', 'office')).answer;
    expect(answer).toContain('研究室2019年');
    expect(answer).toContain('2件');
  });

  it('remembers the year a timeliness question names, not the earlier miss', async () => {
    await app.ask('澴川市政府研究室去年网站发了多少新闻', 'timely');
    const timely = (await app.ask('澴川市24年按时办结了多少', 'timely')).answer;
    expect(timely).toContain('488');
    const carried = (await app.ask('那结转到下一年的呢', 'timely')).answer;
    expect(carried).toContain('24件');
    expect(carried).not.toContain('2025');
  });
});

describe('the whole of a year and its change', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'street.txt',
        report(
          '渝东区望江街道办事处',
          2025,
          '2025年,望江街道主动公开涵盖经济发展、城市管理等领域的工作信息51条、政策文件2份。街道不断规范政务公开专栏建设,全年累计按规公开各类信息318条。',
        ),
      ],
      [
        'office.txt',
        report(
          '青禾县人民政府办公室',
          2025,
          '推动政府信息公开与办公室日常工作深度融合。依托县政府网站、政务新媒体等方式,全年累计公开政府文件、会议动态等各类信息240条,同比增长9%,公开覆盖面显著提升。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the total published with the 累计 of the year of every kind, not one kind listed', async () => {
    const answer = (await app.ask('望江街道25年一共公开了多少信息', 'whole')).answer;
    expect(answer).toContain('318条');
    expect(answer.split('\n')[0]).not.toContain('51条');
  });

  it('answers a change of what was published with the rate printed after its total', async () => {
    const rate = (await app.ask('青禾县政府办25年公开的信息比上年多了百分之多少', 'rate')).answer;
    expect(rate).toContain('同比增长9%');
    const more = (await app.ask('青禾县政府办25年公开信息比去年多吗', 'more')).answer;
    expect(more.startsWith('多了。')).toBe(true);
    expect(more).toContain('同比增长9%');
    expect(more).not.toContain('深度融合');
  });
});

describe('a way of applying asked yes or no, and a weekend the hours do not name', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'harbour-guide.txt',
        [
          '青湾区港务局政府信息公开指南',
          '一、依申请公开',
          '受理机构:青湾区港务局办公室',
          '办公地址:青湾区海滨路8号',
          '办公时间:上午8:00至12:00,下午14:30至17:30',
          '联系电话:0999-3998586',
          '传真号码:0999-3998587',
          '二、申请方式',
          '(1)当面申请。申请人可以到青湾区港务局办公室当场提出申请。',
          '(2)信函、传真申请。申请人通过信函方式提出申请的,请在信封左下角注明“政府信息公开申请”字样。',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('says no for a way the guide does not list, yes for one it lists', async () => {
    const phone = (await app.ask('青湾区港务局可以打电话申请吗', 'phone')).answer;
    expect(phone).toMatch(/^指南写明的申请方式里没有电话申请/);
    const online = (await app.ask('青湾区港务局网上能申请不', 'online')).answer;
    expect(online).toMatch(/^指南写明的申请方式里没有网上申请/);
    const fax = (await app.ask('青湾区港务局能发传真申请吗', 'fax')).answer;
    expect(fax).toMatch(/^可以。指南写明的申请方式包括：[^\n]*传真/);
    expect((await app.ask('青湾区港务局怎么申请', 'how')).answer).not.toMatch(/^可以|没有/);
  });

  it('says the weekend is not stated when the hours name no day', async () => {
    const weekend = (await app.ask('青湾区港务局周末开门吗', 'weekend')).answer;
    expect(weekend).toMatch(/^指南没有写明周六、周日是否办公/);
    expect(weekend).toContain('14:30');
  });
});

describe('an agency named with its matter only, and results told in 繁体 prose', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['weather.txt', report('澴川市气象局', 2024, '2024年在市政府信息公开平台主动公开信息26条;通过微信公众号发布信息536条。')],
      [
        'invest.txt',
        report(
          '澴川市投資促進局',
          2021,
          '二是持續規範依申請公開。全年收到申請2件,予以公開1件,不予公開1件,無因政府信息公開被行政複議情況。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('gives the summary to 我想问下X的事 with a greeting before it', async () => {
    for (const question of ['你好 我想问下澴川气象局的事', '我想打听一下澴川气象局相关情况']) {
      const answer = (await app.ask(question, `alone-${question}`)).answer;
      expect(answer, question).toContain('澴川市气象局2024年报告要点');
      expect(answer, question).not.toContain('没有理解');
    }
  });

  it('answers 办理结果咋样 from a 繁体 sentence when table 三 is missing', async () => {
    const answer = (await app.ask('澴川投资促进局21年申请的办理结果咋样', 'results')).answer;
    expect(answer).toContain('予以公開1件');
    expect(answer).not.toContain('无法回答');
  });
});

describe('published items counted in 篇, and a website’s visits asked as people', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'invest.txt',
        report('澴川市投资合作局', 2020, '全年主动公开政府信息46条,其中新闻动态13篇,政务公开29篇。局门户网站全年浏览量超47万次。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 发布了多少篇 with what was published', async () => {
    const answer = (await app.ask('澴川投资合作局2020年发布了多少篇', 'pieces')).answer;
    expect(answer).toContain('46条');
    // A kind of item named before 公开多少篇 (政务公开) is that item, never the total (the prose probe's 雁塔 fact).
    const item = (await app.ask('澴川投资合作局2020年发布政务公开多少篇', 'item')).answer;
    expect(item).toContain('29篇');
    expect(item.split('\n')[0]).not.toContain('46');
  });

  it('answers 官网有多少人看 with the visits the report prints', async () => {
    const answer = (await app.ask('澴川投资合作局2020年官网有多少人看', 'visits')).answer;
    expect(answer).toContain('47万次');
    expect(answer).not.toContain('联系方式');
  });
});

describe('a place of a ranking asked after it', () => {
  let app: TestApp;
  beforeAll(() => {
    app = makeTestApp();
  });
  afterAll(() => app.dispose());

  it('answers 第二名是谁 and 排第三的呢 from the ranking just given', async () => {
    const first = (await app.ask('2024年哪个科技局主动公开的信息最多', 'rank')).answer;
    expect(first).toContain('最多的是沙坡头区科学技术局455条');
    const second = await app.ask('第二名是谁', 'rank');
    expect(second.answer).toContain('排第2的是海原县科学技术局89条');
    expect(second.facts.map((fact) => fact.value)).toEqual([89]);
    const third = (await app.ask('排第三的呢', 'rank')).answer;
    expect(third).toContain('排第3的是西工区科学技术局22条');
  });

  it('gives the ranking’s own answer when every figure is the same', async () => {
    await app.ask('2024年哪个科技局收到的申请最多', 'tied');
    const second = (await app.ask('第二名是谁', 'tied')).answer;
    expect(second).toContain('没有高低之分');
  });
});

describe('why a figure changed, asked with no words of the thing', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['rural.txt', report('澴川县乡村振兴局', 2021, '2021年,县乡村振兴局全年主动公开政府信息105条。')]]);
  });
  afterAll(() => app.dispose());

  it('says the report states no reason', async () => {
    await app.ask('澴川乡村振兴局21年主动公开了几条', 'why');
    const why = await app.ask('为啥少了', 'why');
    expect(why.kind).toBe('refusal');
    expect(why.answer).toContain('没有写明原因');
  });
});

describe('a remedy asked yes or no', () => {
  let app: TestApp;
  beforeAll(() => {
    app = makeTestApp();
  });
  afterAll(() => app.dispose());

  it('says 可以 before the remedies when asked whether one may sue or appeal', async () => {
    for (const question of ['能告他们吗', '可以申请复议吗']) {
      const answer = (await app.ask(question, `remedy-${question}`)).answer;
      expect(answer, question).toMatch(/^可以。/);
      expect(answer, question).toContain('行政诉讼');
    }
    for (const question of ['怎么投诉', '超时了不给怎么办']) {
      const answer = (await app.ask(question, `remedy-${question}`)).answer;
      expect(answer, question).not.toMatch(/^可以。/);
      expect(answer, question).toContain('行政复议');
    }
  });
});
