/**
 * corpus68: answer classes of real-questions-corpus68 (reports-more74), on made-up pages of real places in a real SQLite
 * store, made-up figures.
 * - 主动公开了多少条信息 against 我镇未发生因信息公开引起的行政诉讼情况 (no count of items printed): a none of reviews or
 *   lawsuits counts nothing else (it answered 没有，0条).
 * - 在办的还有几件 after 收到多少件申请, against 全年共收到90件申请,已办结86件、正在办理4件: the ones still being handled (it
 *   answered the 90 received). 还有几件在办 stays a gap: 几件在办理期限内 asks a deadline, so 件在办 is no row word.
 * - 行政审批局 alone, with 盂县行政审批服务管理局 stored beside 平潭综合实验区行政审批局: a stored kind written whole is that kind's
 *   agency, never another's name read with words skipped (every-folder suites asked 平潭's and got 盂县's).
 * - 政协委员提案公开了多少件: a 委 of 委员 is a person's title, no committee's end (it looked for an agency 高陵区政协委).
 * - 新疆涉企经营许可事项有多少项: a province stored as its own agency, named by its short form of two before the topic (it asked
 *   which agency).
 * - 向区政府提交政府信息公开190件 / 向我局提出政府信息公开申请15件: what applicants handed in is what came in, read at import
 *   (prose-figures.ts applications_received), ranked, and answering 受理了多少申请 where table 三 is cut (engine.ts countInWords):
 *   a ranking left it out and named another agency the most, and a comparison refused it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('corpus68: reports of a town, a district, a commission and a region', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'town.txt',
        [
          '正定县新安镇人民政府2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(一)主动公开情况',
          '我镇充分利用网站、政务公开栏等方式发布信息。2024年,我镇共办理行政许可312项,办理行政处罚4项。',
          '(二)依申请公开情况',
          '1.2024年,我镇共收到政府信息公开申请0件。',
          '2.2024年,我镇未发生因信息公开引起的行政诉讼情况;未发生因信息公开引起的行政复议情况。',
          '',
        ].join('\n'),
      ],
      [
        'commission.txt',
        [
          '天津市城市管理委员会2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(一)主动公开',
          '2024年共发布政府信息2150条。',
          '(二)依申请公开',
          '全年共收到61件申请,已办结55件、正在办理6件,申请事项涉及环卫、燃气等多个领域。',
          '',
        ].join('\n'),
      ],
      [
        'district.txt',
        [
          '根据《中华人民共和国政府信息公开条例》有关要求,现将西安市阎良区人民政府2024年政府信息公开工作年度报告予以公开。',
          '一、总体情况',
          '(一)推进政府信息主动公开。主动公开本级人大代表建议21件,政协委员提案29件,市政协提案2件。',
          '(二)规范政府信息依申请公开办理。2024年公众通过邮递、网站等途径向区政府提交政府信息公开140件,已依法办结138件。',
          '',
        ].join('\n'),
      ],
      [
        'region.txt',
        [
          '宁夏回族自治区2024年政府信息公开工作年度报告',
          '一、总体情况',
          '(一)主动公开',
          '2024年集中规范公开全区现行有效规章96部,全面落实318项涉企经营许可事项全覆盖清单管理。',
          '(二)依申请公开',
          '全年共收到政府信息公开申请82件。',
          '',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('主动公开多少条 is refused, never answered 0 from a none of lawsuits', async () => {
    const answer = await app.ask('新安镇2024年主动公开了多少条信息', 'none-of-lawsuits');
    expect(answer.facts).toEqual([]);
    expect(answer.answer).not.toMatch(/0条/);
  });

  it('a none of lawsuits still answers whether one was sued', async () => {
    const answer = await app.ask('新安镇2024年有没有行政诉讼', 'sued');
    expect(answer.answer).toMatch(/^没有/);
  });

  it('在办的还有几件 after the applications received: the ones still being handled', async () => {
    const user = 'pending';
    await app.ask('天津城管委2024年收到多少件信息公开申请', user);
    const answer = await app.ask('在办的还有几件', user);
    expect(answer.facts.map((fact) => fact.value)).toContain(6);
    expect(answer.facts.map((fact) => fact.value)).not.toContain(61);
  });

  it('政协委员提案 names no agency of its own: the district report answers', async () => {
    const answer = await app.ask('西安阎良区政协委员提案公开了多少件', 'proposals');
    expect(answer.facts.map((fact) => fact.value)).toContain(29);
  });

  it('a region named by its short form of two, no year: its own report', async () => {
    const answer = await app.ask('宁夏涉企经营许可事项有多少项', 'short-region');
    expect(answer.facts.map((fact) => fact.value)).toContain(318);
  });

  it('a body of the region named after it (宁夏卫健委) is not the region', async () => {
    const answer = await app.ask('宁夏卫健委收到几件申请', 'region-body');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(82);
  });

  it('applications handed in (提交政府信息公开140件) answer 受理了多少申请, alone and compared', async () => {
    const alone = await app.ask('阎良区2024年受理了多少申请', 'handed-in');
    expect(alone.facts.map((fact) => fact.value)).toContain(140);
    const compared = await app.ask('阎良区和天津城管委2024年哪个受理的申请多', 'handed-in-compared');
    expect(compared.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([140, 61]));
  });

  it('applications handed in (提交政府信息公开140件) rank with those received', async () => {
    const answer = await app.ask('2024年哪个单位收到的信息公开申请最多', 'ranking');
    expect(answer.answer).toMatch(/阎良区/);
    expect(answer.facts.map((fact) => fact.value)).toContain(140);
  });
});

describe('corpus68: applications handed in, read at import', () => {
  const received = (sentence: string) =>
    extractProseFigures(sentence, 'overview')
      .filter((figure) => figure.key === 'applications_received')
      .map((figure) => figure.value);

  it('提交政府信息公开 and 提出政府信息公开申请 count what came in', () => {
    expect(received('2024年公众通过邮递、现场申请等途径向区政府提交政府信息公开140件,已依法办结138件。')).toEqual([140]);
    expect(received('全年共有12名申请人向我局提出政府信息公开申请15件。')).toEqual([15]);
  });

  it('a review handed in (提出行政复议申请) is none', () => {
    expect(received('申请人提出行政复议申请2件。')).toEqual([]);
  });
});

describe('corpus68: a stored kind written whole beside another kind that holds its words apart', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const page = (agency: string, count: number) =>
      [`${agency}2024年政府信息公开工作年度报告`, '一、总体情况', `(二)依申请公开情况。2024年共收到政府信息公开申请${count}件。`, ''].join(
        '\n',
      );
    await importTexts(app, [
      ['zone.txt', page('赣江新区行政审批局', 28)],
      ['county.txt', page('繁峙县行政审批服务管理局', 3)],
    ]);
  });
  afterAll(() => app.dispose());

  it('行政审批局 alone is never 繁峙县行政审批服务管理局 (行政审批…局 with 服务管理 skipped)', async () => {
    const answer = await app.ask('行政审批局2024年收到几件申请', 'kind-whole');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(3);
    expect(answer.answer).not.toContain('繁峙县');
    expect(answer.answer).toContain('赣江新区行政审批局');
  });
});
