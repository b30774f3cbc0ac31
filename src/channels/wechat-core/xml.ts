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

/** Wrap text in CDATA, splitting any `]]>` across two sections so the text survives intact. */
export function cdata(text: string): string {
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
