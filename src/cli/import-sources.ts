/**
 * The sources of `gongkai import`: files and URLs from the command line and from `--list`
 * files, fetched ahead (a few at a time, within the fetcher's per-host limit) while the
 * earlier ones are parsed and stored in order.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { GongkaiError } from '../core/errors.js';
import { looksLikeUrl, type UrlFetcher } from '../report/fetch-url.js';
import { importFile, type ImportOptions, type ImportOutcome } from '../report/importer.js';
import type { ReportStore } from '../store/report-store.js';

/** How many URLs are fetched ahead of the one being imported. */
const FETCH_AHEAD = 4;

/**
 * The sources a `--list` file names: one path or URL a line; blank lines and `#` comments are
 * skipped, and a relative path is taken from the list file's folder (so a list travels with its files).
 */
export async function readSourceList(listFile: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(listFile, 'utf8');
  } catch (error) {
    throw new GongkaiError('BAD_INPUT', `无法读取列表文件 ${listFile} (cannot read the list): ${(error as Error).message}`);
  }
  return text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => (looksLikeUrl(line) || isAbsolute(line) ? line : resolve(dirname(listFile), line)));
}

/** Imports sources in order: URLs are fetched ahead, files read when their turn comes. */
export async function* importSources(
  store: ReportStore,
  sources: string[],
  fetcher: UrlFetcher,
  options: Omit<ImportOptions, 'document' | 'sourceUrl'> = {},
): AsyncGenerator<ImportOutcome> {
  const fetches = new Map<number, Promise<Awaited<ReturnType<UrlFetcher['fetch']>> | GongkaiError>>();
  const startFetch = (index: number) => {
    if (index >= sources.length || fetches.has(index) || !looksLikeUrl(sources[index])) return;
    fetches.set(
      index,
      fetcher
        .fetch(sources[index])
        .catch((error: unknown) =>
          error instanceof GongkaiError
            ? error
            : new GongkaiError('UPSTREAM', `${sources[index]}：无法下载 / cannot fetch: ${(error as Error).message}`),
        ),
    );
  };
  for (let index = 0; index < sources.length; index += 1) {
    for (let ahead = index; ahead < index + FETCH_AHEAD; ahead += 1) startFetch(ahead);
    const source = sources[index];
    const fetched = fetches.get(index);
    if (!fetched) {
      yield await importFile(store, source, options);
      continue;
    }
    fetches.delete(index);
    const document = await fetched;
    if (document instanceof GongkaiError) {
      store.logImport(source, 'refused', document.message);
      yield { file: source, ok: false, error: document.message, violations: [], replaced: false };
      continue;
    }
    yield await importFile(store, source, { ...options, sourceUrl: source, document: { name: document.name, bytes: document.bytes } });
  }
}
