/**
 * corpus41's classes (real-questions-corpus41's first-run misses), on made-up pages cut before their tables: a place followed
 * by the question's verb and two bodies joined by 及 (林芝市主动公开市政府及市政府办公室文件多少件) asks the place's own report, never
 * an unknown agency named 林芝市主动公开市政府及市政府办公室; a count handled that the asker checks (是不是办了15件 / 办了20件吗) gets
 * its verdict, its bare 办 asked as 办理 (never an office 来信办 glued to the words before it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'city.txt': cut(
    '林芝市2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,主动公开发布市政府及市政府办公室文件41件、公示公告118件。开设“市长信箱”,办理群众来信15件。\n(二)依申请公开。2024年共收到政府信息公开申请6件。',
  ),
  'station.txt': cut(
    '米林县疾病预防控制中心2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,我站向社会公布信息212条。\n(二)依申请公开。本年度,我站未收到政府信息公开申请。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('corpus41 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('林芝市主动公开市政府及市政府办公室文件多少件 is the city’s 41件, not an unknown agency', async () => {
    const [verb] = await converse(app, 'c41-verb', ['林芝市主动公开市政府及市政府办公室文件多少件']);
    const [joined] = await converse(app, 'c41-joined', ['林芝市市政府及市政府办公室文件多少件']);
    expect(values(verb)).toContain(41);
    expect(values(joined)).toContain(41);
  });

  it('a body of the place not stored (林芝市教育局) is still refused', async () => {
    const [other] = await converse(app, 'c41-other', ['林芝市教育局2024年收到几件申请']);
    expect(other.kind).toBe('refusal');
    expect(values(other)).toEqual([]);
  });

  it('是不是办了15件 is yes, 办了20件吗 no with the 办理群众来信15件 printed', async () => {
    const [yes] = await converse(app, 'c41-yes', ['林芝市群众来信是不是办了15件']);
    expect(yes.answer).toMatch(/^对，是15件/);
    const [no] = await converse(app, 'c41-no', ['林芝市群众来信办了20件吗']);
    expect(no.answer).toMatch(/^不是20件，报告写的是15件/);
    expect(values(no)).toEqual([15]);
  });
});
