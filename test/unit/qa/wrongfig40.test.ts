/**
 * wrongfig40's classes (real-questions-wrongfig40), on made-up pages cut before their tables: an application's outcome in the
 * overview's prose (答复申请…其中予以公开及部分公开845件,不予公开121件) is no count of information published, so 主动公开了多少条
 * is never answered with it; a joint count of a site and an account named in quotes first (门户网站、“某某发布”政务微信公众号
 * 发布各类信息2.96万条) is no one channel's; two rates whose subjects the words asked fit as well (申请…同比减少5%, 协助上级…申请
 * …同比减少17%) are both given, never one of them alone; decisions made asked by their verb (作出了多少行政处罚) are never
 * answered with items published (依法公示行政处罚40条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

function cutPage(agency: string, body: string): string {
  return `${agency}2024年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》规定编制。报告中所列数据统计期为2024年1月1日至2024年12月31日。
一、总体情况
${body}
`;
}

const REPORTS: Record<string, string> = {
  'shi.txt': cutPage(
    '南屏市',
    `(一)主动公开情况。2024年全市新受理政府信息公开申请816件,其中自然人申请790件,法人或其他组织申请26件;答复政府信息公开申请802件(含上年度转结),其中予以公开及部分公开433件,不予公开57件,不予处理12件,结转下一年度继续办理14件。`,
  ),
  'ban.txt': cutPage(
    '南屏省人民政府办公厅',
    `(一)主动公开方面。省政府门户网站、“南屏发布”政务微信公众号发布各类信息3.41万条,发布政府文件28件,同步推出配套政策解读31件。
(二)依申请公开方面。全年共接受办理政府信息公开申请402件。`,
  ),
  'gao.txt': cutPage(
    '南屏高新区',
    `1.主动公开。2024年,南屏高新区通过政府网站等平台共主动公开政府信息2210条。
3.行政处罚。依法公示行政处罚37条。
2.依申请公开。2024年共收到并处理政府信息公开申请44件,同比减少8%。协助上级调查处理政府信息公开申请6件,同比减少25%。`,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig40 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('an application outcome (予以公开及部分公开433件) is no count of information published (made up)', async () => {
    const [proactive] = await converse(app, 'w40-pro', ['南屏市2024年主动公开了多少条政府信息']);
    expect(values(proactive)).not.toContain(433);
    expect(values(proactive)).not.toContain(57);
    const [plain] = await converse(app, 'w40-plain', ['南屏市2024年公开了多少条信息']);
    expect(values(plain)).not.toContain(433);
    // The outcomes asked as such still answer.
    const [granted] = await converse(app, 'w40-granted', ['南屏市2024年不予公开多少件']);
    expect(values(granted)).toEqual([57]);
  });

  it('a site and a quoted account joined before one count are no one channel (made up)', async () => {
    const [account] = await converse(app, 'w40-account', ['南屏省人民政府办公厅2024年“南屏发布”公众号发了多少条信息']);
    expect(values(account)).toEqual([]);
    const [site] = await converse(app, 'w40-site', ['南屏省人民政府办公厅2024年门户网站发了多少条信息']);
    expect(values(site)).toEqual([]);
    // Its own lines still answer.
    const [files] = await converse(app, 'w40-files', ['南屏省人民政府办公厅2024年发布了多少个政府文件']);
    expect(values(files)).toEqual([28]);
  });

  it('two rates the words asked fit as well are both given (made up)', async () => {
    const [both] = await converse(app, 'w40-rate', ['南屏高新区2024年申请同比减少了多少']);
    expect(values(both).sort((a, b) => a - b)).toEqual([8, 25]);
    // Words naming one of them still pick it.
    const [helped] = await converse(app, 'w40-rate-one', ['南屏高新区2024年协助上级调查处理的申请同比减少了多少']);
    expect(values(helped)).toEqual([25]);
  });

  it('decisions made, asked by their verb, are no items published (made up)', async () => {
    const [made] = await converse(app, 'w40-made', ['南屏高新区2024年作出了多少行政处罚']);
    expect(values(made)).toEqual([]);
    const [decided] = await converse(app, 'w40-decided', ['南屏高新区2024年行政处罚决定有几个']);
    expect(values(decided)).toEqual([]);
    // The items published, asked so, still answer.
    const [shown] = await converse(app, 'w40-shown', ['南屏高新区2024年公示了多少条行政处罚']);
    expect(values(shown)).toEqual([37]);
  });
});
