/**
 * gaps98's classes (gap lines of the question sets, closed by class), on made-up pages cut before their tables:
 * counts of applications handled, carried over, reviews or lawsuits printed with no measure word in a sentence that counts in
 * 件 (已办结18,结转下年度继续办理5。行政复议1(结果维持1)) are read in 件 by the answers' retrieval as the import reads them
 * (report/prose.ts handledCountsInMeasure, qa/retrieve.ts), quoted as printed; a yes/no on a review states its count
 * (engine.ts retrievedAnswer). A sentence counting nothing in 件 keeps such a bare number unread.
 * 信息公开由哪个科室负责 of an agency with no guide and no contact: the office its report says does the work (由党政办专人负责,
 * 办公室(综合效能科)具体负责), quoted (guide/agency-guide-answer.ts officeInChargeStated), never a 负责人 or 各科室.
 * 向哪个处申请 / 哪个处室负责 / 哪个股室受理 ask the accepting office as 哪个科室 does (agency-guide-answer.ts's apply ask).
 * 政府信息分几类 / 信息分为哪几类 asks the guide's catalogue layout (信息分为三类…), as 信息怎么分类 does; 信息公开分几类 does not.
 * A guide printing 开放时间 right after the agency's own office address (主要办公场所地址:…,开放时间:周一至周五…) gives the office's
 * hours (guide/agency-guide.ts); a reading place's 开放时间 stays that place's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';
import { agencyGuideAsks } from '../../../src/guide/agency-guide-answer.js';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';

const cut = (title: string, body: string) => `${title}
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
${body}
(三)政府信息管理
严格落实“三审三校”制度,对
`;

const REPORTS: Record<string, string> = {
  'south.txt': cut(
    '桐庐县城南街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我街道主动公开各类信息36条。\n(二)依申请公开。2025年共受理政府信息公开申请14件,其中网上申请9件,书面申请5件,已办结11,结转下年度继续办理3。政府信息公开行政复议2(结果维持2),政府信息公开行政诉讼0件。',
  ),
  'bare.txt': cut(
    '桐庐县凤川街道办事处2025年政府信息公开工作年度报告',
    '(一)主动公开。2025年,我街道主动公开各类信息20条。\n(二)依申请公开。今年申请已办结7,结转下年度继续办理2。',
  ),
  'town.txt': cut(
    '桐庐县横村镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。我镇坚持聚焦民生关切,规范公开流程,由党政办专人负责,全年主动公开信息52条。\n(二)依申请公开。2025年未收到政府信息公开申请。',
  ),
  'bureau.txt': cut(
    '桐庐县商务局2025年政府信息公开工作年度报告',
    '(一)主动公开。我局由分管副局长为政府信息公开工作第一负责人,办公室(综合统计科)具体负责政府信息公开内容审核、报送工作,全年公开信息31条。',
  ),
  'each.txt': cut(
    '桐庐县水利局2025年政府信息公开工作年度报告',
    '(一)主动公开。我局政府信息公开工作由局长任第一负责人,各科室负责本科室信息的收集,全年公开信息17条。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('gaps98 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('办结了几件 on a cut page is the bare count the sentence prints beside counts in 件, quoted as printed', async () => {
    const [answer] = await converse(app, 'g98-handled', ['城南街道2025年办结了几件']);
    expect(values(answer)).toEqual([11]);
    expect(answer.answer).toContain('已办结11,结转下年度继续办理3');
    expect(answer.answer).not.toContain('11件,');
  });

  it('结转下年度几件 and 复议呢 after the applications received: the bare counts 3 and 2', async () => {
    const [received, carried, review] = await converse(app, 'g98-follow', ['城南街道25年受理了几件申请', '结转下年度几件', '复议呢']);
    expect(values(received)).toEqual([14]);
    expect(values(carried)).toEqual([3]);
    expect(values(review)).toEqual([2]);
  });

  it('有没有被行政复议 is answered 有 with the bare count of reviews as its figure', async () => {
    const [answer] = await converse(app, 'g98-yes', ['城南街道有没有被行政复议']);
    expect(answer.answer).toMatch(/^有/);
    expect(values(answer)).toEqual([2]);
  });

  it('a sentence that counts nothing in 件 keeps its bare numbers unread: no figure is stated', async () => {
    const [answer] = await converse(app, 'g98-bare', ['凤川街道2025年办结了几件']);
    expect(values(answer)).not.toContain(7);
    expect(answer.kind).not.toBe('figure');
  });

  it('信息公开是哪个部门负责 with no guide: the office the report says does the work, quoted', async () => {
    const [town] = await converse(app, 'g98-office-town', ['横村镇政府信息公开是哪个部门负责']);
    expect(town.answer).toContain('由党政办专人负责');
    const [bureau] = await converse(app, 'g98-office-bureau', ['桐庐县商务局信息公开由哪个科室负责']);
    expect(bureau.answer).toContain('办公室(综合统计科)具体负责');
    expect(bureau.answer).not.toContain('第一负责人');
  });

  it('a 负责人 or every 科室 doing their part is no office in charge: the general rule stands', async () => {
    const [answer] = await converse(app, 'g98-office-each', ['桐庐县水利局信息公开由哪个科室负责']);
    expect(answer.answer).not.toContain('各科室负责');
    expect(answer.answer).not.toContain('报告写明');
  });

  it('向哪个处申请 / 哪个处室负责 / 哪个股室受理 ask where to apply, as 哪个科室 does; 哪个处理结果 does not', () => {
    for (const question of ['信息公开向哪个处申请', '依申请公开哪个处室负责', '信息公开申请哪个股室受理'])
      expect(agencyGuideAsks(question), question).toContain('apply');
    expect(agencyGuideAsks('哪个处理结果最多')).not.toContain('apply');
  });

  it('政府信息分几类 / 信息分为哪几类 ask the catalogue layout; 信息公开分几类 (the kinds of disclosure) does not', () => {
    for (const question of ['横村镇政府信息分几类', '政府信息分为哪几类', '这个局的信息一般分几大类'])
      expect(agencyGuideAsks(question), question).toContain('catalogue');
    expect(agencyGuideAsks('信息公开分几类')).not.toContain('catalogue');
  });

  it('开放时间 right after the office address is the office hours; after an archive’s address it is not', () => {
    const own = parseAgencyGuide(`桐庐县发展和改革局政府信息公开指南
一、主动公开
我局主要通过局门户网站和我局主要办公场所等形式公开政府信息。主要办公场所地址:桐庐县迎春南路288号行政中心3楼,开放时间:周一至周五:8:30-12:00,14:00-17:30,法定节假日除外,咨询电话:0571-64621234。
`);
    expect(own.fields.office_hours).toBe('周一至周五:8:30-12:00,14:00-17:30,法定节假日除外');
    const archive = parseAgencyGuide(`桐庐县水利局政府信息公开指南
一、主动公开
公众可到县档案馆查阅。县档案馆地址:桐庐县白云源路100号,开放时间:周一至周五9:00-16:00。
`);
    expect(archive.fields.office_hours).toBeUndefined();
  });
});
