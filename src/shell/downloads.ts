import { DOWNLOAD_OUTPUTS } from '../knowledge/empty-input.js';
import { hasOption, optionValues } from './invocation.js';
import type { SimpleCommand, Word } from './types.js';

/** Options after which a download's file is not the URL's last segment in the folder it runs in (wget's and curl's). */
const OTHER_PLACE = ['-P', '--directory-prefix', '--content-disposition', '-r', '--recursive', '-i', '--input-file', '-x', '--force-directories', '--output-dir', '-J', '--remote-header-name'];

/**
 * The files a download writes, as written (relative to the folder it runs in, or absolute): the value of `wget -O F`
 * or `curl -o F` (DOWNLOAD_OUTPUTS), else the URL's last path segment, where `wget URL` and `curl -O URL` save it.
 */
export function downloadedFiles(cmd: SimpleCommand): string[] {
  const outputs = cmd.name ? DOWNLOAD_OUTPUTS[cmd.name] : undefined;
  if (!outputs) return [];
  const named = optionValues(cmd.invocation, ...outputs).filter((o) => o.word.literal && o.value !== '-');
  if (named.length) return named.map((o) => o.value);
  const saves = cmd.name === 'wget' ? !hasOption(cmd.invocation, ...outputs) : hasOption(cmd.invocation, '-O', '--remote-name');
  if (!saves || hasOption(cmd.invocation, ...OTHER_PLACE)) return [];
  const urls = cmd.invocation.operands.filter((w) => w.value.includes('://'));
  const segment = urls.length === 1 && urls[0]!.literal ? /^[a-z]+:\/\/[^/]+\/(?:[^?#]*\/)?([^/?#]+)$/i.exec(urls[0]!.value)?.[1] : undefined;
  return segment ? [segment] : [];
}

/** A download that fails on an HTTP error, writing no file then: wget, and curl with `-f`. */
export function failsOnHttpError(cmd: SimpleCommand): boolean {
  return cmd.name === 'wget' || (cmd.name === 'curl' && hasOption(cmd.invocation, '-f', '--fail', '--fail-with-body'));
}

/**
 * The URLs curl globs itself (its operands and `--url` values, unless `-g`/`--globoff`): `{a,b}` sets and `[1-9]`
 * ranges there are curl's own syntax, so braces that the shell (dash, BusyBox ash) leaves alone still expand:
 * `curl -O "https://…/awscli.zip"{,.sig}` fetches the archive and its signature. wget does not glob.
 */
export function curlGlobbedUrls(cmd: SimpleCommand): Word[] {
  if (cmd.invocation.tool !== 'curl' || hasOption(cmd.invocation, '-g', '--globoff')) return [];
  const urls = [...cmd.invocation.operands, ...optionValues(cmd.invocation, '--url').map((o) => o.word)];
  return urls.filter((w) => /^[a-z][a-z0-9+.-]*:\/\//i.test(w.value));
}
