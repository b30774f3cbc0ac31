/**
 * Recognises what a file is from its first bytes, because government sites serve reports
 * under misleading names: an HTML error page saved as `.pdf`, a DOCX named `.doc`.
 */

/** A container we can read (text is decided later, once the bytes are decoded). */
export type ContainerKind = 'pdf' | 'docx' | 'text';

/** Either a readable container or a refusal with the detected type in both languages. */
export type Detection = { kind: ContainerKind } | { kind: 'refused'; chinese: string; english: string };

interface Signature {
  bytes: Array<number | undefined>;
  chinese: string;
  english: string;
}

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

// `undefined` matches any byte (the RIFF size field of WebP).
const binarySignatures: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], chinese: 'PNG 图片', english: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], chinese: 'JPEG 图片', english: 'JPEG image' },
  { bytes: ascii('GIF87a'), chinese: 'GIF 图片', english: 'GIF image' },
  { bytes: ascii('GIF89a'), chinese: 'GIF 图片', english: 'GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], chinese: 'TIFF 图片', english: 'TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], chinese: 'TIFF 图片', english: 'TIFF image' },
  { bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WEBP')], chinese: 'WebP 图片', english: 'WebP image' },
  { bytes: ascii('Rar!'), chinese: 'RAR 压缩包', english: 'RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], chinese: '7z 压缩包', english: '7z archive' },
  { bytes: [0x1f, 0x8b], chinese: 'gzip 压缩文件', english: 'gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], chinese: '可执行程序', english: 'executable' },
  { bytes: ascii('{\\rtf'), chinese: 'RTF 文档', english: 'RTF document' },
];

const oleCompoundFile = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];
const zipEmptyArchive = [0x50, 0x4b, 0x05, 0x06];

/** Decides the container from magic bytes; the file name only refines the wording of refusals. */
export function detectContainer(bytes: Uint8Array, name: string): Detection {
  const extension = extensionOf(name);

  // The PDF header may follow a little junk (some servers prepend whitespace or a BOM).
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) !== -1) return { kind: 'pdf' };

  if (startsWith(bytes, zipLocalHeader) || startsWith(bytes, zipEmptyArchive)) return detectZip(bytes);

  if (startsWith(bytes, oleCompoundFile)) return refuseOle(extension);

  for (const signature of binarySignatures) {
    if (startsWith(bytes, signature.bytes)) {
      return { kind: 'refused', chinese: signature.chinese, english: signature.english };
    }
  }
  // "BM" alone is too common at the start of text, so a bitmap must also state its own size.
  if (bytes.length >= 14 && bytes[0] === 0x42 && bytes[1] === 0x4d && readUint32LittleEndian(bytes, 2) === bytes.length) {
    return { kind: 'refused', chinese: 'BMP 图片', english: 'BMP image' };
  }
  return { kind: 'text' };
}

/** File names inside a ZIP are stored uncompressed, so a byte search finds the package type. */
function detectZip(bytes: Uint8Array): Detection {
  if (indexOfAscii(bytes, 'word/') !== -1) return { kind: 'docx' };
  if (indexOfAscii(bytes, 'xl/') !== -1) return { kind: 'refused', chinese: 'Excel 表格（XLSX）', english: 'Excel workbook (XLSX)' };
  if (indexOfAscii(bytes, 'ppt/') !== -1)
    return { kind: 'refused', chinese: 'PowerPoint 演示文稿（PPTX）', english: 'PowerPoint presentation (PPTX)' };
  if (indexOfAscii(bytes, 'OFD.xml') !== -1) return { kind: 'refused', chinese: 'OFD 版式文件', english: 'OFD document' };
  if (indexOfAscii(bytes, 'application/vnd.oasis.opendocument') !== -1) {
    return { kind: 'refused', chinese: 'OpenDocument 文档', english: 'OpenDocument file' };
  }
  return { kind: 'refused', chinese: 'ZIP 压缩包', english: 'ZIP archive' };
}

/** Old Office and WPS files share one container; the extension is the only cheap hint. */
function refuseOle(extension: string): Detection {
  switch (extension) {
    case 'doc':
      return {
        kind: 'refused',
        chinese: '旧版 Word 文档（.doc，请另存为 .docx）',
        english: 'legacy Word document (.doc, please save as .docx)',
      };
    case 'wps':
      return { kind: 'refused', chinese: 'WPS 文档（.wps，请另存为 .docx）', english: 'WPS document (.wps, please save as .docx)' };
    case 'xls':
    case 'et':
      return { kind: 'refused', chinese: '旧版 Excel 表格（.xls）', english: 'legacy Excel workbook (.xls)' };
    default:
      return {
        kind: 'refused',
        chinese: '旧版 Office 文件（.doc/.xls/.ppt，请另存为 .docx）',
        english: 'legacy Office file (.doc/.xls/.ppt, please save as .docx)',
      };
  }
}

/** Lower-case extension without the dot, or '' when there is none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, pattern: Array<number | undefined>, offset = 0): boolean {
  if (bytes.length < offset + pattern.length) return false;
  return pattern.every((expected, index) => expected === undefined || bytes[offset + index] === expected);
}

function readUint32LittleEndian(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16)) + bytes[offset + 3] * 0x1000000;
}

function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, until = bytes.length): number {
  const pattern = ascii(needle);
  const last = Math.min(until, bytes.length - pattern.length);
  for (let start = from; start <= last; start++) {
    if (bytes[start] !== pattern[0]) continue;
    let index = 1;
    while (index < pattern.length && bytes[start + index] === pattern[index]) index++;
    if (index === pattern.length) return start;
  }
  return -1;
}
