/**
 * wrongfig55's classes (wrong figures and refusals a probe found asking table 三's columns with each row, table 四's cells in
 * citizens' words and shares printed beside counts), on a made-up report: 占百分之几 after a count whose sentence prints its
 * share (信函申请12件,占63%) is that printed share, never one computed over another remembered figure; 单位的申请 is table
 * 三's 法人或其他组织 columns together, never the 总计; 给企业公开了几件 is 予以公开 in that applicant's column (not refused, nor
 * a count of published information); 打了几场官司 counts lawsuits (场 as 件); 复议后又起诉了几件 is the 复议后起诉 row alone;
 * 输了几次 / 败诉几次 is the count of 结果纠正, never the 结果维持 asked just before; 公开了几件 is never a count whose sentence
 * names 公开 only as the work's name (结转上年度政府信息公开申请1件).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const row = (label: string, cells: readonly number[]) => `${label}\t${cells.join('\t')}`;
const zero = [0, 0, 0, 0, 0, 0, 0];
const HANDLING = [
  ['\t(一) 予以公开', [6, 2, 0, 1, 1, 0, 10]],
  ['\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)', [2, 1, 0, 0, 0, 0, 3]],
  ['\t(三) 不予公开\t1.属于国家秘密', zero],
  ['\t\t2.其他法律行政法规禁止公开', zero],
  ['\t\t3.危及“三安全一稳定”', zero],
  ['\t\t4.保护第三方合法权益', zero],
  ['\t\t5.属于三类内部事务信息', zero],
  ['\t\t6.属于四类过程性信息', zero],
  ['\t\t7.属于行政执法案卷', zero],
  ['\t\t8.属于行政查询事项', zero],
  ['\t(四) 无法提供\t1.本机关不掌握相关政府信息', [3, 1, 0, 0, 1, 0, 5]],
  ['\t\t2.没有现成信息需要另行制作', zero],
  ['\t\t3.补正后申请内容仍不明确', zero],
  ['\t(五) 不予处理\t1.信访举报投诉类申请', zero],
  ['\t\t2.重复申请', zero],
  ['\t\t3.要求提供公开出版物', zero],
  ['\t\t4.无正当理由大量反复申请', zero],
  ['\t\t5.要求行政机关确认或重新出具已获取信息', zero],
  ['\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', zero],
  ['\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', zero],
  ['3.其他\t', zero],
] as const;

const REPORT = [
  '云岭县交通运输局2024年政府信息公开工作年度报告',
  '本报告统计数据从2024年1月1日至2024年12月31日。',
  '一、总体情况',
  '2024年，我局主动公开政府信息200条。全年共收到政府信息公开申请19件，其中，通过信函申请12件,占63%；网络申请7件,约占总量的37%。结转上年度政府信息公开申请1件。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t0',
  '行政规范性文件\t3\t1\t12',
  '第二十条第（五）项',
  '信息内容\t本年处理决定数量',
  '行政许可\t150',
  '第二十条第（六）项',
  '信息内容\t本年处理决定数量',
  '行政处罚\t40',
  '行政强制\t0',
  '第二十条第（八）项',
  '信息内容\t本年收费金额（单位：万元）',
  '行政事业性收费\t0',
  '三、收到和处理政府信息公开申请情况',
  '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t\t总计',
  '\t\t自然人\t法人或其他组织',
  '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  row('一、本年新收政府信息公开申请数量\t', [12, 4, 0, 1, 2, 0, 19]),
  row('二、上年结转政府信息公开申请数量\t', [1, 0, 0, 0, 0, 0, 1]),
  row(`三、本年度办理结果${HANDLING[0][0]}`, HANDLING[0][1]),
  ...HANDLING.slice(1).map(([label, cells]) => row(label, cells)),
  row('(七) 总计', [11, 4, 0, 1, 2, 0, 18]),
  row('四、结转下年度继续办理\t', [2, 0, 0, 0, 0, 0, 2]),
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议\t\t\t\t\t行政诉讼',
  '结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计',
  '2\t1\t0\t0\t3\t1\t1\t0\t1\t3\t1\t0\t0\t1\t2',
  '五、存在的主要问题及改进情况',
  '政策解读形式有待丰富。',
  '六、其他需要报告的事项',
  '本年度没有产生信息公开处理费。',
].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig55 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['transport.txt', REPORT]]);
  });
  afterAll(() => app.dispose());

  it('the table reads as made up', async () => {
    const received = await app.ask('云岭县交通运输局2024年收到几件申请');
    expect(values(received)).toEqual([19]);
    const granted = await app.ask('云岭县交通运输局2024年予以公开的申请中商业企业几件');
    expect(values(granted)).toEqual([2]);
  });

  it('占百分之几 after a count whose sentence prints its share is that share, never one computed over another figure', async () => {
    for (const [first, share] of [
      ['云岭县交通运输局2024年通过信函申请多少件', 63],
      ['云岭县交通运输局2024年网络申请多少件', 37],
    ] as const) {
      for (const follow of ['占百分之几', '占比多少']) {
        const [count, asked] = await converse(app, `w55-share-${share}-${follow}`, [first, follow]);
        expect(count.kind, count.answer).toBe('figure');
        expect(asked.kind, asked.answer).toBe('figure');
        expect(values(asked), asked.answer).toContain(share);
        expect(asked.answer).toContain(`${share}%`);
        expect(asked.answer).not.toContain('按以上两个数字计算');
      }
    }
  });

  it('单位的申请 is the organisation columns together, never the 总计', async () => {
    for (const [question, legal, total] of [
      ['云岭县交通运输局2024年单位的申请予以公开了几件', 4, 10],
      ['云岭县交通运输局2024年收到单位的申请多少件', 7, 19],
      ['云岭县交通运输局2024年单位的申请办结了几件', 7, 18],
    ] as const) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(values(answer)[0], answer.answer).toBe(legal);
      expect(values(answer), question).not.toContain(total);
      expect(answer.answer).toContain('法人或其他组织');
    }
    // 本单位 is the agency itself: no column.
    const own = await app.ask('云岭县交通运输局2024年本单位的申请几件');
    expect(values(own)).not.toContain(7);
  });

  it('给企业公开了几件 is 予以公开 in that applicant column', async () => {
    for (const [question, value] of [
      ['云岭县交通运输局2024年给企业公开了几件', 2],
      ['云岭县交通运输局2024年给律所公开了几件', 1],
      ['云岭县交通运输局2024年给个人公开了几件', 6],
      ['云岭县交通运输局2024年向公益组织公开的有几件', 1],
    ] as const) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(values(answer), `${question} ${answer.answer}`).toEqual([value]);
      expect(answer.answer).toContain('予以公开');
    }
  });

  it('打了几场官司 counts the lawsuits; 复议后又起诉了几件 is the 复议后起诉 row alone', async () => {
    const lawsuits = await app.ask('云岭县交通运输局2024年打了几场官司');
    expect(lawsuits.kind, lawsuits.answer).toBe('figure');
    expect(lawsuits.answer).toContain('5件');
    for (const question of ['云岭县交通运输局2024年复议后又起诉了几件', '云岭县交通运输局2024年复议完再去起诉的有几件']) {
      const after = await app.ask(question);
      expect(values(after), `${question} ${after.answer}`).toEqual([2]);
      expect(after.answer).not.toContain('5件');
    }
    const [, follow] = await converse(app, 'w55-after', ['云岭县交通运输局2024年打了几次官司', '复议后又起诉的呢']);
    expect(values(follow), follow.answer).toEqual([2]);
  });

  it('输了几次 / 败诉几次 is the count of 结果纠正, never the 结果维持 asked before', async () => {
    const [, upheld, lost] = await converse(app, 'w55-lost', ['云岭县交通运输局2024年被复议了几次', '维持了几件', '输了几次']);
    expect(values(upheld)).toEqual([2]);
    expect(lost.kind, lost.answer).toBe('figure');
    expect(values(lost)[0], lost.answer).toBe(1);
    expect(values(lost)).not.toContain(2);
    expect(lost.answer).toContain('结果纠正');
    // After a count of lawsuits, 输了几次 is the lawsuits' 结果纠正 alone, in the year asked.
    const [, lostSuits] = await converse(app, 'w55-lost-suits', ['云岭县交通运输局2024年打了几次官司', '输了几次']);
    expect(new Set(values(lostSuits)), lostSuits.answer).toEqual(new Set([1, 0]));
    expect(lostSuits.answer.split('（来源')[0]).not.toContain('行政复议');
    for (const question of ['云岭县交通运输局2024年官司输了几次', '云岭县交通运输局2024年败诉几次']) {
      const answer = await app.ask(question);
      expect(new Set(values(answer)), `${question} ${answer.answer}`).toEqual(new Set([1, 0]));
      expect(answer.answer).toContain('结果纠正');
      expect(answer.answer.split('（来源')[0]).not.toContain('行政复议');
    }
  });

  it('公开了几件 is never a count whose sentence names 公开 only as the name of the work', async () => {
    const answer = await app.ask('云岭县交通运输局2024年公开了几件');
    expect(answer.answer).not.toContain('结转上年度');
    expect(values(answer), answer.answer).not.toContain(1);
  });
});
