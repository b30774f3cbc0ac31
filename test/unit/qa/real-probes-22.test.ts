/**
 * Lead probes of the twenty-second session, on made-up reports in a real SQLite store: a citizen names an agency the store
 * does not hold.
 * - The refusal shows what the store holds of the place named (济南外事办, 淮安市规划局, 淮安规划局) before the first names
 *   of the alphabet, when the place has stored agencies; a kind the store holds still lists that kind's agencies first.
 * - A guide's question (电话多少, 在哪申请) of such an agency says no guide or report was found, not only no report; an office
 *   named short after its city with its level (济南市外事办电话多少) is refused by its name, not answered with the rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

function report(agency: string, year: number, proactive: number): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    `${year}年,${agency}全年主动公开政府信息${proactive}条,收到政府信息公开申请3件。`,
    '',
  ].join('\n');
}

describe('an agency the store does not hold, asked by a citizen', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    // Made-up reports of agencies of real places; an 教育局 elsewhere, so that the kind is one the store holds.
    await importTexts(app, [
      ['huaian-qinghe.txt', report('淮安市清江浦区人民政府清河街道办事处', 2024, 41)],
      ['huaian-water.txt', report('淮安市水利局', 2023, 77)],
      ['jinan-street.txt', report('济南市历下区人民政府东关街道办事处', 2024, 52)],
      ['dazhi-edu.txt', report('大冶市教育局', 2024, 66)],
    ]);
  });
  afterAll(() => app.dispose());

  it('shows the place’s stored agencies, the place written with or without its level', async () => {
    for (const question of ['淮安市规划局2024年收到多少申请', '淮安规划局去年收到几件申请']) {
      const answer = (await app.ask(question)).answer;
      expect(answer, question).toMatch(/没有找到“淮安市?规划局”/);
      expect(answer, question).toContain('淮安市有年度报告的机关：');
      expect(answer, question).toContain('淮安市水利局（2023年）');
      expect(answer, question).toContain('淮安市清江浦区人民政府清河街道办事处（2024年）');
      expect(answer, question).not.toContain('济南市');
      expect(answer, question).not.toMatch(/\d+条/);
    }
  });

  it('lists the kind’s stored agencies first when the kind is one the store holds', async () => {
    const answer = (await app.ask('淮安市教育局2024年收到多少申请')).answer;
    expect(answer).toContain('没有找到“淮安市教育局”');
    expect(answer).toContain('有年度报告的教育局：大冶市教育局（2024年）');
  });

  it('says no guide was found either when a guide’s field is asked, and names a short office with its city’s level', async () => {
    const phone = (await app.ask('淮安市教育局电话多少')).answer;
    expect(phone).toContain('没有找到“淮安市教育局”的政府信息公开指南或年度报告');
    for (const question of ['济南市外事办电话多少', '济南外事办地址在哪']) {
      const answer = (await app.ask(question)).answer;
      expect(answer, question).toMatch(/没有找到“济南市?外事办”的政府信息公开指南或年度报告/);
      expect(answer, question).not.toContain('东关街道办事处的');
    }
    expect((await app.ask('济南外事办地址在哪')).answer).toContain('济南市有年度报告的机关：济南市历下区人民政府东关街道办事处（2024年）');
  });

  it('keeps the store’s first names for a name that opens with no place', async () => {
    // 星辰区 is no place of the divisions and no stored agency's: the first names of the store, not a place's.
    const answer = (await app.ask('星辰区规划局2024年收到多少申请')).answer;
    expect(answer).toContain('没有找到“星辰区规划局”');
    expect(answer).toContain('目前可查询的报告有：');
    expect(answer).not.toContain('有年度报告的机关：');
  });
});
