/**
 * prose30's classes (the folder tests' prose gap lines), on made-up pages cut before their tables: an agency named in full
 * and then again short (某街道办事处某街道2024年…) is its name said twice, no words of the thing asked.
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
  'street.txt': cut(
    '东平县人民政府河西街道办事处2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,河西街道始终坚持以人民为中心,主动公开政府信息,把政府信息公开作为服务群众的重要抓手,通过网站公开信息288条,内容包括日常工作情况150条(街道9个科室以及5个社区)、政府信息公开指南(2024年版)1条、法定主动公开内容30条(政策文件、机关简介、机构职能、下辖社区、预算与决算、政府采购、法治政府建设情况报告、年度行政执法数据公示)、2023年政府信息公开工作年度报告、政务公开标准目录(2024年版)、社区政务公开41条(养老服务、社会救助、救灾等),涉及经济、法治、科技、文化、人事、教育、民生、社会、生态文明等类别。\n(二)依申请公开。2024年共收到政府信息公开申请3件。',
  ),
  'bureau.txt': cut(
    '西川区民政局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年,主动公开政府信息公开目录和本局专题栏目共95条。其中政府信息公开目录中公开部门文件12条、工作动态40条、其他8条,共发布60条;专题栏目包括社会救助20条、养老服务15条,共发布35条。\n(二)依申请公开。2024年共收到政府信息公开申请2件。',
  ),
  'housing.txt': cut(
    '南山区住房和城乡建设局2024年政府信息公开工作年度报告',
    '(一)主动公开。2024年主动公开政府信息80条。\n(二)依申请公开。全年接收政府信息公开申请25件,2023年结转4件;全年办理23件,结转2025年6件。',
  ),
  'town.txt': cut(
    '清河镇人民政府2024年政府信息公开工作年度报告',
    '(一)主动公开。其中通过政府网站、政务新媒体等平台发布的信息数量215利用本镇微信公众号“清河发布”发布信息数量96)。\n(二)依申请公开。2024年共收到政府信息公开申请1件。',
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose30 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an agency named in full and again short (…河西街道办事处河西街道2024年) is asked of the thing after it, not of the place', async () => {
    const [twice] = await converse(app, 'p30-twice', ['东平县人民政府河西街道办事处河西街道2024年社区政务公开多少条？']);
    expect(values(twice)).toEqual([41]);
  });

  it('the year before the year asked, right before 结转 (2024年…2023年结转), is the 上年结转 the report prints, not a second year', async () => {
    const [carried] = await converse(app, 'p30-carried', ['南山区住房和城乡建设局2024年2023年结转多少件？']);
    expect(values(carried)).toEqual([4]);
    const [within] = await converse(app, 'p30-carried-within', ['南山区住建局2024年的申请含2023年结转几件']);
    expect(values(within)).toEqual([4]);
  });

  it('so too with the year asked in two digits (24年2023年结转; the lead, twenty-ninth session: it answered 结转下年度)', async () => {
    const [carried] = await converse(app, 'p30-carried-short', ['南山区住建局24年2023年结转多少件？']);
    expect(values(carried)).toEqual([4]);
  });

  it('a bare count run into the next words (信息数量215利用本镇公众号…发布信息数量96) is its own clause’s, not the next count’s', async () => {
    const [site] = await converse(app, 'p30-bare', ['清河镇人民政府2024年通过政府网站、政务新媒体等平台发布信息多少条？']);
    expect(values(site)).toEqual([215]);
    expect(site.answer.split('\n')[0]).not.toContain('96');
  });

  it('two things asked with 共 (目录和专题栏目共多少条) are the joint count the report prints (目录和本局专题栏目共95条), not each part', async () => {
    const [joint] = await converse(app, 'p30-joint', ['西川区民政局2024年主动公开政府信息公开目录和专题栏目共多少条？']);
    expect(values(joint)).toEqual([95]);
    expect(joint.answer).toContain('共95条');
  });
});
