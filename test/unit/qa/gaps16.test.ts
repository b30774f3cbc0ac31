/**
 * Classes closed in the gaps16 round over made-up reports: a yes/no on whether anyone applied, against a cut page whose only
 * sentence on applications says how they are handled (依法答复政府信息公开申请), is no 有; a city named without a lower place
 * whose one stored body of the kind asked is a zone's is answered with a note saying it is not the city's own;
 * 申请办结了吗 on a page cut before table 三 whose prose says none came in says there was none to handle; a bare thing with a
 * question mark (公示公告？) after a figure is a follow-up; two parts of one sentence asked with 加起来/一共 are added, a side
 * holding 年 (年报) being no year; nouns a 、 joins before one count (政策文件、解读材料12件) are all the figure's label and
 * all in the answer's lead, while a 、 after a figure (工作动态80条、通知公告6条) still ends the item before; an item of a list
 * printed whole in the question's words right before its count (政务公开信息21条) is what is asked, not the 主动公开 headline;
 * 及 binds closer than 和 in a pair to add (规章及解读和公示公告一共).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps16 classes over made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-ly.txt',
        `青禾县林业局2021年政府信息公开工作年度报告
一、总体情况
2021年,青禾县林业局坚持以公开为常态、不公开为例外,依法依规受理答复群众政府信息公开申请,不断提升政府透明度。
`,
      ],
      [
        'xiangyang-kfq-cz.txt',
        `襄阳经济技术开发区财政局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2023年,本局主动公开政府信息52条。
(二)依申请公开情况。2023年,本局共收到政府信息公开申请4件,均按时答复。
`,
      ],
      [
        'shilan-sw.txt',
        `石兰县商务局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2022年,本局主动公开政府信息31条。
(二)依申请公开情况。2022年,本局未接到政府信息公开申请。
`,
      ],
      [
        'donghu-jy.txt',
        `东湖县教育局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,本局通过县政府网站公开规范性文件、解读材料12件。
`,
      ],
      [
        'lanshan-rf.txt',
        `岚山市人民防空办公室2021年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2021年,市人防办在政府信息公开目录主动公开信息9条。全年,市人防网发布防空信息60条,政务公开信息21条,法规信息3条。
`,
      ],
      [
        'nanxi-wl.txt',
        `南溪县文旅局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年通过县政府门户网站公开信息45条,其中年报2条,规章及解读5条,工作动态21条,公示公告17条。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a clause on how applications are handled (依法依规受理答复…申请) is no 有 to 有没有人申请', async () => {
    const answer = await app.ask('青禾县林业局有没有人申请过信息公开');
    expect(answer.answer).not.toMatch(/^有/);
    expect(answer.kind).toBe('refusal');
  });

  it('a count of applications received is still 有', async () => {
    const answer = await app.ask('襄阳经济技术开发区财政局2023年有没有人申请信息公开');
    expect(answer.answer).toMatch(/^有/);
  });

  it('a city named without its district, whose only body of the kind is a zone’s, is said not to be the city’s', async () => {
    const answer = await app.ask('襄阳财政局2023年收到几件申请');
    expect(answer.answer).toContain('不是襄阳市本级');
    const named = await app.ask('襄阳经济技术开发区财政局2023年收到几件申请');
    expect(named.answer).not.toContain('本级');
  });

  it('申请办结了吗 on a page cut before table 三 whose prose says none came in: none to handle', async () => {
    const answer = await app.ask('石兰县商务局2022年的申请办结了吗');
    expect(answer.answer).toMatch(/^没有收到申请，也就没有要办理的。/);
    expect(answer.answer).toContain('未接到政府信息公开申请');
  });

  it('a bare thing with a question mark (公示公告？) after a figure is a follow-up of the same agency and year', async () => {
    const user = `gaps16:${Math.random()}`;
    await app.ask('南溪县文旅局2024年工作动态几条', user);
    const answer = await app.ask('公示公告？', user);
    expect(answer.facts.map((fact) => fact.value)).toEqual([17]);
  });

  it('two parts of one sentence asked with 加起来 are added, 年报 being no year', async () => {
    const answer = await app.ask('南溪县文旅局2024年年报和公示公告加起来多少条');
    expect(answer.answer).toContain('合计19条');
  });

  it('nouns a 、 joins before one count are all in the lead (规范性文件、解读材料12件 for 解读材料)', async () => {
    const answer = await app.ask('东湖县教育局2024年解读材料公开了几件');
    expect(answer.answer.split('\n')[0]).toContain('规范性文件、解读材料12件');
  });

  it('a prose figure’s label keeps the nouns a 、 joins; a 、 after a figure still ends the item before', () => {
    const labels = extractProseFigures('2024年本局公开规范性文件、解读材料12件,其中工作动态80条、通知公告6条。', '一').map(
      (figure) => figure.label,
    );
    expect(labels[0]).toContain('规范性文件、解读材料');
    expect(labels.at(-1)).toBe('通知公告');
  });

  it('an item of a list printed whole in the question (政务公开信息21条) is asked, not the 主动公开 headline (9条)', async () => {
    const answer = await app.ask('岚山市人防办2021年发布的政务公开信息多少条');
    expect(answer.facts.map((fact) => fact.value)).toEqual([21]);
    const difference = await app.ask('岚山市人防办2021年发布的防空信息比政务公开信息多几条');
    expect(difference.answer).toContain('相差39条');
    const headline = await app.ask('岚山市人防办2021年主动公开多少条');
    expect(headline.facts.map((fact) => fact.value)).toContain(9);
  });

  it('及 binds closer than 和 in a pair to add (规章及解读和公示公告一共: 5 + 17)', async () => {
    const answer = await app.ask('南溪县文旅局2024年规章及解读和公示公告一共多少条');
    expect(answer.answer).toContain('合计22条');
  });
});
