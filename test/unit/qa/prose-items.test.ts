/**
 * Prose figures read from the right item of a sentence (real-questions-19's classes, each with a made-up report of the same shape):
 * a kind named with 情况类 (工作情况类7条 beside 机构职能类信息4条), cases counted in 例 (收到书面申请2例), and an outlet's bracketed
 * count of accounts (快手短视频账号(1个)发布信息46条), which is not what it published; a count printed after 数量 without a
 * measure word (发布信息数量144); 那X局呢 after a refusal of an agency not stored (那审批局呢 after 平潭教育局).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/qa/retrieve.js';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

const REPORT = `青禾县青禾街道办事处2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开方面。2023年,街道在县门户网站主动公开各类信息共30条。其中机构职能类信息6条,规划计划类3条,政务情况类11条,其他信息10条。
(二)依申请公开方面。2023年,收到群众书面信息公开申请3例,均按期答复。
(三)平台建设方面。2023年,街道政务微博(2个)发布信息88条;抖音短视频账号(1个)发布信息17条。
(四)新媒体方面。街道微信公众号“青禾之声”发布信息数量64,政务网站发布信息数量25。`;

const SECOND = `青禾县民政局2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开方面。2023年,我局主动公开政府信息41条。
(二)依申请公开方面。2023年,我局收到政府信息公开申请5件,均按期答复。`;

describe('prose items', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const file = join(app.directory, 'qinghe.txt');
    writeFileSync(file, REPORT);
    await importFile(app.reports, file);
    const second = join(app.directory, 'qinghe-minzheng.txt');
    writeFileSync(second, SECOND);
    await importFile(app.reports, second);
  });
  afterAll(() => app.dispose());

  it('keeps 情况类 as the name of a kind', () => {
    expect(contentWords('工作情况类信息几条')).toContain('情况类');
    expect(contentWords('工作情况怎么样')).not.toContain('情况');
  });

  it.each([
    ['青禾街道政务情况类信息几条', 11],
    ['青禾街道规划计划类几条', 3],
    ['青禾街道收到几个信息公开申请', 3],
    ['青禾街道政务微博发了多少', 88],
    ['青禾街道抖音发布信息多少', 17],
    ['青禾街道公众号发了多少信息', 64],
  ])('%s → %i', async (question, value) => {
    const answer = await app.ask(question);
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it('reads the posts, not the bracketed accounts, for 抖音呢 after 微博发了多少', async () => {
    expect((await app.ask('青禾街道政务微博发了多少', 'outlets')).facts.map((fact) => fact.value)).toEqual([88]);
    expect((await app.ask('抖音呢', 'outlets')).facts.map((fact) => fact.value)).toEqual([17]);
  });

  it('那民政局呢 after 青禾县教育局 (not stored) was refused: the last question of the kind asked at that place', async () => {
    expect((await app.ask('青禾县教育局收到多少申请', 'unknown')).kind).toBe('refusal');
    expect((await app.ask('那民政局呢', 'unknown')).facts.map((fact) => fact.value)).toEqual([5]);
    expect((await app.ask('青禾县教育局收到多少申请', 'unknown2')).kind).toBe('refusal');
    expect((await app.ask('那环保局呢', 'unknown2')).facts).toEqual([]);
  });
});
