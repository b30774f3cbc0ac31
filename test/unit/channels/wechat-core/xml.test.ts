import { describe, expect, it } from 'vitest';
import { buildTextReplyXml, cdata, parseWeChatXml } from '../../../../src/channels/wechat-core/xml.js';
import { dedupeKey, toIncomingMessage } from '../../../../src/channels/wechat-oa/incoming.js';

describe('parseWeChatXml', () => {
  it('keeps every field a string, MsgId included, and joins split CDATA', () => {
    const fields = parseWeChatXml(
      '<xml><MsgId>6054768590064713728</MsgId><CreateTime>1409735668</CreateTime>' +
        '<Content><![CDATA[ a]]]]><![CDATA[>b ]]></Content><Escaped>&lt;&amp;</Escaped>' +
        '<ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo></xml>',
    );
    expect(fields.MsgId).toBe('6054768590064713728');
    expect(fields.CreateTime).toBe('1409735668');
    expect(fields.Content).toBe(' a]]>b ');
    expect(fields.Escaped).toBe('<&');
    expect(fields.ScanCodeInfo).toBeUndefined();
  });

  it('refuses DTDs, repeated fields, other roots and broken XML', () => {
    for (const bad of [
      '<!DOCTYPE xml [<!ENTITY a "x">]><xml><A>&a;</A></xml>',
      '<xml><MsgType>text</MsgType><MsgType>event</MsgType></xml>',
      '<root><A>1</A></root>',
      '<xml><A>1</A></xml><xml><A>2</A></xml>',
      '<xml><A>1</xml>',
      '',
    ]) {
      expect(() => parseWeChatXml(bad), bad).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    }
  });
});

describe('building replies', () => {
  it('splits ]]> across CDATA sections and drops characters XML forbids', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(cdata('x\u0000y\u0007z')).toBe('<![CDATA[xyz]]>');
  });

  it('round-trips any content through build and parse', () => {
    const content = '甲]]>乙]]]]>丙<![CDATA[丁]]>\n  尾';
    const xml = buildTextReplyXml({ toUser: 'openid', fromUser: 'gh_1', createTime: 1700000000.9, content });
    const fields = parseWeChatXml(xml);
    expect(fields).toMatchObject({
      ToUserName: 'openid',
      FromUserName: 'gh_1',
      CreateTime: '1700000000',
      MsgType: 'text',
      Content: content,
    });
  });
});

describe('toIncomingMessage and dedupeKey', () => {
  const base = { ToUserName: 'gh_1', FromUserName: 'openid-1', CreateTime: '1700000000' };

  it('maps text, events and unsupported types', () => {
    expect(toIncomingMessage({ ...base, MsgType: 'text', Content: '你好', MsgId: '99' }, 0)).toEqual({
      channel: 'wechat-oa',
      user: 'openid-1',
      chat: 'openid-1',
      kind: 'text',
      text: '你好',
      id: '99',
      receivedAt: new Date(1_700_000_000_000),
    });
    expect(toIncomingMessage({ ...base, MsgType: 'event', Event: 'unsubscribe' }, 0)).toMatchObject({
      kind: 'event',
      event: 'unsubscribe',
    });
    expect(toIncomingMessage({ ...base, MsgType: 'event', Event: 'VIEW', EventKey: 'https://x' }, 0)).toMatchObject({
      event: 'other',
      eventKey: 'https://x',
    });
    for (const type of ['voice', 'video', 'shortvideo', 'location', 'link', 'file', 'miniprogrampage']) {
      expect(toIncomingMessage({ ...base, MsgType: type, MsgId: '1' }, 0)).toMatchObject({
        kind: 'unsupported',
        unsupportedType: type,
        text: '',
      });
    }
    // Voice with WeChat's speech recognition: the transcript is the question; without it, unsupported.
    expect(
      toIncomingMessage(
        { ...base, MsgType: 'voice', MsgId: '2', MediaId: 'm', Format: 'amr', Recognition: '西工区科技局行政许可多少件？' },
        0,
      ),
    ).toMatchObject({ kind: 'text', text: '西工区科技局行政许可多少件？' });
    expect(toIncomingMessage({ ...base, MsgType: 'voice', MsgId: '3', Recognition: '  ' }, 0)).toMatchObject({
      kind: 'unsupported',
      unsupportedType: 'voice',
    });
    expect(() => toIncomingMessage({ MsgType: 'text' }, 0)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it('keys messages by MsgId and events by sender and time', () => {
    expect(dedupeKey({ ...base, MsgType: 'text', MsgId: '42' })).toBe('message:42');
    expect(dedupeKey({ ...base, MsgType: 'event', Event: 'subscribe' })).toBe(dedupeKey({ ...base, MsgType: 'event', Event: 'subscribe' }));
    expect(dedupeKey({ ...base, MsgType: 'event', Event: 'subscribe' })).not.toBe(
      dedupeKey({ ...base, CreateTime: '1700000001', MsgType: 'event', Event: 'subscribe' }),
    );
  });
});
