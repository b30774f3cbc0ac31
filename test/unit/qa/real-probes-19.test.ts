/**
 * Probes of the nineteenth session, over the sample reports and made-up pages:
 * - a kind of agency alone as the first message (公安局, 那自然资源与生态环境局呢) asks which of that kind and what of it,
 *   listing the stored ones, instead of saying the question is off-topic;
 * - a county named like a common word (资源县) inside a kind (自然|资源|与生态环境局) is no place: the not-found reply never
 *   names 资源与生态环境局;
 * - a college named at the start of a question with a year between (中山大学2024年收到多少件信息公开申请) is refused by its
 *   name, not met with a list of the stored agencies;
 * - 建议提案按时办结了吗 asks of the suggestions and proposals the report says were handled, not of applications' replies
 *   (was: 没有写明申请是否都在期限内答复);
 * - 汕头高新区 for a stored 汕头国家高新区 is the zone asked: no note that it is not the city's own body;
 * - a guide's answer for a government names it once (双桥区人民政府信息公开（据…）), not 双桥区人民政府政府信息公开.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const SHUANGQIAO = `双桥区自然资源与生态环境局2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
2024年,双桥区自然资源与生态环境局全年主动公开政府信息85条,收到政府信息公开申请6件。
`;

const SHUANGQIAO_GUIDE = [
  '双桥区人民政府信息公开指南',
  '一、主动公开',
  '本机关主动公开的信息在双桥区人民政府门户网站公开。',
  '二、依申请公开',
  '受理机构：双桥区人民政府办公室',
  '办公地址：双桥区新华路8号',
  '邮政编码：067000',
  '咨询电话：0314-1234567',
].join('\n');

const SHANTOU = `汕头国家高新区2023年政府信息公开工作年度报告
本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
2023年,汕头国家高新区主动公开政府信息120条。认真办理人大代表和政协委员提出的建议和提案,2023年承办人大代表建议、政协委员提案共17件全部按时办结,其中主办5件,协办12件。
`;

let app: TestApp;
beforeAll(async () => {
  app = makeTestApp();
  await importTexts(app, [
    ['shuangqiao.txt', SHUANGQIAO],
    ['shuangqiao-guide.txt', SHUANGQIAO_GUIDE],
    ['shantou.txt', SHANTOU],
  ]);
});
afterAll(() => app.dispose());

describe('a kind of agency alone, first in a conversation', () => {
  it('asks which of that kind, listing the stored ones (科技局 of the sample reports)', async () => {
    const answer = await app.ask('科技局', 'kind-1');
    expect(answer.kind).toBe('clarify');
    expect(answer.answer).toContain('您问的是哪个科技局');
    expect(answer.answer).toContain('海原县科学技术局');
    expect(answer.facts).toEqual([]);
  });

  it('with 那…呢 and one agency of the kind stored, names it and asks what of it', async () => {
    const answer = await app.ask('那自然资源与生态环境局呢', 'kind-2');
    expect(answer.kind).toBe('clarify');
    expect(answer.answer).toContain('双桥区自然资源与生态环境局');
    expect(answer.answer).not.toContain('“资源与生态环境局”');
    // Then naming what is asked answers it for that agency.
    const next = await app.ask('双桥区自然资源与生态环境局2024年收到几件申请', 'kind-2');
    expect(next.facts.map((fact) => fact.value)).toContain(6);
  });

  it('after an agency of the conversation, the kind alone still moves to the agency of that kind', async () => {
    await app.ask('海原县科技局2024年收到几件申请', 'kind-3');
    const answer = await app.ask('那自然资源与生态环境局呢', 'kind-3');
    expect(answer.answer).toContain('双桥区自然资源与生态环境局');
    expect(answer.answer).not.toContain('“资源与生态环境局”');
  });

  it('a kind no stored agency has is still off-topic small talk, never a figure', async () => {
    const answer = await app.ask('那消防救援支队呢', 'kind-4');
    expect(answer.facts).toEqual([]);
  });
});

describe('a college named with a year', () => {
  it('is refused by its name', async () => {
    for (const question of ['中山大学2024年收到多少件信息公开申请', '江城理工学院2025年主动公开了多少条']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.answer, question).toContain(`没有找到“${question.slice(0, question.indexOf('20'))}”`);
      expect(answer.facts).toEqual([]);
    }
  });
});

describe("a government's own guide", () => {
  it('names the government once in the heading of its answer', async () => {
    const answer = await app.ask('双桥区政府信息公开怎么申请');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('双桥区人民政府信息公开（据');
    expect(answer.answer).not.toContain('政府政府');
    expect(answer.answer).toContain('0314-1234567');
  });
});

describe('another matter handled in time', () => {
  it('建议提案按时办结了吗 quotes what the report says of them, not of applications', async () => {
    for (const question of ['汕头国家高新区2023年建议提案按时办结了吗', '汕头国家高新区2023年人大建议都按期办完了吗']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).toContain('共17件全部按时办结');
      expect(answer.answer, question).not.toContain('申请是否都在期限内答复');
    }
  });
});

describe('a zone written after its city, without 国家', () => {
  it('is the zone asked, with no note that it is a lower body than the city', async () => {
    const answer = await app.ask('汕头高新区2023年主动公开了多少条');
    expect(answer.facts.map((fact) => fact.value)).toContain(120);
    expect(answer.answer).not.toContain('本级');
  });
});
