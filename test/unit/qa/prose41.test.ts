/**
 * prose41's classes (facts reports state only in sentences), on made-up pages: who holds a role of the disclosure work asked in
 * a conversation about one report (副组长是谁, 分管领导叫什么名字, 谁负责政务公开工作) is what its sentences say of that role —
 * the holder quoted (以主任李青禾为组长, 由分管副主任具体负责政务公开工作), or that the report names no one (明确了分管领导 only,
 * or no word of it), never an off-topic reply nor the rules on guides. Documents issued in a bare level's government's name
 * (以县政府名义印发了多少个文件) are what the report counts, not an agency named 以县政府 nor applying in one's own name. A share
 * the sentence prints further on of the part's own thing (音频解读文件10个,实现解读全覆盖,音频解读占比20%) is quoted, not computed.
 * What one application concerned, told back of it (從申請的信息內容來看,該申請涉及…) on a traditional page, is quoted. Press
 * conferences asked in 次 or 场 against a list counting them in 篇 (新闻发布会4篇) are that count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const whole = (title: string, body: string, year: number) => `${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
二、主动公开政府信息情况
(略)
三、收到和处理政府信息公开申请情况
(略)
四、政府信息公开行政复议、行政诉讼情况
(略)
五、存在的主要问题及改进情况
更新不够及时。
六、其他需要报告的事项
无。`;

const REPORTS: Record<string, string> = {
  'water.txt': whole(
    '柳湾市水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。调整了以主任李青禾为组长,副主任周明远、吴海为副组长,各科室负责人为成员的政务公开领导小组。全年主动公开政府信息80条。',
    2025,
  ),
  'forest.txt': whole(
    '柳湾市林业局2025年政府信息公开工作年度报告',
    '(一)主动公开。我局高度重视,明确政府信息公开分管领导和专职工作人员。全年主动公开政府信息66条。',
    2025,
  ),
  'market.txt': whole(
    '柳湾市商务局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息120条。(三)政府信息管理。明确由分管副局长具体负责政务公开工作,办公室负责日常信息发布。',
    2025,
  ),
  'office.txt': whole(
    '青禾县人民政府办公室2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息900条,公开以县政府及县政府办公室名义印发的文件24件,配发解读材料共19件。',
    2025,
  ),
  'culture.txt': whole(
    '柳湾市文化和旅游局2025年政府信息公开工作年度报告',
    '(一)主动公开。全年共解读文件40个。其中图解文件30个,音频解读文件10个,实现解读全覆盖,音频解读占比20%。',
    2025,
  ),
  'harbour.txt': whole(
    '柳灣市港務局2025年政府信息公開工作年度報告',
    '(一)主動公開。全年主動公開政府信息70條。(二)依申請公開。2025年我局收到1件申請,從申請的信息內容來看,該申請涉及碼頭岸線使用審批。',
    2025,
  ),
  'county-office.txt': whole(
    '青禾县人民政府办公室2024年政府信息公开工作年度报告',
    '(一)主动公开。全年发布概况类信息52条,文字解读12篇、图文解读6篇、新闻发布会4篇,政府公开信箱信件办理办结206件。',
    2024,
  ),
  'sports.txt': whole('柳湾市体育局2025年政府信息公开工作年度报告', '(一)主动公开。全年主动公开政府信息45条。', 2025),
};

describe('prose41 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('副组长是谁 / 组长叫什么名字 after a figure: the holders the report names', async () => {
    const user = 'deputies';
    await app.ask('柳湾市水利局2025年主动公开了多少条', user);
    const deputies = await app.ask('副组长是谁', user);
    expect(deputies.kind).toBe('text');
    expect(deputies.answer).toContain('周明远、吴海');
    expect(deputies.answer).not.toContain('李青禾为组长。');
    const head = await app.ask('组长叫什么名字', user);
    expect(head.kind).toBe('text');
    expect(head.answer).toContain('主任李青禾');
  });

  it('分管领导叫什么名字 where the report only says there is one: not stated, no name and no figure', async () => {
    const user = 'unnamed';
    await app.ask('柳湾市林业局2025年主动公开了多少条', user);
    for (const question of ['分管领导叫什么名字', '分管领导是谁']) {
      const answer = await app.ask(question, user);
      expect(answer.kind, `${question} → ${answer.answer}`).toBe('refusal');
      expect(answer.answer).toContain('没有写明');
      expect(answer.answer.replaceAll('2025年', '')).not.toMatch(/\d/u);
    }
  });

  it('谁负责政务公开工作 after a figure: the report’s own words on who, not the rules on guides', async () => {
    const user = 'in-charge';
    await app.ask('柳湾市商务局2025年主动公开了多少条', user);
    const answer = await app.ask('谁负责政务公开工作', user);
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain('分管副局长');
  });

  it('以县政府名义印发的文件 after a figure: the documents the report counts, no agency named 以县政府 nor the rules on applying', async () => {
    for (const question of ['以县政府名义印发了多少个文件', '以县政府及县政府办公室名义印发的文件有几件']) {
      const user = `issuer-${question}`;
      await app.ask('青禾县政府办2025年主动公开了多少条', user);
      const answer = await app.ask(question, user);
      expect(answer.kind, `${question} → ${answer.answer}`).toBe('figure');
      expect(answer.facts.map((fact) => fact.value)).toEqual([24]);
    }
  });

  it('a share the sentence prints further on, of the part’s own thing, is the report’s (音频解读占比20%), not one computed', async () => {
    const user = 'share';
    await app.ask('柳湾市文旅局2025年解读了多少个文件', user);
    await app.ask('其中音频解读几个', user);
    const answer = await app.ask('音频解读占比多少', user);
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('音频解读占比20%');
    expect(answer.answer).not.toContain('25%');
    const other = await app.ask('柳湾市文旅局2025年图解文件几个', 'share-other');
    expect(other.facts.map((fact) => fact.value)).toEqual([30]);
    const otherShare = await app.ask('占比多少', 'share-other');
    expect(otherShare.answer).not.toContain('20%');
  });

  it('what one application concerned, told back of it on a traditional page (該申請涉及…), is quoted', async () => {
    const user = 'content';
    await app.ask('柳湾市港务局2025年主动公开了多少条', user);
    const answer = await app.ask('申请涉及什么内容', user);
    expect(answer.kind, answer.answer).toBe('text');
    expect(answer.answer).toContain('码头岸线使用审批');
  });

  it('几次 / 几场 新闻发布会 against a list counting them in 篇 (新闻发布会4篇,…办结206件): that count, never the next one', async () => {
    for (const question of ['青禾县政府办2024年开了几次新闻发布会', '青禾县政府办2024年开了几场新闻发布会']) {
      const answer = await app.ask(question);
      expect(
        answer.facts.map((fact) => fact.value),
        `${question} → ${answer.answer}`,
      ).toEqual([4]);
      expect(answer.answer.split('\n')[0]).not.toContain('206');
    }
  });

  it('分管领导是谁 of a report that never mentions the role: not stated', async () => {
    const user = 'silent';
    await app.ask('柳湾市体育局2025年主动公开了多少条', user);
    const answer = await app.ask('分管领导是谁', user);
    expect(answer.kind).toBe('refusal');
    expect(answer.answer).toContain('没有写明');
  });
});
