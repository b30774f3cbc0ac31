/**
 * qachat67's classes (conversations after a miss, citizen-questions-109), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 为什么答复的比收到的多 / 为什么回复的比收到的多 when the report prints the applications carried in from the year before
 *    (结转上年5件, 其中含上年结转公开申请4件): that count, stated as the reason (was: the sentence quoted with no figure, or
 *    没有写明原因 when 收到 and 回复 stand in sentences of their own).
 * 2. 予以公开跟部分公开加起来 (two outcomes named, then their sum, in one message) after a count of one report: the two added,
 *    equal counts too (予以公开3件,部分公开3件) (was: 予以公开 read twice, 予以予以公开, and the rules on replies given).
 * 3. 那应急管理厅23年办结了几件 (那, then a department's kind, no place, and a question of its own): the kind asked of the
 *    province talked about (was: 没有找到“那应急管理厅”).
 * 4. 那应急厅呢 (a department's kind shortened, no place) after a department of one province: that province's one stored
 *    department whose kind holds the words in order (was: the department talked about asked again, or which agency).
 * 5. 那梅林街道呢 / 那大嵩镇收到几件 (a 街道 or 镇 by its own name alone, none stored) after another agency: not found, said so
 *    (was: the agency talked about answered again, its figure given for the one named).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat67: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'nh-2024.txt',
        cutPage(
          '宁海县桃源街道',
          2024,
          '（二）依申请公开情况 2024年,街道收到依申请公开4件,结转上年5件,答复申请共9件。其中,予以公开3件,部分公开3件,无法提供3件。',
        ),
      ],
      [
        'xs-2025.txt',
        cutPage(
          '象山县发展和改革局',
          2025,
          '（三）依申请公开工作情况。2025年累计收到公民、法人依申请公开申请20件,其中网络收件12件、邮寄收件8件。累计回复公开申请24件,其中含上年结转公开申请4件,全部在法定日期内做出回复。',
        ),
      ],
      ['jl-sw-2020.txt', cutPage('吉林省商务厅', 2020, '一是通过政府门户网站主动公开信息900条,受理留言咨询80件。')],
      ['jl-yj-2023.txt', cutPage('吉林省应急管理厅', 2023, '2023年,共办结政府信息公开申请21件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('names the applications carried in from the year before when more were answered than received', async () => {
    const [, answered, why] = await converse(app, 'why-answered', ['桃源街道24年收到几个依申请', '答复了多少件', '为什么答复的比收到的多']);
    expect(answered.facts.map((fact) => fact.value)).toContain(9);
    expect(why.facts.map((fact) => fact.value)).toContain(5);
    expect(why.answer).toContain('结转');
    const [, replied] = await converse(app, 'why-replied', ['象山发改局2025年收到多少依申请', '为什么回复的比收到的多']);
    expect(replied.facts.map((fact) => fact.value)).toContain(4);
    expect(replied.answer).toContain('结转');
  });

  it('adds two outcomes named in one message, equal counts too', async () => {
    const [, both, next] = await converse(app, 'two-named', ['桃源街道24年收到几个依申请', '予以公开跟部分公开加起来', '无法提供呢']);
    expect(both.kind).toBe('figure');
    expect(both.facts.map((fact) => fact.value)).toContain(6);
    expect(next.facts.map((fact) => fact.value)).toContain(3);
  });

  it('asks a department named by its kind after 那, shortened or not, of the province talked about', async () => {
    const [, full] = await converse(app, 'that-kind', ['吉林商务厅2020年门户网站公开多少条', '那应急管理厅23年办结了几件申请']);
    expect(full.facts.map((fact) => fact.value)).toContain(21);
    const [, short] = await converse(app, 'short-kind', ['吉林商务厅2020年门户网站公开多少条', '那应急厅23年办结了几件申请']);
    expect(short.facts.map((fact) => fact.value)).toContain(21);
    expect(short.answer).toContain('吉林省应急管理厅');
  });

  it('says a 街道 or 镇 named alone and not stored is not found, never the one talked about', async () => {
    const [, street, town] = await converse(app, 'bare-township', ['桃源街道24年收到几个依申请', '那梅林街道呢', '那大嵩镇收到几件']);
    expect(street.facts).toEqual([]);
    expect(street.answer).toContain('梅林街道');
    expect(town.facts).toEqual([]);
    expect(town.answer).toContain('大嵩镇');
  });
});
