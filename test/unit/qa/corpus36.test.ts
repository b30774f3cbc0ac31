/**
 * real-questions-corpus36's answer classes (reports-more42), each on the real sentence and a made-up second example: applications
 * withdrawn by their applicants (申请人主动撤回信息公开申请3件) are a stage of their own, never the count of applications that
 * came in (共收到并处理政府信息公开申请37件), however closely the withdrawn clause's words match the question's; 都是哪些 /
 * 具体是哪些 said alone after a count asks its parts, and a count whose sentence names its items one by one (主动公开政府信息6条,
 * 分别是…、…) quotes them, as a breakdown printed with counts is quoted; 收费多少万 after a figure of table 二 asks that
 * agency's 行政事业性收费 (an amount in 万), never the rules on what an applicant pays; 公报纸质版发行了多少万册 in a
 * conversation about one agency asks its report's count (册, and 万 before a measure word), not the rules on paper copies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus36 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      // The real sentences (reports-more42/04), cut to what is asked.
      [
        'taian.txt',
        `泰安高新区2025年政府信息公开工作年度报告
一、总体情况
1.主动公开。2025年,泰安高新区各级各部门通过微信公众号平台、政务公开栏、泰安高新区政府网站等平台共主动公开政府信息4898条。
2.依申请公开。2025年共收到并处理政府信息公开申请37件,同比减少5%。协助上级调查处理政府信息公开申请5件,同比减少17%。所有申请均在法定时限内答复,按时答复率100%。在办理过程中,进一步强化对办件问题源头的协调处理,通过沟通协商,申请人主动撤回信息公开申请3件,依法保障申请人知情权。`,
      ],
      // The real sentence (reports-more42/12), cut to what is asked.
      [
        'linhe.txt',
        `本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括临河区发展和改革委员会政府信息公开总体情况。所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
(一)主动公开情况。在政府网站政务公开栏,以多种分类形式全面展示政务信息,2025年,我委主动公开政府信息6条,分别是重大建设项目领域基层政务公开标准目录、信息主动公开事项目录、《市场准入负面清单(2025年版)》政策解读、行政事业性收费单位收费项目及标准、经营性收费单位收费项目及标准,确保公众能及时知晓政策动态。`,
      ],
      // Made up: a count whose items are named one by one, with 分别为.
      [
        'shili2.txt',
        `示例市丙区示例办2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2025年,我办在门户网站发布专题3个,分别为优化营商环境专题、乡村振兴专题、安全生产专题。`,
      ],
      // The real page (reports-more42/09, table 二 one cell a line) and a made-up one of its shape.
      [
        'changchun.txt',
        `登录 注册

2025年度长春新区管委会政府信息公开工作年度报告

发布日期:2026-02-03    点击数:
 按照《中华人民共和国政府信息公开条例》(以下简称《条例》)有关规定,特向社会公布2025年度长春新区管委会政府信息公开工作年度报告。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。本报告中所列数据统计期限自20251月1日至202512月31日截止。

一、总体情况

2025年,本单位严格遵循《中华人民共和国政府信息公开条例》,全面推进政府信息公开工作,确保公众知情权、参与权和监督权。在主动公开方面,坚持“公开为常态、不公开为例外”原则,涵盖政策解读、办事指南等内容,提升工作透明度。依申请公开方面,健全全流程闭环管理机制,规范办理程序,全年处理申请数量423件。政府信息管理上,强化审查机制,确保信息准确、安全。平台建设方面,优化门户网站及新媒体功能,丰富信息供给,扩大传播力。监督保障上,将信息公开纳入绩效考核,加强业务培训,提升工作人员能力。通过多措并举,信息公开工作质效显著提升,为服务经济社会发展提供了有力支撑。

二、主动公开政府信息情况

第二十条  第(一)项

信息内容

本年制发件数

本年废止件数

现行有效件数

规章

0

0

0

行政规范性文件

1

8

15

第二十条  第(五)项

信息内容

本年处理决定数量

行政许可

29858

第二十条  第(六)项

信息内容

本年处理决定数量

行政处罚

912

行政强制

7

第二十条  第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

5125.11

三、收到和处理政府信息公开申请情况

(本列数据的勾稽
`,
      ],
      [
        'shili3.txt',
        `登录 注册

2025年度示例市戊区示例局政府信息公开工作年度报告

发布日期:2026-02-03    点击数:
 按照《中华人民共和国政府信息公开条例》(以下简称《条例》)有关规定,特向社会公布2025年度示例市戊区示例局政府信息公开工作年度报告。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。本报告中所列数据统计期限自20251月1日至202512月31日截止。

一、总体情况

2025年,本单位严格遵循《中华人民共和国政府信息公开条例》,全面推进政府信息公开工作,确保公众知情权、参与权和监督权。在主动公开方面,坚持“公开为常态、不公开为例外”原则,涵盖政策解读、办事指南等内容,提升工作透明度。依申请公开方面,健全全流程闭环管理机制,规范办理程序,全年处理申请数量9件。政府信息管理上,强化审查机制,确保信息准确、安全。平台建设方面,优化门户网站及新媒体功能,丰富信息供给,扩大传播力。监督保障上,将信息公开纳入绩效考核,加强业务培训,提升工作人员能力。通过多措并举,信息公开工作质效显著提升,为服务经济社会发展提供了有力支撑。

二、主动公开政府信息情况

第二十条  第(一)项

信息内容

本年制发件数

本年废止件数

现行有效件数

规章

0

0

0

行政规范性文件

1

8

15

第二十条  第(五)项

信息内容

本年处理决定数量

行政许可

120

第二十条  第(六)项

信息内容

本年处理决定数量

行政处罚

33

行政强制

7

第二十条  第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

37.5

三、收到和处理政府信息公开申请情况

(本列数据的勾稽
`,
      ],
      // The real sentence (reports-more42/07, a spam mirror) and a made-up one.
      [
        'liaoning.txt',
        `??根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。
??一、总体情况
??2025年,辽宁省人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导。
??(二)依申请公开方面。全年共接受办理政府信息公开申请623件。
??(三)政府信息管理方面。公开规章148部、行政规范性文件463件。全年共编发《即时比分公报》24期,纸质版发行量43.2万册。`,
      ],
      [
        'shili4.txt',
        `示例市己区人民政府办公室2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开。全年主动公开政府信息300条。
(二)政府信息管理。全年编发《己区政府公报》12期,纸质版印发6万册。`,
      ],
      // Made up: the withdrawn applications counted with the very words of the question, the received ones plainly.
      [
        'shili.txt',
        `示例市乙区示例局2025年政府信息公开工作年度报告
一、总体情况
1.主动公开。2025年,共主动公开政府信息120条。
2.依申请公开。2025年共收到政府信息公开申请41件。所有申请均在法定时限内答复。经沟通,申请人撤销信息公开申请6件。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('收到多少件信息公开申请 is the count received, never the applications withdrawn', async () => {
    expect(values(await app.ask('泰安高新区25年收到了多少件信息公开申请'))).toEqual([37]);
    expect(values(await app.ask('示例市乙区示例局2025年收到了多少件信息公开申请'))).toEqual([41]);
  });

  it('the withdrawn applications are still their own count when asked', async () => {
    expect(values(await app.ask('泰安高新区有几个申请人主动撤回了申请'))).toContain(3);
    expect(values(await app.ask('示例市乙区示例局2025年撤销了几件申请'))).toContain(6);
  });

  it('都是哪些 / 具体是哪些 after a count quote the items its sentence names one by one', async () => {
    await app.ask('临河区发展和改革委员会2025年主动公开政府信息多少条', 'c36-linhe');
    for (const follow of ['都是哪些', '具体是哪些']) {
      const answer = await app.ask(follow, 'c36-linhe');
      expect(answer.answer).toContain('市场准入负面清单');
      expect(answer.facts).toEqual([]);
    }
    await app.ask('示例市丙区示例办2025年发布了几个专题', 'c36-shili');
    expect((await app.ask('都是哪些', 'c36-shili')).answer).toContain('乡村振兴专题');
  });

  it("收费多少万 after a figure of table 二 is the agency's 行政事业性收费, not the rules on fees", async () => {
    await app.ask('长春新区管委会行政处罚多少件', 'c36-cc');
    expect(values(await app.ask('收费多少万', 'c36-cc'))).toEqual([5125.11]);
    await app.ask('示例市戊区示例局2025年行政处罚多少件', 'c36-wu');
    expect(values(await app.ask('收费有几万', 'c36-wu'))).toEqual([37.5]);
    expect((await app.ask('申请信息公开收费多少钱')).kind).toBe('guide');
  });

  it("公报纸质版发行了多少万册 after a figure of one agency is its report's count, not the rules on paper copies", async () => {
    await app.ask('辽宁省政府办公厅2025年收了多少信息公开申请', 'c36-ln');
    expect(values(await app.ask('公报纸质版发行了多少万册', 'c36-ln'))).toContain(43.2);
    await app.ask('示例市己区人民政府办公室2025年主动公开多少条', 'c36-ji');
    expect(values(await app.ask('公报纸质版印发了多少万册', 'c36-ji'))).toContain(6);
  });
});
