import { gitPinnedToCommit, gitRef, isCacheBusterUrl, isReleaseTag, POWERSHELL_HASH_CHECK, sourceKind, verifiesFile } from '../src/knowledge/sources.js';
import type { DockerfileModel, Instruction, PathArg } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'add-remote-url',
    category: 'security',
    severity: 'warning',
    preset: 'recommended',
    description: '`ADD <url>` without `--checksum`, or `ADD` of a git repository not pinned to a commit.',
    docs: {
      why:
        '`ADD https://…` puts whatever the server returns today into the image, unverified: a compromised or changed download goes unnoticed and the build is not reproducible. Pin it with `--checksum=sha256:<digest>` (BuildKit verifies it), or download in a `RUN` and check the hash there. A later `RUN` of the same stage that checks the downloaded file (`echo "<sha256>  /tini" | sha256sum -c -`, `gpg --verify`, or PowerShell\'s `(Get-FileHash /bin/app.exe).Hash -ne $Env:APP_SHA256`) counts as verification. A git source (`ADD https://github.com/org/repo.git#main /src`) follows a branch unless it names a commit (`#<commit sha>`, `--checksum=<commit sha>`) or a release tag (`#v1.2.3`, `#swift-6.3.3-RELEASE`: a dotted version, with or without a word before or after it; the project\'s version pin, as for a package). A release line (`#release-1.2`, `#3.24-stable`, `#v1.60.x`) is a branch and is reported. Text documents fetched for the image\'s notices (`…/LICENSE`, `THIRD-PARTY-PROGRAMS.txt`, `.md`, `.pdf`, `.html`) are not reported: nothing runs them, and a checksum would break the build at every edit upstream. Neither is a cache-buster: an `ADD` of a service whose answer changes at every request by design (random.org, loripsum.net, worldtimeapi.org, timeapi.io) to a file that no later instruction names, there only so the RUNs after it run again at every build (`ADD https://www.random.org/cgi-bin/randbyte?nbytes=4096&format=h /opt/docker/etc/gibberish`): nothing reads the content, and a checksum would fail every build.',
      bad: 'ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\nADD https://github.com/org/models.git#main /models',
      good: 'ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\nADD https://github.com/org/models.git#4f2c9a1e7d3b5c8a9e0f1d2c3b4a5968778695a4 /models',
    },
    fixable: false,
    covers: ['CKV_DOCKER_4'],
    tags: ['security'],
  },
  check({ model, report }) {
    for (const ins of model.instructionsWithTriggers) {
      if (ins.keyword !== 'ADD' || !ins.copy) continue;
      if (ins.flags.some((f) => f.name.toLowerCase() === 'checksum' && f.value)) continue;
      for (const source of ins.copy.sources) {
        const kind = sourceKind(source.raw, source.value);
        if (kind === 'url') {
          if (verifiedLater(ins, source) || isDocument(source.value ?? source.raw) || isCacheBuster(model, ins, source)) continue;
          report({
            range: source.range,
            message: `\`ADD ${source.raw}\` downloads without verifying the content; add \`--checksum=sha256:<digest>\` (or download and check the hash in a RUN).`,
          });
        } else if (kind === 'git') {
          const url = source.value ?? source.raw;
          const ref = gitRef(url);
          // A release tag (`v1.2.3`) is the project's version pin, as for a package; a branch moves with every push.
          if (gitPinnedToCommit(url) || isReleaseTag(ref)) continue;
          report({
            range: source.range,
            message: `\`ADD ${source.raw}\` fetches ${ref ? `the branch or tag \`${ref}\`` : 'the default branch'}, which can move; pin it to a commit with \`#<commit sha>\` or \`--checksum=<commit sha>\`.`,
          });
        }
      }
    }
  },
});

/**
 * A text document (a licence, notices, a README): nothing in the image runs it, and a checksum would break the
 * build at every edit upstream.
 */
function isDocument(url: string): boolean {
  const name = url.replace(/[?#].*$/, '').split('/').pop() ?? '';
  return /\.(txt|md|rst|pdf|html?)$/i.test(name) || /^(LICEN[CS]E|NOTICE|COPYING|THIRD[-_]PARTY)[\w.-]*$/i.test(name);
}

/**
 * A cache-buster: the URL answers differently at every request by design (isCacheBusterUrl), and no later instruction
 * of the file names the file it lands in (its path, or its name), so nothing reads or runs the content.
 */
function isCacheBuster(model: DockerfileModel, add: Instruction, source: PathArg): boolean {
  const dest = add.copy?.dest?.value;
  if (!isCacheBusterUrl(source.value ?? source.raw) || !dest || dest.endsWith('/') || dest.includes('$')) return false;
  const name = dest.slice(dest.lastIndexOf('/') + 1);
  return name !== '' && !model.instructionsWithTriggers.some((i) => i.index > add.index && i.argsText.includes(name));
}

/**
 * A later RUN of the stage checks the downloaded file: it runs a checksum or signature verifier and names the file
 * (its absolute path, or its name where the RUN starts in the file's folder).
 */
function verifiedLater(add: Instruction, source: PathArg): boolean {
  const dest = add.copy?.dest?.value;
  const url = source.value;
  if (!add.stage || !dest || !url || add.onbuild) return false;
  const fileName = url.replace(/[?#].*$/, '').split('/').pop() ?? '';
  const absolute = dest.startsWith('/') ? dest : `${(add.state.workdir ?? '/').replace(/\/?$/, '/')}${dest}`;
  const path = absolute.endsWith('/') ? `${absolute}${fileName}` : absolute;
  const folder = path.slice(0, path.lastIndexOf('/')) || '/';
  const name = path.slice(path.lastIndexOf('/') + 1);
  const names = new RegExp(`(^|[\\s"'*=])(${escape(path)}|\\./${escape(name)}|${escape(name)})(?=$|[\\s"'])`);
  return add.stage.instructions.some((ins) => {
    if (ins.index <= add.index || ins.keyword !== 'RUN') return false;
    const verifies = ins.script?.commands.some(verifiesFile) || POWERSHELL_HASH_CHECK.test(ins.argsText);
    if (!verifies) return false;
    // The words of the RUN's commands, split at blanks (`echo "<sha>  /tini" | sha256sum -c -`); the text as written
    // where dlint does not parse the shell (PowerShell).
    const texts = ins.script && !ins.script.error ? ins.script.commands.flatMap((c) => [...c.args, ...c.redirects].map((w) => w.value)) : [ins.argsText];
    const m = texts.map((t) => names.exec(t)).find((x) => x !== null) ?? null;
    // The bare name only counts where the RUN starts in the file's folder.
    return m !== null && (m[2] === path || (ins.state.workdir ?? '/').replace(/(.)\/$/, '$1') === folder);
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
