/**
 * real-questions-corpus36's answer classes (reports-more42), each on the real sentence and a made-up second example: applications
 * withdrawn by their applicants (申请人主动撤回信息公开申请3件) are a stage of their own, never the count of applications that
 * came in (共收到并处理政府信息公开申请37件), however closely the withdrawn clause's words match the question's; 都是哪些 /
 * 具体是哪些 said alone after a count asks its parts, and a count whose sentence names its items one by one (主动公开政府信息6条,
 * 分别是…、…) quotes them, as a breakdown printed with counts is quoted.
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
});
