/** qaguide14's classes: the real sentences of its guides and a made-up second example of each. */
import { describe, expect, it } from 'vitest';
import { agencyGuideAsks } from '../../../src/guide/agency-guide-answer.js';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';

describe('a title broken over two lines (agency, then a bare 政府信息公开指南)', () => {
  it('reads 元江县医疗保障局 / 政府信息公开指南 (real)', () => {
    const text =
      '元江县医疗保障局\n政府信息公开指南\n\n\n按照《中华人民共和国政府信息公开条例》规定,特编制《元江县医疗保障局依申请公开指南》。\n(二)依申请公开\n    受理机构:玉溪市元江县医疗保障局办公室\n    办公时间:作日上午8:00-11:30,下午14:30-17:30(法定节假日除外)\n';
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('元江县医疗保障局');
    expect(guide.fields.accepting_office).toBe('玉溪市元江县医疗保障局办公室');
  });

  it('reads a made-up 青禾县林业局 / 政务信息公开指南, and takes no menu item before a column name for an agency', () => {
    const guide = parseAgencyGuide('青禾县林业局\n政务信息公开指南\n一、依申请公开\n受理机构:青禾县林业局办公室\n联系电话:0000-1234567\n');
    expect(guide.agency).toBe('青禾县林业局');
    expect(guide.fields.phone).toBe('0000-1234567');
    expect(looksLikeAgencyGuide('机构设置\n政府信息公开指南\n领导简介\n')).toBe(false);
  });
});

describe('a page starting with its metadata table, then the part on applying', () => {
  const real = [
    '索引号: | 002564213/2025-00002 | 成文日期: | 2025-01-01 |',
    '公开方式: | 主动公开 | 公开时限: | 长期公开 |',
    '文件编号: | 发布机构: | 湖州市公安局 |',
    '申请人需要本机关主动公开以外的政府信息,可以向本机关申请获取。',
    '(一)申请方式',
    '1.网上申请。申请人可登录依申请公开专栏,直接在网上提出申请。',
    '联系电话:0572—2252033,传真号码:0572-2252571。',
    '办公时间:法定工作日:夏季 8:30-12:00,14:30-18:00;冬季 8:30-12:00,13:30-17:00;春秋季 8:30-12:00,14:00-17:30。(节假日、公休日除外)。',
  ].join('\n');

  it('reads 湖州市公安局 from the 发布机构 cell, and no channel from the table’s 公开方式 cell (real)', () => {
    expect(looksLikeAgencyGuide(real)).toBe(true);
    const guide = parseAgencyGuide(real);
    expect(guide.agency).toBe('湖州市公安局');
    expect(guide.fields.proactive_channels).toBeUndefined();
    expect(guide.fields.fax).toBe('0572-2252571');
    // The third season and the days left out are the hours too.
    expect(guide.fields.office_hours).toContain('春秋季');
    expect(guide.fields.office_hours).toContain('公休日除外');
  });

  it('reads a made-up 岭北县交通运输局 page the same, and an empty 发布机构 cell names nobody', () => {
    const text = [
      '索引号: | 0000/2024-01 | 发布机构: | 岭北县交通运输局 |',
      '需要本机关主动公开以外的政府信息的,可以向本机关申请获取。',
      '(一)申请方式',
      '当面申请:到岭北县交通运输局一楼窗口提出。',
      '详细地址:岭北县人民路8号,联系电话:0000-8765432。',
    ].join('\n');
    expect(looksLikeAgencyGuide(text)).toBe(true);
    expect(parseAgencyGuide(text).agency).toBe('岭北县交通运输局');
    const empty = text
      .replace('| 发布机构: | 岭北县交通运输局 |', '| 发布机构: | 成文日期: | 2024-01-01 |')
      .replace(/岭北县交通运输局/g, '本局');
    expect(() => parseAgencyGuide(empty)).toThrow();
  });
});

describe('a proactive list under a heading with no colon ((一)本机关主动公开下列各类政府信息)', () => {
  it('reads 舒城县税务局’s list (real)', () => {
    const guide = parseAgencyGuide(
      '国家税务总局舒城县税务局信息公开指南\n二、主动公开\n\n    (一)本机关主动公开下列各类政府信息\n\n    1.机构概况:机关职能、机构设置;\n\n    4.纳税服务:纳税人权利义务、涉税查询、办税指南;\n',
    );
    expect(guide.fields.proactive_scope).toContain('纳税服务');
  });

  it('reads a made-up 青禾县统计局’s list the same', () => {
    const guide = parseAgencyGuide(
      '青禾县统计局政府信息公开指南\n一、主动公开\n本局主动公开下列信息\n1.统计公报;\n2.统计数据发布时间表;\n二、依申请公开\n',
    );
    expect(guide.fields.proactive_scope).toContain('统计公报');
  });
});

describe('who to report to, and the department letters go to', () => {
  it('asks the guide’s complaints phone for 找谁举报 / 向哪投诉 (东陂镇, real; and made-up wordings)', () => {
    expect(agencyGuideAsks('东陂镇不依法公开信息 找谁举报')).toContain('supervision');
    expect(agencyGuideAsks('青禾县林业局不公开 我去哪里投诉')).toContain('supervision');
    expect(agencyGuideAsks('投诉找谁')).toContain('supervision');
  });

  it('asks the address for 收件部门 (湖州市公安局, real) and 收件单位 (made-up)', () => {
    expect(agencyGuideAsks('湖州市公安局 寄申请的话收件部门写哪个')).toContain('address');
    expect(agencyGuideAsks('快递的收件单位填什么')).toContain('address');
  });
});
