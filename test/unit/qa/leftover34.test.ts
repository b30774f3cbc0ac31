/**
 * leftover34's classes (answers noticed wrong last session, citizen-questions-89), each with a made-up example that fails
 * without its fix.
 * 1. Where published information is read (图书馆能查政府信息吗, 不上网去哪看): the reading places of 条例 article 25, not the
 *    article 20 list of what is published.
 * 2. 审结了没 / 判完了吗 / 结案了吗 after a count of lawsuits or reviews: every result column of the rows, led by whether any is
 *    still pending (尚未审结).
 * 3. A petition (我要信访, 想上访, 举报邻居违建, 反映问题) is no disclosure application: article 39 and the channel for it, never
 *    the remedies against a disclosure answer.
 * 4. 收到多少申请 against a sentence whose count includes the carried-over applications (共办理申请52件(含上年结转4件)): the
 *    count as printed, said to include them, and the new ones worked out (52 − 4), never 52 as the applications received.
 * 5. A count weighed against a number with 以上 / 以下 after it (2件以上吗, 是不是在1件以下): the verdict first, the number itself
 *    included (was: 报告没有单独写明“以上”的件数).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGuide } from '../../../src/guide/topics.js';
import { converse, importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('leftover34: where published information is read', () => {
  const guide = loadGuide();
  it.each([
    '县图书馆能不能查到政府的信息',
    '档案馆可以看政府文件吗',
    '我家没有网，去哪能看政府公开的信息',
    '政务大厅有查阅政府信息的地方吗',
  ])('%s → the reading places of article 25', (question) => {
    const match = guide.match(question);
    expect(match?.topic.id).toBe('reading-places');
    expect(match?.topic.source).toContain('第二十五条');
    expect(match?.topic.answer).toContain('公共图书馆');
  });
  it('leaves what must be published to article 20', () => {
    expect(guide.match('哪些信息必须主动公开')?.topic.id).toBe('proactive-scope');
  });
});

describe('leftover34: a petition is no disclosure application', () => {
  const guide = loadGuide();
  it.each(['我想去信访', '孩子上学的事我要上访', '我要举报隔壁邻居私搭乱建', '有个问题想反映一下找谁'])('%s → article 39', (question) => {
    const match = guide.match(question);
    expect(match?.topic.id).toBe('petition-not-application');
    expect(match?.topic.source).toContain('第三十九条');
  });
  it('leaves a complaint about a disclosure answer to the remedies', () => {
    expect(guide.match('申请了两个月不答复，去哪投诉')?.topic.id).toBe('remedies');
  });
});

/** 西工区's sample report as another agency's, its table 四 the row given (review 5 cells, direct 5, after review 5). */
function withAppeals(agency: string, place: string, row: string): string {
  return xigongAs(agency, place, '主动公开政府信息10条。', '收到政府信息公开申请0件。').replace(
    /\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n/,
    `\n${row}\n`,
  );
}

describe('leftover34: 审结了没 after a count of lawsuits or reviews (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['lake.txt', withAppeals('青湖县交通运输局', '青湖县', '1\t0\t0\t1\t2\t1\t0\t0\t2\t3\t0\t0\t0\t0\t0')],
      ['hill.txt', withAppeals('石岭县交通运输局', '石岭县', '2\t1\t0\t0\t3\t1\t1\t0\t0\t2\t0\t0\t0\t0\t0')],
    ]);
  });
  afterAll(() => app.dispose());

  it('says the lawsuits still pending, by kind', async () => {
    const [, concluded] = await converse(app, 'l34-a', ['青湖县交通运输局2024年被起诉几次', '审结了没']);
    expect(concluded.kind).toBe('figure');
    expect(concluded.answer).toMatch(/^没有全部审结：行政诉讼（未经复议直接起诉）尚未审结2件。/);
  });

  it('says every review was concluded when none is pending', async () => {
    const [, concluded] = await converse(app, 'l34-b', ['石岭县交通运输局2024年行政复议几件', '结案了吗']);
    expect(concluded.answer).toMatch(/^都已审结（尚未审结为0）。/);
    expect(concluded.answer).toContain('结果维持2件');
  });

  it('weighs a count against a number said with 以上 or 以下 after it', async () => {
    expect((await app.ask('青湖县交通运输局2024年行政复议2件以上吗')).answer).toMatch(/^是，2件，在2件以上。/);
    expect((await app.ask('石岭县交通运输局2024年行政复议是不是在1件以下')).answer).toMatch(/^不是，3件，超过了1件。/);
  });

  it('reads 判完了吗 as the same question', async () => {
    const [, concluded] = await converse(app, 'l34-c', ['青湖县交通运输局2024年行政复议多少件', '判完了吗']);
    expect(concluded.answer).toMatch(/^没有全部审结：尚未审结1件。/);
  });
});

describe('leftover34: 收到 against a count that includes the carried-over applications (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'pine.txt',
        [
          '松原镇2025年政府信息公开工作年度报告',
          '本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
          '一、总体情况',
          '(二)依申请公开情况',
          '2025年全镇共办理政府信息公开申请52件(含上年度结转4件),已办结50件,结转下年度继续办理2件。',
        ].join('\n'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('works out the new ones and says the printed count includes the carried-over', async () => {
    const answer = await app.ask('松原镇2025年收到多少申请');
    expect(answer.answer).toContain('含上年度结转4件');
    expect(answer.answer).toContain('本年新收48件（52 − 4，计算所得）');
    expect(answer.facts.map((fact) => fact.value)).toEqual([4, 52]);
  });

  it('leaves the count handled as printed', async () => {
    const answer = await app.ask('松原镇2025年一共办理了多少件申请');
    expect(answer.answer).not.toContain('计算所得');
    expect(answer.facts.map((fact) => fact.value)).toContain(52);
  });
});
