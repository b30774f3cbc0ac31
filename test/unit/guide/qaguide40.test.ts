/**
 * The real guides qaguide40 added (guides-54, asked by guide-questions-54): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives, and imported. Then made-up guides for what those pages taught the parser: a
 * title naming its body by an abbreviation alone (土储局信息公开指南) is the full form the body writes after a level word
 * (市土地开发储备局), in the one place of that level the body names; a zone office's own guide (X高新区综合办公室信息公开指南)
 * is the zone committee's, served by that office; a label reworded with 的 (办公的时间是,…) introduces the hours.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide40’s real guides (guides-54)', 'guides-54', {
  atLeast: 6,
  ask: '国家海洋局信息公开电话',
  answerContains: '68031198',
});

describe('qaguide40: read', () => {
  it('expands a title’s abbreviation to the full form the body writes, in the one place of its level it names', () => {
    const text = `房征局信息公开指南
(2021年3月修订)
一、主动公开
公开范围参见英德市政府门户网站房征局栏目的信息公开目录。
1、英德市政府门户网站部门主页-事业单位-市房屋征收补偿服务局栏目。
二、申请公开
1、受理机构:房征局办公室;
2、办公地址:英德市和平中路8号;
3、联系电话:0763-2260000;
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('英德市房屋征收补偿服务局');
    expect(guide.fields.phone).toBe('0763-2260000');
  });

  it('keeps an abbreviation whose body names two places of its level as printed', () => {
    const text = `房征局信息公开指南
一、主动公开
公开范围参见英德市政府门户网站和清远市政府门户网站。
1、部门主页-事业单位-市房屋征收补偿服务局栏目。
二、申请公开
受理机构:房征局办公室
联系电话:0763-2260000
`;
    expect(parseAgencyGuide(text).agency).toBe('房征局');
  });

  it('reads a zone office’s own guide as the zone committee’s, the office accepting', () => {
    const text = `北江高新区党政办公室信息公开指南(2025年)
为更好地提供政府信息公开服务,我办修订了《北江高新区党政办公室信息公开指南》。
一、主动公开政府信息
(一)公开内容
1.区管委会机构设置及主要职能情况;
2.以区管委会、党政办公室名义发布的规范性文件;
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('北江高新区管委会');
    expect(guide.fields.accepting_office).toBe('北江高新区党政办公室');
  });

  it('reads hours after a label reworded with 的 and a comma (办公的时间是,…)', () => {
    const text = `北江县地震局政府信息公开指南
二、依申请公开
1、受理机构:县地震局办公室;
2、办公地址:北江县河东路12号;
3、办公的时间是,周一到周五,上午的八点半到十二点,下午的三点到六点,法定节假日是除外的 。
`;
    const guide = parseAgencyGuide(text);
    expect(guide.fields.office_hours).toBe('周一到周五,上午的八点半到十二点,下午的三点到六点,法定节假日是除外的');
    expect(guide.fields.address).toBe('北江县河东路12号');
  });
});
