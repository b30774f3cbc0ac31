/**
 * qaguide36: guides read and asked in ways the parser missed (issue #11). A page of application instructions titled on a line
 * of its own below a site's menu or breadcrumb (某某厅申请公开政府信息受理说明, a bare 依申请公开说明) is a guide, and a
 * column's short name in that menu (政府信息公开年报, 政府网站工作年报) is no report's title; a body named by its province-level
 * word alone (自治区文化和旅游厅) is of the one province the text names; a semicolon inside the hours' own bracket does not end
 * them (the summer's afternoon told there does not replace them); a platform the guide says takes no applications is no
 * address to apply at; a fax the guide says is no channel for applications is noted as such; a body's 证照 are papers asked.
 * Asked: a body named after a railway (高铁新城管委会) asked 几点上班 is asked its office hours, not a train's times; 那邮寄呢 /
 * 当面呢 after an answer on applying ask that way of applying. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const receipt = `页面
配色
当前位置:首页 > 政府信息公开 > 申请公开政府信息 > 政府信息公开申请受理说明

自治区林业和草原局申请公开政府信息受理说明

2024-05-10 10:00     来源:局办公室

为做好本机关依申请公开政府信息工作,依据《中华人民共和国政府信息公开条例》有关规定,特制定本说明。

公民、法人和其他组织需要本机关主动公开以外的政府信息,可以按程序向本机关申请获取。

一、受理机构

受理机构:自治区林业和草原局办公室;

办公地址:呼和浩特市草原大街99号;

联系电话:0471-6611223;

邮政编码:010010。

二、提出申请

向本机关提出政府信息公开申请的,须填写《内蒙古自治区人民政府办公厅政府信息公开申请表》。
`;

const menuThenInstructions = `青禾县人民政府

政府信息公開指南

政府信息公開年報

政府網站工作年報

依申請公開

依申請公開說明

2023年03月01日

根據《中華人民共和國政府信息公開條例》,除主動公開的政府信息外,公眾還可以向青禾縣人民政府申請獲取相關政府信息。

一、申請方式

1.信函渠道。公眾可將申請材料郵寄至青禾縣人民政府辦公室,地址:青禾縣人民路1號。郵編:999001,並在信封顯著位置標注“政府信息公開申請”字樣。
`;

const summer = `松林市新城管理委员会信息公开指南
一、政务信息公开工作机构
松林市新城管理委员会信息公开工作具体承办机构为新城党政办。
办公地址:松林市江滨路8号
办公时间:工作日上午8:30—12:00,下午:14:00-17:00(周一至周五,节假日除外;每年5月1日-10月1日,执行夏令时间,工作日下午办公时间为14:30-17:30)
联系电话:0999-8123456
传真电话:0999-8123457(本传真不作为依申请公开受理渠道)
互联网联系方式:可在青禾省统一投诉平台(http://www.tousu.example.gov.cn/),提出政府信息公开工作相关意见建议。青禾省统一投诉平台不受理政府信息公开申请。
依申请公开互联网申请受理网址:http://www.songlin.example.gov.cn/col/col999/index.html
二、主动公开的政府信息
`;

const railway = `松林市高铁新城管理委员会信息公开指南
一、工作机构
受理机构:高铁新城党政办
办公地址:松林市站前路1号
办公时间:工作日上午8:30—12:00,下午14:00-17:00
联系电话:0999-8765432
二、依申请公开
申请人可通过信函方式提出申请,邮寄至松林市站前路1号高铁新城党政办,邮编:999888,并在信封左下角注明“政府信息公开申请”字样。
公民、法人或者其他组织申请政府信息公开时,应当同时提交合法有效的身份证明。法人和其他组织申请还应当同时提交相关证照。
`;

describe('qaguide36: instructions titled below a menu', () => {
  it('reads a 受理说明 titled under a breadcrumb, its body placed in the one province the text names', () => {
    expect(looksLikeAgencyGuide(receipt)).toBe(true);
    const guide = parseAgencyGuide(receipt);
    expect(guide.agency).toBe('内蒙古自治区林业和草原局');
    expect(guide.fields.phone).toBe('0471-6611223');
    expect(guide.fields.post_code).toBe('010010');
  });

  it('reads a bare 依申請公開說明 below a column menu listing 政府信息公開年報 and 政府網站工作年報', () => {
    expect(looksLikeAgencyGuide(menuThenInstructions)).toBe(true);
    expect(parseAgencyGuide(menuThenInstructions).agency).toBe('青禾县人民政府');
  });

  it('keeps a province-level word alone when the text names two provinces', () => {
    const two = receipt.replace('《内蒙古自治区人民政府办公厅', '《内蒙古自治区人民政府办公厅、宁夏回族自治区人民政府办公厅');
    expect(parseAgencyGuide(two).agency).toBe('自治区林业和草原局');
  });
});

describe('qaguide36: hours, online address and fax of a zone committee', () => {
  const guide = parseAgencyGuide(summer);
  it('keeps the hours whole through the semicolon of their own bracket', () => {
    expect(guide.fields.office_hours).toBe(
      '工作日上午8:30—12:00,下午:14:00-17:00(周一至周五,节假日除外;每年5月1日-10月1日,执行夏令时间,工作日下午办公时间为14:30-17:30)',
    );
  });
  it('takes the address labelled for applying online, not a platform said to take no applications', () => {
    expect(guide.fields.online_application_url).toBe('http://www.songlin.example.gov.cn/col/col999/index.html');
  });
  it('notes a fax that is no channel for applications', () => {
    expect(guide.fields.channel_notes).toContain('传真：本传真不作为依申请公开受理渠道');
  });
});

describe('qaguide36: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['receipt.txt', receipt],
      ['summer.txt', summer],
      ['railway.txt', railway],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a province-level body asked by its province’s short name', async () => {
    const answer = await app.ask('内蒙古林草局信息公开电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0471-6611223');
  });

  it('says the fax takes no applications', async () => {
    const [, fax] = await converse(app, 'q36-fax', ['松林市新城管理委员会信息公开怎么申请', '那传真呢']);
    expect(fax.answer).toContain('不作为依申请公开受理渠道');
  });

  it('gives the labelled online address and the whole hours', async () => {
    const online = await app.ask('松林市新城管理委员会网上申请网址');
    expect(online.answer).toContain('col999');
    expect(online.answer).not.toContain('tousu');
    const hours = await app.ask('松林市新城管理委员会几点下班');
    expect(hours.answer).toContain('17:00');
  });

  it('asks a body named after a railway its office hours', async () => {
    const answer = await app.ask('松林高铁新城管委会几点上班');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('8:30');
  });

  it('answers 那邮寄呢 after how to apply with the way of applying', async () => {
    const [, mail] = await converse(app, 'q36-mail', ['松林市高铁新城管理委员会信息公开怎么申请', '那邮寄呢']);
    expect(mail.kind).toBe('guide');
    expect(mail.answer).toContain('999888');
  });

  it('names the licences a body must send', async () => {
    const answer = await app.ask('松林市高铁新城管理委员会申请信息公开要带什么');
    expect(answer.answer).toContain('相关证照');
  });
});
