import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { rangeContains } from '../src/shell/order.js';
import { runInstructions } from '../src/shell/installs.js';
import type { SimpleCommand, Word } from '../src/shell/types.js';
import { hasOption, optionValues } from '../src/shell/invocation.js';

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
/** Interpreters that run a script read from stdin, and the flag that makes them run an inline program instead. */
const INTERPRETERS: Record<string, RegExp> = {
  python: /^-[a-zA-Z]*[cm]/,
  perl: /^-[a-zA-Z]*[eE]/,
  ruby: /^-[a-zA-Z]*e/,
  node: /^(-[a-zA-Z]*[ep]|--eval|--print)/,
  php: /^-[a-zA-Z]*[rf]/,
};

export default defineRule({
  meta: {
    id: 'curl-pipe-shell',
    category: 'security',
    severity: 'warning',
    preset: 'recommended',
    description: 'A script downloaded with `curl`/`wget` is executed without verification (`curl … | sh`, `bash <(curl …)`, `sh -c "$(curl …)"`).',
    docs: {
      why:
        'Piping a download straight into a shell runs whatever the server (or anyone between it and the build) sends at that moment: the image cannot be reproduced, a compromised or truncated script runs as root, and nothing records what was executed. Download the script to a file, verify it against a checksum you pinned (`sha256sum -c`) or a signature, then run it; better, install a released, versioned artifact.\n\nPipes into programs that only read data (`curl … | tar xz`, `| gpg --dearmor`, `| sha256sum`, `| python3 -c "…"`) are not reported, nor a download saved to a file and run after it is verified. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it from the vendor\'s current installer, nothing ships from it, and a checksum would break at every upstream release.',
      bad: 'RUN curl -LsSf https://astral.sh/uv/install.sh | sh',
      good:
        'ARG UV_INSTALLER_SHA256=<sha256 of the pinned installer>\nRUN curl -LsSf -o /tmp/uv-install.sh https://astral.sh/uv/0.4.30/install.sh \\\n && echo "${UV_INSTALLER_SHA256}  /tmp/uv-install.sh" | sha256sum -c - \\\n && sh /tmp/uv-install.sh && rm /tmp/uv-install.sh',
    },
    fixable: false,
    covers: [],
    tags: ['security'],
  },
  check({ model, report }) {
    if (isInteractiveDevImage(model)) return;
    for (const instruction of runInstructions(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (instruction.stage?.devEnvironment) continue;
      const script = instruction.run!.script!;
      const downloads = script.commands.filter(writesDownloadToStdout);
      if (downloads.length === 0) continue;
      const found = new Map<string, { runner: Word; download: SimpleCommand }>();
      const add = (runner: Word, download: SimpleCommand): void => {
        const key = `${runner.range.start.line}:${runner.range.start.column}`;
        if (!found.has(key)) found.set(key, { runner, download });
      };
      // `curl … | sh`, `wget -qO- … | sudo -E bash -s -- args`
      for (const pipe of script.pipelines) {
        for (const member of pipe.commands) {
          const runner = executed(member);
          if (!readsScriptFromStdin(runner)) continue;
          const download = pipe.commands.find((c) => c.pipelineIndex < member.pipelineIndex && writesDownloadToStdout(executed(c)));
          if (download) add(runner.argv[0]!, executed(download));
        }
      }
      // `bash <(curl …)`, `source <(curl …)`, `sh -c "$(curl …)"`, `eval "$(curl …)"`
      for (const cmd of script.commands) {
        const runner = executed(cmd);
        for (const word of substitutedScripts(runner)) {
          const download = downloads.find((d) => rangeContains(word.range, d.range));
          if (download) add(runner.argv[0]!, download);
        }
      }
      for (const { runner, download } of found.values()) {
        report({
          range: runner.range,
          message: `\`${runner.value}\` runs a script downloaded by \`${download.name}\` without verifying it; download it to a file, check its SHA-256 (\`sha256sum -c\`), then run it.`,
        });
      }
    }
  },
});

/** The program a command really runs (`sudo -E bash -` → `bash -`); xargs is not followed (its input is arguments, not a script). */
function executed(cmd: SimpleCommand): SimpleCommand {
  let current = cmd;
  while (current.launches && current.name !== 'xargs') current = current.launches;
  return current;
}

function interpreter(name: string | null): string | null {
  if (!name) return null;
  if (SHELLS.has(name)) return 'sh';
  const base = /^(python|perl|ruby|node|php)(?:[0-9.]*)$/.exec(name)?.[1];
  return base ?? null;
}

/** `sh`, `bash -s -- -y`, `bash -`, `python3 -`: the program text comes from stdin. */
function readsScriptFromStdin(cmd: SimpleCommand): boolean {
  const kind = interpreter(cmd.name);
  if (!kind) return false;
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === '-' || v === '/dev/stdin') return true;
    // After `--` the next word is the script file, if there is one (php: arguments for the stdin script).
    if (v === '--') return kind === 'php' || i + 1 >= args.length;
    if (kind === 'sh') {
      if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) return false;
      if (/^-[a-zA-Z]*s[a-zA-Z]*$/.test(v)) return true;
      // `-o pipefail`, `+O extglob`, `--rcfile F` take a value.
      if (/^[-+][a-zA-Z]*[oO]$/.test(v) || v === '--rcfile' || v === '--init-file') i++;
      else if (!/^[-+]/.test(v)) return false;
    } else {
      if (INTERPRETERS[kind]!.test(v)) return false;
      if (kind === 'python' && /^-[WX]$/.test(v)) i++;
      else if (!v.startsWith('-')) return false;
    }
  }
  return true;
}

/** Words of the command that are a downloaded script: `<(…)` operands of a shell or `source`, `-c "$(…)"`, `eval "$(…)"`. */
function substitutedScripts(cmd: SimpleCommand): Word[] {
  const kind = interpreter(cmd.name);
  const args = cmd.args;
  if (cmd.name === 'source' || cmd.name === '.') return args.slice(0, 1).filter((w) => w.value.startsWith('<('));
  if (cmd.name === 'eval') return args.filter((w) => w.value.startsWith('$(') || w.value.startsWith('`'));
  if (!kind) return [];
  const inline = args.findIndex((w) => (kind === 'sh' ? /^-[a-zA-Z]*c[a-zA-Z]*$/ : INTERPRETERS[kind]!).test(w.value));
  if (inline >= 0) {
    const body = args[inline + 1];
    return body && (body.value.startsWith('$(') || body.value.startsWith('`')) ? [body] : [];
  }
  const operand = args.find((w) => !w.value.startsWith('-') || w.value.startsWith('<('));
  return operand && operand.value.startsWith('<(') ? [operand] : [];
}

/** `curl URL` (no `-o`/`-O`), `wget -O- URL`, `wget -qO - URL`, `wget --output-document=- URL`. */
function writesDownloadToStdout(cmd: SimpleCommand): boolean {
  const inv = cmd.invocation;
  const toStdout = (output: string | null): boolean => output === '-' || output === '/dev/stdout';
  if (inv.tool === 'curl') {
    if (hasOption(inv, '-O', '--remote-name', '--remote-name-all')) return false;
    const outputs = optionValues(inv, '-o', '--output');
    return outputs.length === 0 || toStdout(outputs[outputs.length - 1]!.value);
  }
  if (inv.tool === 'wget') return optionValues(inv, '-O', '--output-document').some((o) => toStdout(o.value));
  return false;
}
