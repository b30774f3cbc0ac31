/**
 * gaps34's classes (guide-questions-35's gap lines): a scope stated in one numbered sentence under 一、主动公开 (1. 主动公开的政府信息
 * 范围主要包括…); a 公开范围 line with no number whose kinds are (一)…(四) below it; a 公开范围 that lists conditions followed by a
 * 公开内容 that lists the kinds; a bulleted ●公开形式 whose ways are (一)…(三) below it, in a mirror that doubles punctuation
 * (二,、); the scope's 主动向社会免费公开 as the answer to 主动公开的信息收费吗; the short name a guide introduces for its agency
 * ((以下简称“X区管委会”)) and the zone's own short name; the 政务公开分管领导 a guide names; the catalogue's 信息分类和编排体系 and
 * its search (按哪些条件检索); hours whose days are in brackets on the line under them; a mailbox only for questions; what an
 * application must state (应载明下列内容); 公开几类信息 as the scope asked, no count. Made-up guides of made-up agencies.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

/** A made-up city bureau: its scope one numbered sentence, the next numbered line on how it publishes. */
const HEQIAO_MZJ =
  '河桥市民政局政府信息公开指南\n\n一、主动公开\n\n' +
  '1. 主动公开的政府信息范围主要包括机构职能、统计数据、救助标准、财政信息等,详见公开栏\n\n' +
  '2.本机关主要通过门户网站主动公开政府信息;并通过报刊、广播等渠道主动公开政府信息。\n\n' +
  '二、依申请公开\n\n受理机构:河桥市民政局办公室\n\n联系电话:0000-3330001\n';

/** A made-up zone committee: a short name, 公开范围 alone on its line with (一)…(三) kinds below it, then ●获取方式. */
const SHIQIAO_KFQ =
  '河东石桥(新港)经济开发区管理委员会政府信息公开指南\n' +
  '为了更好地提供政府信息公开服务,河东石桥(新港)经济开发区管理委员会(以下简称“石港区管委会”)编制了本指南。\n' +
  '一、主动公开\n公开范围\n石港区管委会主动向社会免费公开的信息范围参见本市编制的《目录》。\n主要包括:\n' +
  '(一)组织机构\n主要包括:机构设置及主要职能情况。\n(二)规划计划\n主要包括:园区发展规划、年度工作计划等。\n' +
  '(三)其他\n主要包括:防汛抗旱预案、环境监测情况等。\n' +
  '●获取方式\n公民可以到石港区管委会办公室(具体地址:河东市新港路8号3楼)查阅。\n';

/** A made-up zone office: 公开范围 lists conditions, 公开内容 the kinds. */
const BAISHA_KFQ =
  '白沙经济开发区管委会信息公开指南\n\n一、主动公开\n\n(一)公开范围\n\n1.涉及公民切身利益的;\n\n2.需要社会公众广泛知晓的;\n\n' +
  '3.其他应当主动公开的。\n\n(二)公开内容\n\n主动公开本机关的下列政府信息:\n\n1.规范性文件;\n\n2.机关职能、办公地址、领导名单;\n\n' +
  '3.其他政府信息等。\n\n(三)公开时限\n\n自该政府信息形成或者变更之日起20个工作日内予以公开。\n';

/** A made-up 繁体 mirror with doubled punctuation: ●公開形式 with its ways (一)…(三) below, up to 二,、. */
const LIUYANG_ZRZY =
  '柳陽市自然資源局政府信息公開指南\n一,、主動公開\n● 公開範圍\n本機關主動向社會免費公開的信息範圍參見本機關編制的《目錄》,。\n' +
  '● 公開形式\n對於主動公開的政府信息,本機關主要採取網上公開形式,。\n本機關還採用以下公開方式:\n(一)通過村務宣傳櫥窗;\n' +
  '(二)通過報刊,、廣播等新聞媒體公開;\n(三)通過其他有效方式公開,。\n二,、依申請公開\n公民可以向本機關申請獲取,。\n' +
  '受理機構:柳陽市自然資源局辦公室\n';

/** A made-up province department in one run-on line, naming its 政务公开分管领导. */
const NANLING_WJW =
  '南岭省卫生健康委员会政府信息公开指南\n为便于公民获取本委的政府信息,编制本指南。 一、政府信息公开工作机构及其负责人 ' +
  '工作机构名称:南岭省卫生健康委员会办公室 政务公开分管领导:李某明 办公地址:南岭市文化路2号 联系电话:0000-4440001 二、主动公开 (一)公开内容 本机关主动公开机构概况、政策文件。 ' +
  '(二)信息分类和编排体系 按照主题分类进行编排,包括“政策文件、机构概况”等内容。检索区提供关键字、标题、文号等精准检索方式。\n';

/** A made-up city bureau: hours with their days on the line under them, a mailbox only for questions, what an application states. */
const SHUANGHE_RSJ =
  '双河市人力资源和社会保障局政府信息公开指南\n一、主动公开\n(一)公开范围\n1.机构职能;2.政策文件;3.统计信息。\n' +
  '二、依申请公开\n(一)申请\n申请材料提供应载明下列内容:\n(1)申请人的姓名或者名称、联系方式;\n' +
  '(2)申请公开的政府信息的名称或者其他特征性描述;\n(3)申请公开的政府信息的形式要求。\n(二)受理机构\n' +
  '受理机构:双河市人力资源和社会保障局办公室\n工作时间:夏季8:00-12:00,15:00-18:00\n冬季8:00-12:00,14:30-17:30\n' +
  '(周一至周五,节假日除外)\n联系电话:0000-6660001\n' +
  '电子邮箱:shrsj@example.com(仅用于接收政府信息公开工作咨询及意见建议,如需提交申请,请查看“二、依申请公开”。)\n';

describe('a guide scope read from a numbered sentence, an unnumbered heading, or two listing parts', () => {
  it('1. 主动公开的政府信息范围主要包括… is the scope, up to the end of its line', () => {
    const fields = parseAgencyGuide(HEQIAO_MZJ).fields;
    expect(fields.proactive_scope).toContain('救助标准');
    expect(fields.proactive_scope).not.toContain('门户网站');
  });

  it('公开范围 on its own line keeps its (一)…(三) kinds, up to the bulleted line', () => {
    const fields = parseAgencyGuide(SHIQIAO_KFQ).fields;
    const scope = fields.proactive_scope_full ?? fields.proactive_scope;
    expect(scope).toContain('防汛抗旱预案');
    expect(scope).not.toContain('获取方式');
  });

  it('a 公开内容 list after a 公开范围 of conditions is kept for one item asked', () => {
    const fields = parseAgencyGuide(BAISHA_KFQ).fields;
    expect(fields.proactive_scope).toContain('切身利益');
    expect(fields.proactive_scope_full).toContain('领导名单');
  });

  it('●公开形式 keeps its (一)…(三) ways and ends at a doubled 二,、', () => {
    const fields = parseAgencyGuide(LIUYANG_ZRZY).fields;
    expect(fields.proactive_channels).toContain('村務宣傳櫥窗');
    expect(fields.proactive_channels).not.toContain('依申請');
  });

  it('the hours keep their days printed under them; a mailbox only for questions; what an application must state', () => {
    const fields = parseAgencyGuide(SHUANGHE_RSJ).fields;
    expect(fields.office_hours).toContain('周一至周五');
    expect(fields.channel_notes?.join(' ')).toContain('仅用于接收政府信息公开工作咨询');
    expect(fields.application_contents).toContain('特征性描述');
    expect(fields.application_contents).not.toContain('受理机构');
  });

  it('the short name a guide gives its agency, and the 政务公开分管领导', () => {
    expect(parseAgencyGuide(SHIQIAO_KFQ).shortName).toBe('石港区管委会');
    expect(parseAgencyGuide(NANLING_WJW).fields.disclosure_leader).toBe('李某明');
    // 以下简称“高新区管委会”: a zone's kind alone is no short name of one body.
    const generic = SHIQIAO_KFQ.replace('以下简称“石港区管委会”', '以下简称“开发区管委会”');
    expect(parseAgencyGuide(generic).shortName).toBeUndefined();
  });

  it('answers each from its guide', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['heqiao-mzj-guide.txt', HEQIAO_MZJ],
      ['shuanghe-rsj-guide.txt', SHUANGHE_RSJ],
      ['shiqiao-kfq-guide.txt', SHIQIAO_KFQ],
      ['baisha-kfq-guide.txt', BAISHA_KFQ],
      ['liuyang-zrzy-guide.txt', LIUYANG_ZRZY],
      ['nanling-wjw-guide.txt', NANLING_WJW],
    ]);
    const asked: Array<[string, string]> = [
      ['河桥市民政局主动公开哪些信息', '救助标准'],
      ['河桥市民政局公开财政信息吗', '财政信息'],
      ['石港区管委会办公地址', '新港路8号'],
      ['石港区公开防汛抗旱预案吗', '防汛抗旱预案'],
      ['白沙经济开发区管委会公开领导名单吗', '领导名单'],
      ['柳阳市自然资源局除了网上还通过什么公开', '村务宣传橱窗'],
      ['柳阳市自然资源局主动公开的信息收费吗', '免费公开'],
      ['南岭省卫健委政务公开分管领导是谁', '李某明'],
      ['南岭省卫健委的信息公开目录怎么编排的', '主题分类'],
      ['南岭省卫健委的公开信息可以按哪些条件检索', '文号'],
      ['双河市人社局周六上班吗', '周一至周五'],
      ['双河市人社局的邮箱能用来交申请吗', '咨询'],
      ['双河市人社局申请书要写哪些内容', '特征性描述'],
      // 公开几类 asks the kinds the scope lists, no count of a report.
      ['河桥市民政局主动公开几类信息', '救助标准'],
    ];
    for (const [question, words] of asked) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(words);
    }
    // The fees of applying are still the general rule, not the free scope.
    expect((await app.ask('柳阳市自然资源局申请信息收费吗')).answer).not.toContain('免费公开的信息范围');
    // A guide naming no leader: no name is made up.
    expect((await app.ask('河桥市民政局政务公开分管领导是谁')).answer).not.toContain('政务公开分管领导：');
    app.dispose();
  });
});
