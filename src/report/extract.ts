/**
 * First step of importing an annual report: whatever file an operator hands us (the site's
 * HTML page, the published PDF, the DOCX draft, a text or Markdown copy) becomes the plain
 * text the report parser reads — section headings on their own lines, one table row per line
 * with cells separated by tabs.
 */
import { basename } from 'node:path';
import { GongkaiError } from '../core/errors.js';
import { decodeText } from './extract/decode-text.js';
import { detectContainer, extensionOf } from './extract/detect.js';
import { cmsArticleText } from './extract/cms-json.js';
import { htmlToText } from './extract/html-to-text.js';
import { pdfToText } from './extract/pdf-to-text.js';
import { looksLikeHtml, looksLikeMarkdown, normaliseMarkdownTables } from './extract/plain-text.js';
import { checkSectionRepeats, readReportBytes } from './read-report-file.js';

/** The formats a report can arrive in. */
export type ReportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** A report file to read: its name (only a hint) and its bytes (what decides). */
export interface ReportFile {
  name: string;
  bytes: Uint8Array;
}

/** The report's text, ending in a newline unless empty, and the format it was read as. */
export interface ExtractedText {
  text: string;
  format: ReportFormat;
  /** How the text was read where that is worth telling (a PDF table read by column position), in Chinese. */
  notes?: string[];
}

/**
 * Extracts report text from a file, detecting its format from content (the extension only
 * breaks ties). Throws `GongkaiError('NOT_A_REPORT')` for images, spreadsheets, archives, other
 * binaries, and PDFs that are encrypted, damaged or scanned without a text layer.
 */
export async function extractText(input: ReportFile): Promise<ExtractedText> {
  const { name, bytes } = input;
  const detection = detectContainer(bytes, name);

  switch (detection.kind) {
    case 'refused':
      throw notAReport(name, detection.chinese, detection.english);
    case 'pdf': {
      const { text, gridPages } = await pdfToText(bytes);
      if (text.trim() === '') {
        throw new GongkaiError(
          'NOT_A_REPORT',
          `${name}：PDF 没有文字层（可能是扫描件） / PDF has no text layer (probably a scan)`,
          '这个 PDF 是扫描图片，没有可读取的文字，请提供可复制文字的 PDF、Word 或网页版本。',
        );
      }
      if (gridPages.length === 0) return { text, format: 'pdf' };
      return { text, format: 'pdf', notes: [`表格按列位置读取（第${gridPages.join('、')}页）：逐行读取会使数字错列或与行名错行`] };
    }
    case 'docx':
      return { text: await docxToText(name, bytes), format: 'docx' };
    case 'text':
      return textToReport(name, bytes);
  }
}

/**
 * Reads a file from disk and extracts its report text; see {@link extractText}. Only a regular
 * file of at most `maxBytes` holding one report is accepted (see read-report-file.ts).
 */
export async function extractFile(path: string, options: { maxBytes?: number } = {}): Promise<ExtractedText> {
  const extracted = await extractText({ name: basename(path), bytes: readReportBytes(path, options.maxBytes) });
  checkSectionRepeats(basename(path), extracted.text);
  return extracted;
}

function textToReport(name: string, bytes: Uint8Array): ExtractedText {
  const decoded = decodeText(bytes);
  if (!decoded) throw notAReport(name, '无法识别的二进制数据', 'unrecognised binary data');
  // A page saved as its content system's JSON answer ({"data":{"title":…,"content":"<p>…"}}): the article it holds.
  const article = cmsArticleText(decoded.text);
  if (article !== undefined) return { text: article, format: 'html' };
  // A JSON document (an export, a fixture's figures) is data, not a report's text: its quoted
  // strings would otherwise be read as prose and a title made of its keys.
  if (isJsonDocument(decoded.text)) throw notAReport(name, 'JSON 数据', 'JSON data');
  const extension = extensionOf(name);
  if (looksLikeHtml(decoded.text, extension)) return { text: htmlToText(decoded.text), format: 'html' };

  const format: ReportFormat = looksLikeMarkdown(decoded.text, extension) ? 'markdown' : 'text';
  const text = normaliseMarkdownTables(decoded.text).replace(/^\n+|\n+$/g, '');
  return { text: text === '' ? '' : `${text}\n`, format };
}

/**
 * mammoth's raw-text output flattens tables, so the DOCX goes through HTML and the same
 * converter as web pages, which keeps each table row on one line.
 */
async function docxToText(name: string, bytes: Uint8Array): Promise<string> {
  try {
    // Loaded on the first DOCX, not at start-up: mammoth adds about 14 MB to the serving process.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images would come back as large data URIs that the text path throws away anyway.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return htmlToText(result.value);
  } catch (error) {
    throw new GongkaiError(
      'NOT_A_REPORT',
      `${name}：DOCX 文件已损坏或无法解析 / DOCX is damaged or cannot be parsed`,
      'Word 文件无法打开，可能已损坏，请重新保存为 .docx 后再试。',
      { cause: error },
    );
  }
}

/** Whether the whole text is one JSON object or array. */
function isJsonDocument(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || !/[\]}]$/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

function notAReport(name: string, chinese: string, english: string): GongkaiError {
  return new GongkaiError(
    'NOT_A_REPORT',
    `${name}：不是年度报告文件，检测到${chinese} / ${name}: not a report file, detected ${english}`,
    `收到的文件是${chinese}，无法读取。请提供 PDF、Word（.docx）、网页或文本格式的年度报告。`,
  );
}
