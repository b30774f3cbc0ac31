/**
 * wrongfig66's classes, on made-up pages cut after their overview: a figure comes from the clause that names the item asked
 * (残疾人福利政策 against 其中政策文件3件、…公开残疾人福利…等相关政策…各发布信息9条), never from where one of its words
 * stands nearer a number; a place written without its level, then 新区 (江北新区), names a new district of its own, never the
 * place's agencies (重庆市江北区's office); 网站 asked is the government site a report prints as 政府门户网 too; a sum of two
 * things one of which the report does not count is refused, never answered by the other's figure; a report's list of its own
 * parts closed by 组成 with no count (本报告由…行政复议、行政诉讼情况…等组成) says no case was brought: no 有 is read from it; a
 * total asked of two channels (网站和订阅号一共) is never a clause that names one of them and leaves the other out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, ...sentences: string[]) =>
  [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况', '(一)主动公开情况', ...sentences].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig66 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'fenshui.txt',
        page(
          '桐庐县分水镇人民政府',
          2025,
          '通过本级政府信息公开平台,累计主动公开各类信息300条,其中政策文件3件、财政专项资金管理和使用情况公开20条、公开残疾人福利、儿童福利等相关政策及办理指南各发布信息9条,全面覆盖群众关心的事项。',
        ),
      ],
      ['jiangbei.txt', page('重庆市江北区人民政府办公室', 2024, '2024年,区政府办公室共收到政府信息公开申请41件,均已按期办结。')],
      [
        'jiangbeixinqu.txt',
        page('南京江北新区开发建设管理委员会', 2024, '2024年,管委会共收到政府信息公开申请17件,其中自然人申请15件,法人申请2件。'),
      ],
      [
        'nanhui.txt',
        [
          '温州市鹿城区南汇街道2023年政府信息公开工作年度报告',
          '一、总体情况',
          '根据《中华人民共和国政府信息公开条例》要求,现公布南汇街道2023年度政府信息公开工作年度报告。本报告由政府信息公开工作总体情况,主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项等组成。',
          '(一)主动公开情况',
          '2023年,南汇街道主动公开政府信息52条。',
        ].join('\n'),
      ],
      [
        'shangyuanguan.txt',
        page(
          '城固县上元观镇人民政府',
          2025,
          '2025年,我镇累计主动公开政务信息数180条,其中,通过城固县政府门户网站主动公开信息30条,通过微信订阅号“美丽上元观”公开政务信息150条。',
        ),
      ],
      [
        'liping.txt',
        page('黎平县德顺乡人民政府', 2024, '(一)主动公开。2024年利用政府门户网主动公开信息40条,利用新媒体微信公众号发布信息60条。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a figure comes from the clause that names the item asked, not from where one of its words stands first', async () => {
    const answer = await app.ask('分水镇2025年残疾人福利政策发布了几条');
    expect(values(answer), answer.answer).toEqual([9]);
    expect(answer.answer.split('\n')[0]).not.toContain('政策文件3件');
  });

  it('X新区 is no X区: a new district written without its level is never the place’s own agency', async () => {
    for (const question of ['江北新区2024年收到几件申请', '江北新区自然人申请几件']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('重庆市江北区');
      expect(values(answer), question).not.toContain(41);
    }
    const zone = await app.ask('江北新区2024年收到几件申请');
    expect(values(zone), zone.answer).toEqual([17]);
    // (The place with its level is still its own agency.)
    const district = await app.ask('江北区2024年收到几件申请');
    expect(values(district), district.answer).toEqual([41]);
  });

  it('网站 asked is the government site a report prints as 政府门户网', async () => {
    const answer = await app.ask('德顺乡2024年政府网站公开了多少条');
    expect(values(answer), answer.answer).toEqual([40]);
  });

  it('a sum of two things, one the report does not count, is refused, never the other’s figure', async () => {
    const answer = await app.ask('德顺乡2024年公众号和微博加起来一共发了多少');
    expect(answer.kind, answer.answer).toBe('refusal');
    expect(answer.answer).toContain('无法计算合计');
    expect(answer.answer).not.toMatch(/合计\d|一共\d/);
  });

  it('a report’s list of its own parts closed by 组成 is no statement that a review or a lawsuit happened', async () => {
    for (const question of ['南汇街道2023年有没有被复议', '南汇街道2023年有没有行政诉讼']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toMatch(/^有/);
      expect(answer.answer, question).not.toContain('等组成');
    }
  });

  it('a total of two channels is never the figure of a clause naming one of them alone', async () => {
    const answer = await app.ask('上元观镇网站和订阅号一共多少');
    expect(values(answer), answer.answer).not.toEqual([30]);
    expect(values(answer), answer.answer).not.toEqual([150]);
    // (Asked with its year, each channel is read apart and the two summed.)
    const summed = await app.ask('上元观镇2025年网站和订阅号一共多少');
    expect(summed.answer).toContain('180');
  });
});
