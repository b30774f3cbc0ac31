/**
 * Probes of the nineteenth session, over the sample reports and made-up pages:
 * - a kind of agency alone as the first message (公安局, 那自然资源与生态环境局呢) asks which of that kind and what of it,
 *   listing the stored ones, instead of saying the question is off-topic;
 * - a county named like a common word (资源县) inside a kind (自然|资源|与生态环境局) is no place: the not-found reply never
 *   names 资源与生态环境局;
 * - a college named at the start of a question with a year between (中山大学2024年收到多少件信息公开申请) is refused by its
 *   name, not met with a list of the stored agencies;
 * - 建议提案按时办结了吗 asks of the suggestions and proposals the report says were handled, not of applications' replies
 *   (was: 没有写明申请是否都在期限内答复);
 * - 汕头高新区 for a stored 汕头国家高新区 is the zone asked: no note that it is not the city's own body;
 * - a year that starts a span (对2000年以来的…文件进行梳理,清理文件9件) is not the year of the count: it is the report's;
 * - a clause that starts with its year with 年 lost (2025通过门户网站…1427条, a real 达州 page) is not answered 2025年2025通过;
 * - 分别 is read once (prose.ts respectiveLists) for the prose figures and the answers' retrieval; an account asked by its
 *   quoted name (同安智慧教育发了几篇, against 在“同安教育”“同安智慧教育”微信公众号分别发布信息279篇、230篇) is that one's count,
 *   stated alone (was: 279, the first), and 公众号发了多少 lists both with their sum (was: 279 alone);
 * - two helpers' rewrites met at the merge: 热线接了多少电话 reads both 接听154次来电 and 接听电话84472通 (no measure word is
 *   forced on it); 被央媒报道了几次 stays 报道 where the report counts reports in 次 (央媒报道19次), while 报道了几条 is 发布;
 * - a service asked without 办 before it (低保怎么申请, 居住证怎么办, 转学手续怎么办) gets the 12345 service reply, as 办身份证 did,
 *   not 没有理解 (three older lines that expected a bare refusal now expect that reply, the convention since gaps21);
 * - a guide's answer for a government names it once (双桥区人民政府信息公开（据…）), not 双桥区人民政府政府信息公开.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const SHUANGQIAO = `双桥区自然资源与生态环境局2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
2024年,双桥区自然资源与生态环境局全年主动公开政府信息85条,收到政府信息公开申请6件。
`;

const SHUANGQIAO_GUIDE = [
  '双桥区人民政府信息公开指南',
  '一、主动公开',
  '本机关主动公开的信息在双桥区人民政府门户网站公开。',
  '二、依申请公开',
  '受理机构：双桥区人民政府办公室',
  '办公地址：双桥区新华路8号',
  '邮政编码：067000',
  '咨询电话：0314-1234567',
].join('\n');

const SHANTOU = `汕头国家高新区2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
2023年,汕头国家高新区主动公开政府信息120条。认真办理人大代表和政协委员提出的建议和提案,2023年承办人大代表建议、政协委员提案共17件全部按时办结,其中主办5件,协办12件。
`;

// Real (达州市民政局's 2025 page as the search corpus holds it: 年 and 月 lost in the period, the page cut).
const DAZHOU = `达州市民政局2025年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定编制所列数据统计期限从202511日到20251231日。

一、总体情况

(一)主动公开精准发力围绕民政领域重点工作,建立健全主动公开清单化管理机制。2025通过门户网站主动公开各类政府信息1427条,达州民政微信公众号发布信息170

(三)政府信息管理不断夯实严格落实“先审查、后公开”“一事一审”制度。按照市委办工作部署安排,对2000年以来的民政领域规章和规范性文件进行全面梳理,清理文件9件,其中继续有效3件、废止2件、因工作结束宣布失效42025年,未制发行政规范性文件。
`;
// Made up: the same shapes, another agency.
const NANHU = `南湖县司法局2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
2024通过县政府门户网站主动公开政府信息236条。自2018年以来累计对本部门文件开展清理,本年度清理规范性文件12件,其中废止4件。
`;

// Made up: two accounts by their quoted names before 分别, as 同安区教育局's 2025 page prints them.
const BEIXI = `北溪县文化和旅游局2025年政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
2025年,北溪县文化和旅游局在“北溪文旅”“北溪非遗”微信公众号分别推送信息415条、96条。
`;

// Made up: calls counted in 通 after 电话, media reports counted in 次.
const XIHE = `西河县城市管理局2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
2024年,西河县城市管理局12345热线累计接听电话3120通。全年主流媒体报道60余次,其中,央媒报道7次。
`;

let app: TestApp;
beforeAll(async () => {
  app = makeTestApp();
  await importTexts(app, [
    ['shuangqiao.txt', SHUANGQIAO],
    ['shuangqiao-guide.txt', SHUANGQIAO_GUIDE],
    ['shantou.txt', SHANTOU],
    ['dazhou.txt', DAZHOU],
    ['nanhu.txt', NANHU],
    ['beixi.txt', BEIXI],
    ['xihe.txt', XIHE],
  ]);
});
afterAll(() => app.dispose());

describe('a kind of agency alone, first in a conversation', () => {
  it('asks which of that kind, listing the stored ones (科技局 of the sample reports)', async () => {
    const answer = await app.ask('科技局', 'kind-1');
    expect(answer.kind).toBe('clarify');
    expect(answer.answer).toContain('您问的是哪个科技局');
    expect(answer.answer).toContain('海原县科学技术局');
    expect(answer.facts).toEqual([]);
  });

  it('with 那…呢 and one agency of the kind stored, names it and asks what of it', async () => {
    const answer = await app.ask('那自然资源与生态环境局呢', 'kind-2');
    expect(answer.kind).toBe('clarify');
    expect(answer.answer).toContain('双桥区自然资源与生态环境局');
    expect(answer.answer).not.toContain('“资源与生态环境局”');
    // Then naming what is asked answers it for that agency.
    const next = await app.ask('双桥区自然资源与生态环境局2024年收到几件申请', 'kind-2');
    expect(next.facts.map((fact) => fact.value)).toContain(6);
  });

  it('after an agency of the conversation, the kind alone still moves to the agency of that kind', async () => {
    await app.ask('海原县科技局2024年收到几件申请', 'kind-3');
    const answer = await app.ask('那自然资源与生态环境局呢', 'kind-3');
    expect(answer.answer).toContain('双桥区自然资源与生态环境局');
    expect(answer.answer).not.toContain('“资源与生态环境局”');
  });

  it('a kind no stored agency has is still off-topic small talk, never a figure', async () => {
    const answer = await app.ask('那消防救援支队呢', 'kind-4');
    expect(answer.facts).toEqual([]);
  });
});

describe('a college named with a year', () => {
  it('is refused by its name', async () => {
    for (const question of ['中山大学2024年收到多少件信息公开申请', '江城理工学院2025年主动公开了多少条']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.answer, question).toContain(`没有找到“${question.slice(0, question.indexOf('20'))}”`);
      expect(answer.facts).toEqual([]);
    }
  });
});

describe("a government's own guide", () => {
  it('names the government once in the heading of its answer', async () => {
    const answer = await app.ask('双桥区政府信息公开怎么申请');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('双桥区人民政府信息公开（据');
    expect(answer.answer).not.toContain('政府政府');
    expect(answer.answer).toContain('0314-1234567');
  });
});

describe('another matter handled in time', () => {
  it('建议提案按时办结了吗 quotes what the report says of them, not of applications', async () => {
    for (const question of ['汕头国家高新区2023年建议提案按时办结了吗', '汕头国家高新区2023年人大建议都按期办完了吗']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).toContain('共17件全部按时办结');
      expect(answer.answer, question).not.toContain('申请是否都在期限内答复');
    }
  });
});

describe('a zone written after its city, without 国家', () => {
  it('is the zone asked, with no note that it is a lower body than the city', async () => {
    const answer = await app.ask('汕头高新区2023年主动公开了多少条');
    expect(answer.facts.map((fact) => fact.value)).toContain(120);
    expect(answer.answer).not.toContain('本级');
  });
});

describe('the year of a count in a sentence', () => {
  it('a year that starts a span is not the count’s: the report’s year is', async () => {
    const real = await app.ask('达州民政局清理了几件文件');
    expect(real.facts.map((fact) => [fact.value, fact.year])).toContainEqual([9, 2025]);
    expect(real.answer).not.toContain('2000年的数字');
    const madeUp = await app.ask('南湖县司法局废止了几件规范性文件');
    expect(madeUp.facts.map((fact) => [fact.value, fact.year])).toContainEqual([4, 2024]);
    expect(madeUp.answer).not.toContain('2018年的数字');
  });

  it('a clause starting with its year, 年 lost, is answered once with the year', async () => {
    const real = await app.ask('达州市民政局2025年网站主动公开多少条');
    expect(real.facts.map((fact) => fact.value)).toContain(1427);
    expect(real.answer).not.toMatch(/2025年2025/);
    const madeUp = await app.ask('南湖县司法局2024年网站公开了多少条');
    expect(madeUp.facts.map((fact) => fact.value)).toContain(236);
    expect(madeUp.answer).not.toMatch(/2024年2024/);
  });

  // (This said the page ends at 公众号发布信息170 and wanted 170 never stated; the page goes on after it, here and in
  // reports-more40/09.txt, whose hand-read JSON gives 170: the line lost its 条 and full stop, not its digits. Since gaps78 it is
  // read in the 条 of the clause before; a bare number at a page's very end stays unread: test/unit/qa/gaps78.test.ts.)
  it('a count whose 条 its line lost (公众号发布信息170, more of the page after it) is read in the clause before’s 条', async () => {
    const answer = await app.ask('达州民政公众号发了多少');
    expect(answer.facts.map((fact) => fact.value)).toContain(170);
  });
});

describe('accounts named in quotes before 分别', () => {
  it('one asked by its quoted name is its own count, stated alone', async () => {
    const second = await app.ask('北溪县文化和旅游局2025年北溪非遗推送了几条');
    expect(second.facts.map((fact) => fact.value)).toEqual([96]);
    expect(second.answer.split('\n')[0]).toContain('“北溪非遗”微信公众号推送信息96条');
    expect(second.answer.split('\n')[0]).not.toContain('415');
    const first = await app.ask('北溪县文旅局的北溪文旅公众号推送了多少条');
    expect(first.facts.map((fact) => fact.value)).toEqual([415]);
  });

  it('the accounts asked together list both, with their sum as a computation', async () => {
    const answer = await app.ask('北溪县文化和旅游局公众号发了多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([415, 96]));
    expect(answer.answer).toContain('511');
  });
});

describe('calls and media reports in citizens’ words', () => {
  it('热线接了多少电话 reads calls printed in 通', async () => {
    const answer = await app.ask('西河县城市管理局2024年12345热线接了多少电话');
    expect(answer.facts.map((fact) => fact.value)).toEqual([3120]);
  });

  it('被央媒报道了几次 reads the reports printed as 报道…次', async () => {
    const answer = await app.ask('西河县城市管理局2024年被央媒报道了几次');
    expect(answer.facts.map((fact) => fact.value)).toEqual([7]);
  });
});

describe('services that are not disclosure, asked without 办 before them', () => {
  it('get the 12345 service reply, with no figure', async () => {
    for (const question of ['双桥区低保怎么申请', '双桥区公积金怎么提取', '海原县教育局教师资格证怎么办', '西工区转学手续怎么办']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toContain('12345');
      expect(answer.facts, question).toEqual([]);
    }
  });

  it('a disclosure question naming a certificate is still the guide’s (没带身份证怎么办 when applying)', async () => {
    const answer = await app.ask('申请信息公开没带身份证怎么办');
    expect(answer.answer).not.toContain('12345政务服务便民热线');
  });
});
