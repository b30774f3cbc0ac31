/**
 * reports-more14's prose classes over made-up reports of the same shape: the lead of a numbered list in section 二
 * (我社主动公开政府信息57条,其中:1.…;6.政府信息公开工作年度报告1条;…) states the proactive total, not its items; applications
 * a cut-off report counts in 条 (共收到依申请公开7条) answer 收到几件; and deputies' proposals received (收到人大代表、政协委员提出的
 * 建议、提案4件) are no applications, though they are received and counted in 件; nor does 未接到…回应的申请 say none came; a
 * count of the reviews applications led to (因政府信息公开申请产生行政复议3起) or of complaints is none of applications; and
 * 共收到自然人申请2件, which does not repeat the question's 政府信息公开, is found by the report's own words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('reports-more14 prose classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports = {
      'list.txt': `平阴县档案馆2022年政府信息公开工作年度报告
一、总体情况
(一)依申请公开方面。2022年我馆共收到依申请公开3条,均在法定期限内答复。
二、主动公开政府信息情况
2022年,我馆主动公开政府信息44条,其中:1.机构职能类信息2条;2.政府信息公开工作年度报告1条;3.其他信息41条(详见表1)。
序号
| 项目
| 数量(条)
|`,
      'proposals.txt': `邹平市医疗保障局2021年政府信息公开工作年度报告
一、总体情况
(一)主动公开方面。全年主动公开公文类信息12条。收到人大代表、政协委员提出的建议、提案5件,均按时办结。
(二)依申请公开方面。全年共受理依申`,
      'reviews.txt': `清河区城市管理局2022年政府信息公开工作年度报告
一、总体情况
(一)依申请公开工作开展情况
截至2022年12月31日,清河区城市管理局共受理政府信息公开申请6件,答复政府信息公开申请5件,均在法定期限内办结,1件结转下一年办理。因政府信息公开申请产生行政复议2起,均维持;行政诉讼1起。
(二)政府信息管理工作开展情况`,
      'complaints.txt': `东台市城市管理局2022年政府信息公开工作年度报告
一、总体情况
(一)做好依申请公开工作。2022年,东台市城市管理局收到依申请公开事项3条,按时办结。因政府信息公开工作被申请行政复议数量0件。因政府信息公开工作被举报投诉数量0件。
(二)落实标准化建设要求`,
      'applicant.txt': `本溪市医疗保障局2023年政府信息公开工作年度报告
一、总体情况
(一)依申请公开情况
严格规范依申请公开登记、办理程序。2023年,共收到自然人申请5件,均按规定予以办理。
(二)政府信息管理情况`,
      'other-request.txt': `宁阳县供销合作社2019年政府信息公开工作年度报告
一、概述
2019年,我社未收到人大代表建议办理事项。
二、主动公开政府信息情况
2019年,我社主动公开政府信息21条。2019年,我社未接到群众关注热点或突发事件回应的申请。
三、依申请公开政府信息情况`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('the lead of a numbered list in section 二 is the proactive total, not an item the sub-headings cut off', async () => {
    const answer = await app.ask('平阴县档案馆2022年主动公开了多少条政府信息');
    expect(answer.facts.map((fact) => fact.value)).toEqual([44]);
  });

  it('applications counted in 条 answer a question in 件', async () => {
    const answer = await app.ask('平阴县档案馆2022年收到几件政府信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).toEqual([3]);
  });

  it('未接到…回应的申请 (another kind of request) is no statement that no application came: refused, never 0', async () => {
    const answer = await app.ask('宁阳县供销合作社2019年收到几件申请');
    expect(answer.kind, answer.answer).toBe('refusal');
    expect(answer.facts).toEqual([]);
  });

  it('a count of applications is none of the reviews or complaints they led to', async () => {
    expect((await app.ask('清河区城市管理局2022年受理了多少件政府信息公开申请')).facts.map((fact) => fact.value)).toEqual([6]);
    expect((await app.ask('东台市城市管理局2022年收到几件政府信息公开申请')).facts.map((fact) => fact.value)).toEqual([3]);
  });

  it('applications stated without the question’s 政府信息公开 (共收到自然人申请5件) are found by the report’s own words', async () => {
    expect((await app.ask('本溪市医疗保障局2023年收到几件政府信息公开申请')).facts.map((fact) => fact.value)).toEqual([5]);
  });

  it('proposals received are no applications: refused, never the 5', async () => {
    const answer = await app.ask('邹平市医疗保障局2021年受理了多少件依申请公开');
    expect(answer.kind).toBe('refusal');
    expect(answer.facts).toEqual([]);
  });
});
