/**
 * The real guides qaguide38 added (guides-52, asked by guide-questions-52): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives, and imported. Then made-up guides for what those pages taught the parser: a
 * weekday list (周一、周二、周四:) is no heading 一、; other days' hours in the next sentence (。周三、周五、节假日前一日:上午…) are
 * the same hours; hours whose times lost their colons, each part of the day labelled (上午8301200;下午14001730), are read when
 * they split one way only; two phones with their roles in brackets are both kept; a place far down a list of places to read
 * (可以在A(地址:…)、B(…)、C(地址:…,联系电话:…)查阅) gives neither the office's address nor its phone; a mailbox only for
 * questions whose bracket holds a heading's bracketed number (…请按照以下“(二)申请方式”提出申请) is noted as taking no applications.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide38’s real guides (guides-52)', 'guides-52', {
  atLeast: 6,
  ask: '惠济区应急管理局信息公开电话',
  answerContains: '0371-63639255',
});

const port = (hours: string, phones = '0998-7654321') => `北江澄湖海关政府信息公开指南
一、工作机构
本关政府信息公开工作机构为北江澄湖海关办公室,办公地址:北江市港前大道8号,工作时间为:${hours},联系电话:${phones},专用邮箱:chenghu@example.cn
二、申请渠道
(一)当面提交。
`;

describe('qaguide38: read', () => {
  it('reads a weekday list as days, not as a heading, and the next sentence’s days as the same hours', () => {
    const guide = parseAgencyGuide(port('周一、周三:上午9:00-11:30;下午15:00-17:00。周二、节假日前一日:上午9:00-11:30'));
    expect(guide.fields.office_hours).toBe('周一、周三:上午9:00-11:30;下午15:00-17:00。周二、节假日前一日:上午9:00-11:30');
  });
  it('restores times that lost their colons when each splits one way only', () => {
    const guide = parseAgencyGuide(port('周一至周五:上午9001130;下午14451715'));
    expect(guide.fields.office_hours).toContain('上午9:00-11:30;下午14:45-17:15');
    expect(guide.fields.office_hours).toContain('9001130');
  });
  it('leaves a run that splits into no two times, or all times run together, unread', () => {
    expect(parseAgencyGuide(port('上午8701200')).fields.office_hours).toBeUndefined();
    expect(parseAgencyGuide(port('9001130150017')).fields.office_hours).toBeUndefined();
  });
  it('keeps two phones with their roles in brackets', () => {
    const guide = parseAgencyGuide(port('上午9:00-11:30', '0998-7654321(总机)0998-7654300(咨询电话)'));
    expect(guide.fields.phone).toBe('0998-7654321（总机）、0998-7654300（咨询电话）');
  });
  it('takes no address or phone from a place far down a list of places to read', () => {
    const guide = parseAgencyGuide(`北江市澄湖区民政局政府信息公开指南(2025年版)
一、主动公开
政务公开专区。公众可以在北江市澄湖区档案馆(地址:北江市澄湖区河西路23号附8号,联系电话:0998-4866338,开放时间:周一至周五:上午9:00—12:30、下午2:00—6:00,法定节假日除外)、北江市澄湖区图书馆(地址:北江市澄湖区北街7号附12号,联系电话:0998-4867868,开放时间:上午8:30—下午6:00,全年开放)、北江市澄湖区政务服务大厅(地址:北江市澄湖区通惠大道69号市民服务中心,联系电话:0998-4860277,开放时间:周一至周五:上午9:00—12:00、下午1:30—5:00,法定节假日除外),查阅本机关政府信息。
二、依申请公开
申请人填写申请表提出申请。
`);
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.phone).toBeUndefined();
    expect(guide.fields.reading_places?.some((place) => place.includes('0998-4860277'))).toBe(true);
  });
  it('notes a mailbox only for questions whose bracket holds a bracketed heading number', () => {
    const guide = parseAgencyGuide(`北江市澄湖区民政局依申请公开
(一)受理机构
北江市澄湖区民政局办公室。
咨询电话:0998-4866338
电子邮箱:chmz@example.cn(仅用于接收信息公开工作咨询及有关建议,如需提交申请,请按照以下“(二)申请方式”提出申请)
(二)申请方式
1.信函申请。
`);
    expect(guide.fields.channel_notes).toContain(
      '电子邮件：chmz@example.cn（仅用于接收信息公开工作咨询及有关建议,如需提交申请,请按照以下“(二)申请方式”提出申请）',
    );
  });
});
