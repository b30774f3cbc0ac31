/** The registry of question types: priorities decide between types, each recogniser fills its own slots. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentWords } from '../../../src/qa/retrieve.js';
import { QUESTION_TYPES, understand, unexplainedWords } from '../../../src/qa/understand.js';

describe('question types', () => {
  it('have unique names and priorities, and declare the slots they fill', () => {
    expect(new Set(QUESTION_TYPES.map((type) => type.name)).size).toBe(QUESTION_TYPES.length);
    expect(new Set(QUESTION_TYPES.map((type) => type.priority)).size).toBe(QUESTION_TYPES.length);
    for (const type of QUESTION_TYPES) expect(type.slots.length, type.name).toBeGreaterThan(0);
  });

  it('read 其他 as the handling row only when it starts no noun of its own', () => {
    // 其他公文 is a kind of document a report counts in its prose, not table 三's 其他 row.
    expect(understand('公开的其他公文几条', 2026).topic).toBeUndefined();
    // A trial-layout row named whole wins over the shorter 其他 inside it.
    expect(understand('其他对外管理服务事项上一年多少项', 2026).topic).toMatchObject({
      type: 'cell',
      row: { key: 'other_services_2019' },
      column: { key: 'previous_items' },
    });
    expect(understand('其他情形有几件', 2026).topic).toMatchObject({ type: 'cell', row: { key: 'other_handling.other' } });
  });

  it('match rows by similarity where no synonym stands whole: a split word, most of a word’s character pairs', () => {
    expect(understand('罚了几次款', 2026).topic).toMatchObject({ type: 'cell', row: { key: 'penalties' } });
    expect(understand('行政的复议有几件', 2026).topic).toMatchObject({ type: 'cell', row: { key: 'review' } });
    // Words that only share 政府信息公开 with a row's label are not that row.
    expect(understand('全区政府信息公开单位共公布了多少条政府信息', 2026).topic).not.toMatchObject({
      type: 'cell',
      row: { key: 'received' },
    });
    // Other characters between the two halves: no match.
    expect(understand('罚球进了一个款式', 2026).topic).toBeUndefined();
    // Columns too: a word put between the halves of a long label.
    expect(understand('科研的机构申请了几件', 2026).topic).toMatchObject({
      type: 'cell',
      row: { key: 'received' },
      column: { key: 'research' },
    });
    expect(understand('社会公益的组织申请了几件', 2026).topic).toMatchObject({
      type: 'cell',
      row: { key: 'received' },
      column: { key: 'public_interest' },
    });
    // 几个人 counts applicants; it does not name the 自然人 (个人) column.
    expect(understand('有几个人来申请公开', 2026).topic).toMatchObject({
      type: 'cell',
      row: { key: 'received' },
      column: { key: 'total' },
    });
  });

  it('read which years the store holds as the reports held (citizen-questions-18)', () => {
    for (const question of ['你能查到哪几年的', '能查到哪些年份', '城关镇有哪几年的年报'])
      expect(understand(question, 2026).topic, question).toEqual({ type: 'reports' });
    expect(understand('哪几年收到的申请最多', 2026).topic).not.toEqual({ type: 'reports' });
  });

  it('the higher priority wins where two types recognise a question', () => {
    // 存在什么问题 (problems, 160) over 改进 (improvements, 140); a figure word keeps contacts (150) out.
    expect(understand('西工区科技局存在什么问题，怎么改进', 2026).topic).toMatchObject({ type: 'section', focus: 'problems' });
    expect(understand('西工区科技局下一步怎么改进', 2026).topic).toMatchObject({ type: 'section', focus: 'improvements' });
    expect(understand('西工区科技局行政许可多少件', 2026).topic).toMatchObject({ type: 'cell', row: { key: 'licensing' } });
  });

  it('fill the applicant-type slot: a named column, 法人 as the five organisation columns, never the 总计', () => {
    expect(understand('中卫市科技局2025年科研机构申请几件', 2026).topic).toMatchObject({
      type: 'cell',
      row: { key: 'received' },
      column: { key: 'research' },
    });
    expect(understand('中卫市科技局2025年法人申请几件', 2026).topic).toMatchObject({ type: 'cell', legalPersons: true, column: undefined });
    expect(understand('中卫市科技局2025年专利申请多少件', 2026).topic).toBeUndefined();
  });

  it('read 结转 with no direction as both carried-in and carried-on; a direction word keeps one row', () => {
    const rows = (question: string) => {
      const topic = understand(question, 2026).topic;
      return topic?.type === 'cell' ? [topic.row.key, ...(topic.alsoRows ?? []).map((row) => row.key)] : [];
    };
    expect(rows('某某县民政局2024年结转的申请有几件')).toEqual(['carried_over', 'carried_forward']);
    expect(rows('某某县民政局2024年结转了多少件')).toEqual(['carried_over', 'carried_forward']);
    // 申请 after 结转 is what was carried, not the applications received.
    expect(rows('2024年民政局结转的申请一共多少件')).toEqual(['carried_over', 'carried_forward']);
    // Across agencies the two would be added together: one row, the answer names it (上年结转).
    expect(rows('2024年各民政局结转的申请一共多少件')).toEqual(['carried_over']);
    expect(rows('2024年哪个民政局结转的最多')).toEqual(['carried_over']);
    expect(rows('某某县民政局2024年上年结转几件')).toEqual(['carried_over']);
    expect(rows('某某县民政局2024年结转过来几件')).toEqual(['carried_over']);
    expect(rows('某某县民政局2024年结转下年度继续办理几件')).toEqual(['carried_forward']);
  });

  it('read 各 before any kind of agency as across agencies (各民政局, 各卫健委, 各街道), not 各项 or 各类', () => {
    for (const question of ['2024年各民政局收到的申请一共多少件', '2024年各卫健委行政处罚一共多少件', '各街道2023年主动公开一共多少条'])
      expect(understand(question, 2026)).toMatchObject({ acrossAgencies: true, operation: 'total' });
    for (const question of ['各项申请都怎么处理的', '各类申请人分别申请了几件', '各种方式公开了多少条'])
      expect(understand(question, 2026).acrossAgencies).toBe(false);
  });

  it('declare their LLM tools as zod slots; a tool call makes the same topic as the offline question', () => {
    const tools = QUESTION_TYPES.flatMap((type) => (type.tool ? [type.tool] : []));
    expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
    for (const tool of tools) {
      expect(tool.name).toMatch(/^[a-z_]+$/);
      const schema = z.toJSONSchema(tool.schema, { io: 'input' }) as { properties: Record<string, unknown> };
      expect(Object.keys(schema.properties), tool.name).toEqual(expect.arrayContaining(['agencies', 'years', 'operation']));
    }
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    const call = (name: string, slots: Record<string, unknown>) => {
      const tool = byName.get(name)!;
      return tool.topic(tool.schema.parse({ agencies: ['西工区科技局'], ...slots }));
    };
    const offline = (question: string) => understand(question, 2026).topic;
    expect(call('table_figure', { row: 'licensing' })).toEqual(offline('行政许可多少件'));
    expect(call('applications_received', { applicant: 'research' })).toEqual(offline('科研机构申请了几件'));
    expect(call('applications_received', { applicant: 'legal_persons' })).toMatchObject({ legalPersons: true, byApplicant: true });
    expect(call('lawsuits', {})).toEqual(offline('被起诉了几次'));
    expect(call('prose_figure', { figure: 'followers' })).toEqual(offline('公众号有多少关注'));
    expect(call('application_result_group', { group: '不予公开' })).toEqual(offline('不予公开几件'));
    expect(call('report_problems', {})).toEqual(offline('存在什么问题'));
    // A slot outside the catalogue is refused by the schema.
    expect(byName.get('table_figure')!.schema.safeParse({ row: 'DROP TABLE reports' }).success).toBe(false);
  });

  it('read colloquial legal phrasing: 告 as a verb is a lawsuit, 复议了几次 a review; 报告 and 公告 are not', () => {
    const lawsuits = { type: 'cell', row: { key: 'litigation_direct' }, alsoRows: [{ key: 'litigation_after_review' }] };
    for (const question of ['被人告了几次', '有人告过他们吗', '被老百姓告了多少次', '被告上法庭几次', '有人去法院告他们吗'])
      expect(understand(question, 2026).topic, question).toMatchObject(lawsuits);
    expect(understand('复议了几次', 2026).topic).toMatchObject({ type: 'cell', row: { key: 'review' } });
    for (const question of ['年度报告说了什么', '弃婴公告发了几期', '告知书发了几份'])
      expect(understand(question, 2026).topic, question).not.toMatchObject({ row: { key: 'litigation_direct' } });
  });

  it('name the words a cell topic leaves unexplained: a qualifier asks for a part the table does not hold', () => {
    const words = (question: string) => {
      const topic = understand(question, 2026).topic!;
      return unexplainedWords(topic, contentWords(question));
    };
    expect(words('网络申请有几件')).toEqual(['网络']);
    expect(words('申请小区备案信息的有几件')).toEqual(expect.arrayContaining(['小区', '备案']));
    // Row, column, group and generic question words explain themselves.
    for (const question of [
      '收到几件申请',
      '法人申请了几件',
      '予以公开多少件',
      '公益组织申请几件',
      '复议后起诉的有几件',
      '有几个人来申请公开',
    ])
      expect(words(question), question).toEqual([]);
  });

  it('a count of calls or a way to apply by phone is no phone-number question', () => {
    expect(understand('热线接听了多少通电话', 2026).topic).not.toMatchObject({ type: 'contacts' });
    expect(understand('电话申请有几件', 2026).topic).toMatchObject({ type: 'cell', row: { key: 'received' } });
    expect(understand('联系电话是多少', 2026).topic).toMatchObject({ type: 'contacts', fields: ['phone'] });
  });
});

describe('what only the 2019 trial layout prints', () => {
  it('reads its own rows and columns, said in the template’s words or everyday ones', () => {
    expect(understand('2020年政府集中采购了几个项目', 2026).topic).toMatchObject({
      row: { key: 'procurement_2019' },
      column: { key: 'items' },
    });
    expect(understand('2020年政府集中采购金额多少', 2026).topic).toMatchObject({
      row: { key: 'procurement_2019' },
      column: { key: 'amount' },
    });
    expect(understand('2020年行政处罚上一年项目数量是多少', 2026).topic).toMatchObject({
      row: { key: 'penalties' },
      column: { key: 'previous_items' },
    });
    expect(understand('20年行政许可上一年有几项', 2026).topic).toMatchObject({
      row: { key: 'licensing' },
      column: { key: 'previous_items' },
    });
    expect(understand('2020年行政许可比上一年多了几项', 2026).topic).toMatchObject({
      row: { key: 'licensing' },
      column: { key: 'change' },
    });
    expect(understand('2020年收费项目减少了多少', 2026).topic).toMatchObject({ row: { key: 'fees_wan_yuan' }, column: { key: 'change' } });
  });
  it('leaves 增减 alone (a change between years) and the 2021 layout’s own columns', () => {
    expect(understand('2024年行政许可比去年增减多少', 2026).topic).not.toMatchObject({ column: { key: 'change' } });
    expect(understand('2024年行政处罚多少件', 2026).topic).toMatchObject({ row: { key: 'penalties' }, column: { key: 'decisions' } });
  });
  it('asks which ways information was published as a list, not as the count of items', () => {
    expect(understand('2022年通过哪些渠道公开信息', 2026).topic).toBeUndefined();
    expect(understand('2022年主动公开了多少条信息', 2026).topic).toMatchObject({ type: 'prose', key: 'proactive_items' });
  });
});
