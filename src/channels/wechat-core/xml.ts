/** WeChat's flat `<xml>` documents: parsed defensively into string fields, and built by hand with safe CDATA. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GongkaiError } from '../../core/errors.js';

/** The top-level fields of a WeChat `<xml>` document, every value a string. */
export type WeChatFields = Readonly<Record<string, string>>;

const parser = new XMLParser({
  // Every field stays a string: MsgId has 19 digits and would lose precision as a number.
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  // Users' leading and trailing spaces are part of what they typed.
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Only the predefined entities can occur, since DOCTYPE is refused before parsing.
  processEntities: true,
  htmlEntities: false,
});

/** DOCTYPE/ENTITY are never sent by WeChat and are the door to entity-expansion attacks, so refuse them outright. */
const FORBIDDEN_MARKUP = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * Parse a WeChat XML body into its top-level string fields. Nested elements (e.g. ScanCodeInfo)
 * are skipped; a repeated field, another root or any DTD is refused. Throws BAD_INPUT.
 */
export function parseWeChatXml(xml: string): WeChatFields {
  if (FORBIDDEN_MARKUP.test(xml)) throw new GongkaiError('BAD_INPUT', 'XML with a DTD is refused');
  const flat = parseFlatWeChatXml(xml);
  if (flat) return flat;
  const fields = parseGeneralWeChatXml(xml) as Record<string, string>;
  for (const name in fields) fields[name] = detached(fields[name]);
  return fields;
}

/**
 * The same text in a string of its own. V8 makes a slice of 13 characters or more a view into
 * the string it was cut from, so a 28-character openid kept as a rate-limit or conversation key,
 * or a MsgId in the dedupe cache, would keep the whole request body alive for as long as the
 * key lives (minutes, for thousands of users). Shorter slices are copies already.
 */
function detached(value: string): string {
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string);
}

const CDATA_OPEN = '<![CDATA[';

/** Where the field name starting at `at` ends, or -1 when it is not one the flat reader takes ([A-Za-z_][A-Za-z0-9_.-]*). */
function fieldNameEnd(xml: string, at: number): number {
  let position = at;
  for (;;) {
    const code = xml.charCodeAt(position);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    const later = position > at && ((code >= 48 && code <= 57) || code === 46 || code === 45);
    if (!letter && !later) return position > at ? position : -1;
    position += 1;
  }
}

function skipSpace(xml: string, at: number): number {
  let position = at;
  for (;;) {
    const code = xml.charCodeAt(position);
    if (code !== 32 && code !== 10 && code !== 9) return position;
    position += 1;
  }
}

/**
 * The shape WeChat and WeCom actually send (`<xml>` with flat fields, each one text run without
 * entities or one or more CDATA sections), read in one pass: validating and parsing with
 * fast-xml-parser cost about 70 µs a message, a fifth of the webhook's budget per request. Returns
 * undefined for anything else (attributes, nested elements, entities, comments, repeated fields,
 * CR characters the general parser normalises …), which the general parser then accepts or refuses,
 * so both give the same fields for every input (test/unit/channels/wechat-core/xml.test.ts checks it).
 */
export function parseFlatWeChatXml(xml: string): WeChatFields | undefined {
  if (xml.includes('\r')) return undefined;
  let at = skipSpace(xml, 0);
  if (!xml.startsWith('<xml>', at)) return undefined;
  at += 5;
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (;;) {
    at = skipSpace(xml, at);
    if (xml.startsWith('</xml>', at)) return skipSpace(xml, at + 6) === xml.length ? fields : undefined;
    if (xml.charCodeAt(at) !== 60) return undefined;
    const nameEnd = fieldNameEnd(xml, at + 1);
    if (nameEnd < 0) return undefined;
    const name = xml.slice(at + 1, nameEnd);
    if (name === 'xml' || name in fields) return undefined;
    let position = nameEnd;
    if (xml.charCodeAt(position) !== 62) return undefined;
    position += 1;
    let value = '';
    if (xml.startsWith(CDATA_OPEN, position)) {
      // A text containing "]]>" arrives as consecutive sections.
      while (xml.startsWith(CDATA_OPEN, position)) {
        const end = xml.indexOf(']]>', position + CDATA_OPEN.length);
        if (end < 0) return undefined;
        value += xml.slice(position + CDATA_OPEN.length, end);
        position = end + 3;
      }
    } else {
      const end = xml.indexOf('<', position);
      if (end < 0) return undefined;
      value = xml.slice(position, end);
      if (value.includes('&')) return undefined;
      position = end;
    }
    // The closing tag: `</`, the name, `>`.
    if (xml.charCodeAt(position) !== 60 || xml.charCodeAt(position + 1) !== 47 || !xml.startsWith(name, position + 2)) return undefined;
    if (xml.charCodeAt(position + 2 + name.length) !== 62) return undefined;
    fields[name] = detached(value);
    at = position + 3 + name.length;
  }
}

/** Any well-formed WeChat XML through fast-xml-parser; exported for the equivalence test. Throws BAD_INPUT. */
export function parseGeneralWeChatXml(xml: string): WeChatFields {
  if (FORBIDDEN_MARKUP.test(xml)) throw new GongkaiError('BAD_INPUT', 'XML with a DTD is refused');
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new GongkaiError('BAD_INPUT', `malformed XML: ${validation.err.msg} (line ${validation.err.line})`);
  }
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch (error) {
    throw new GongkaiError('BAD_INPUT', 'malformed XML', undefined, { cause: error });
  }
  if (!isRecord(document)) throw new GongkaiError('BAD_INPUT', 'XML has no root element');
  const roots = Object.keys(document);
  if (roots.length !== 1 || roots[0] !== 'xml') throw new GongkaiError('BAD_INPUT', 'XML root must be a single <xml>');
  const root = document.xml;
  // `<xml></xml>` parses to an empty string rather than an object.
  if (!isRecord(root)) return {};
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(root)) {
    if (name === '#text') continue;
    if (Array.isArray(value)) throw new GongkaiError('BAD_INPUT', `XML field <${name}> is repeated`);
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Control characters XML 1.0 forbids even inside CDATA; a handler's stray one must not break the reply. */
const INVALID_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Anything cdata() must change: a forbidden character or a `]]>`. */
const NEEDS_CARE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\]\]>/;

/** Wrap text in CDATA, splitting any `]]>` across two sections so the text survives intact. */
export function cdata(text: string): string {
  // Nearly every text needs nothing: one scan instead of a replace, a split and a join.
  if (!NEEDS_CARE.test(text)) return `<![CDATA[${text}]]>`;
  const safe = text.replace(INVALID_XML_CHARACTERS, '').split(']]>').join(']]]]><![CDATA[>');
  return `<![CDATA[${safe}]]>`;
}

/** The fields of a passive text reply. */
export interface TextReply {
  /** The user's openid (the incoming FromUserName). */
  toUser: string;
  /** The account's id (the incoming ToUserName). */
  fromUser: string;
  /** Seconds since the epoch. */
  createTime: number;
  content: string;
}

/** Build the passive text-reply XML WeChat expects in the HTTP response. */
export function buildTextReplyXml(reply: TextReply): string {
  return (
    '<xml>' +
    `<ToUserName>${cdata(reply.toUser)}</ToUserName>` +
    `<FromUserName>${cdata(reply.fromUser)}</FromUserName>` +
    `<CreateTime>${Math.floor(reply.createTime)}</CreateTime>` +
    `<MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(reply.content)}</Content>` +
    '</xml>'
  );
}

/** The fields of a safe-mode reply envelope. */
export interface EncryptedEnvelope {
  encrypt: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

/** Build the safe-mode reply: the encrypted passive reply plus its msg signature. */
export function buildEncryptedReplyXml(envelope: EncryptedEnvelope): string {
  return (
    '<xml>' +
    `<Encrypt>${cdata(envelope.encrypt)}</Encrypt>` +
    `<MsgSignature>${cdata(envelope.signature)}</MsgSignature>` +
    `<TimeStamp>${envelope.timestamp}</TimeStamp>` +
    `<Nonce>${cdata(envelope.nonce)}</Nonce>` +
    '</xml>'
  );
}
