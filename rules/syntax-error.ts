import {
  BUILDAH_MOUNT_KEYS,
  INSTRUCTIONS,
  INSTRUCTION_FLAGS,
  MOUNT_KEYS,
  MOUNT_SHARING,
  MOUNT_TYPES,
  NETWORK_MODES,
  SECURITY_MODES,
  STAGE_NAME,
} from '../src/knowledge/instructions.js';
import type { DockerfileModel, Instruction, InstructionFlag } from '../src/model/types.js';
import { isValidReference } from '../src/model/image-ref.js';
import { defineRule } from '../src/rule.js';
import { nearest } from '../src/suggest.js';
import type { Range } from '../src/types.js';

type Report = (range: Range, message: string) => void;

const KNOWN = new Set(INSTRUCTIONS);
const GO_DURATION = /^(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))*$/;
const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

function durationNs(text: string): number | null {
  if (text === '0') return 0;
  if (!GO_DURATION.test(text)) return null;
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * UNIT_NS[m[2]!]!;
  return total;
}

const hasVar = (v: string): boolean => v.includes('$');

export default defineRule({
  meta: {
    id: 'syntax-error',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: 'The file cannot be read as a Dockerfile: unknown instruction, missing arguments, bad flag, unterminated heredoc, bad parser directive.',
    docs: {
      why:
        'These are mistakes BuildKit stops the build for, found before you run it: an unknown or misspelt instruction (with a "did you mean"), an instruction without its arguments, a flag the instruction does not have or with a bad value (`COPY --chmod`, `--chown`, `--link`, `--parents`, `--exclude`, `--from`; `ADD --checksum`, `--keep-git-dir`; `RUN --mount`, `--network`, `--security`; `FROM --platform`; `HEALTHCHECK --interval`, `--timeout`, `--start-period`, `--start-interval`, `--retries`), a heredoc that is never closed (`<< EOF` with a blank opens one, as in BuildKit 0.22 and later; `<<- EOF` does not), and parser directives (`# syntax=`, `# escape=`, `# check=`) that are repeated, invalid, or placed where BuildKit reads them as plain comments (they must come first, before any other comment, blank line or instruction; a later copy of the directive the top already sets, with the same value, is a harmless comment and is not reported). In a file named `Containerfile*` (built by Podman or Buildah), Buildah\'s own `--mount` options (`relabel`, `z`, `Z`, `U`, propagation and mount flags) are accepted; in a Dockerfile they are reported as Podman/Buildah options. The rest of the file is still linted. A template that a generator turns into a Dockerfile (`{{ … }}` of jq or Go templates, Jinja\'s `{% … %}`, the `<% … %>` of Groovy, ERB or JSP templates, FreeMarker\'s `<#if …>` directives, where an instruction or FROM\'s image should be, as in docker-library\'s `Dockerfile.template`) gets this one finding, at `info` severity since it says how dlint read the file rather than what is wrong in it, and no other rule\'s; a placeholder template (Python `str.format`: `FROM {base_image}`, a `{args}` line; the `%%NAME%%` markers a script replaces: `FROM %%NEO4J_BASE_IMAGE%%`; a plain word that a build file beside the Dockerfile (a Makefile, `*.mk` or shell script) replaces with sed in it before building: rook\'s `FROM BASEIMAGE`, after `sed \'s|BASEIMAGE|$(BASEIMAGE)|g\' Dockerfile`; or a `{{name}}` marker after FROM\'s image name: `FROM mcr.microsoft.com/azureml/openmpi5.0-ubuntu24.04:{{latest-image-tag}}`) gets it too, and its lines without a placeholder are checked as the Dockerfile they are.',
      bad: '# Build the API\n# syntax=docker/dockerfile:1\nFORM python:3.12-slim\nCOPY --chmod 755 entrypoint.sh /entrypoint.sh\nHEALTHCHECK --interval=30 CMD curl -f http://localhost:8000/health',
      good: '# syntax=docker/dockerfile:1\n# Build the API\nFROM python:3.12-slim\nCOPY --chmod=755 entrypoint.sh /entrypoint.sh\nHEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/health',
    },
    fixable: false,
    covers: [],
  },
  check({ model, report: emit }) {
    const report: Report = (range, message) => emit({ range, message });
    if (model.template) {
      // Information on how dlint read the file, not a mistake in it: its generator is meant to fill it.
      emit({
        range: model.template,
        severity: 'info',
        message: model.templateLines
          ? 'This file is a template (its generator fills the placeholders), not a Dockerfile: BuildKit cannot build it as it is. dlint checks only the lines without a placeholder; lint the Dockerfile generated from it for the rest.'
          : 'This file is a template (its generator\'s `{{ … }}`, `{% … %}` or `<% … %>` stands where Dockerfile syntax should), not a Dockerfile: BuildKit cannot build it. Lint the Dockerfile generated from it; dlint checks nothing else here.',
      });
      return;
    }
    checkDirectives(model, report);
    if (!model.instructions.length) {
      report({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, 'The file has no instructions; a Dockerfile needs at least `FROM <image>`.');
      return;
    }
    // Podman and Buildah build `Containerfile`s, and read mount options BuildKit does not know.
    const buildah = /^containerfile/i.test(model.path.replace(/\\/g, '/').split('/').pop() ?? '');
    let previous: Instruction | null = null;
    for (const ins of model.instructions) {
      if (!KNOWN.has(ins.keyword)) unknownInstruction(ins, previous, report);
      else checkInstruction(ins, report, buildah);
      for (const h of ins.heredocs) {
        if (!h.terminated && h.name === '') report(h.range, 'A heredoc opener followed by a blank and no name here (`<<- EOF`: only `<< EOF` may have a blank, since BuildKit 0.22) opens no heredoc in BuildKit: the lines after it are read as instructions; write the name right after it (`<<-EOF`).');
        else if (!h.terminated) report(h.range, `The heredoc \`<<${h.name}\` is never closed: add a line \`${h.name}\` after its content (everything to the end of the file belongs to it now).`);
      }
      previous = ins;
    }
  },
});

function checkDirectives(model: DockerfileModel, report: Report): void {
  for (const d of model.directives) {
    if (d.name.toLowerCase() === 'escape' && d.value !== '\\' && d.value !== '`') {
      report(d.range, `\`# escape=${d.value}\` is invalid; the escape character must be a backslash or a backtick.`);
    }
  }
  const effective = new Set(model.directives.map((d) => d.range.start.line));
  for (const d of model.ignoredDirectives) {
    const same = model.directives.find((e) => e.name.toLowerCase() === d.name.toLowerCase());
    if (effective.has(d.range.start.line)) {
      report(d.range, `Only one \`# ${d.name}\` parser directive is allowed; BuildKit rejects the repeated one, so remove it.`);
    } else if (same) {
      // A plain comment repeating the directive the top of the file sets (traefik's `# syntax=docker/dockerfile:1.2`
      // again above a later stage) changes nothing; moving it up would repeat the directive, which BuildKit rejects.
      if (same.value !== d.value)
        report(d.range, `\`# ${d.name}=${d.value}\` is read as a plain comment: the top of the file already sets \`# ${same.name}=${same.value}\`, which applies to the whole file; remove this line or change the one at the top.`);
    } else {
      report(
        d.range,
        `\`# ${d.name}=${d.value}\` is not in the parser-directive block at the top of the file, so it is read as a plain comment; move it to the first lines, before any other comment, blank line or instruction.`,
      );
    }
  }
}

function unknownInstruction(ins: Instruction, previous: Instruction | null, report: Report): void {
  const word = ins.keywordText;
  const hint = nearest(word.toUpperCase(), INSTRUCTIONS, word.length >= 4 ? 2 : 1);
  const continued =
    previous &&
    KNOWN.has(previous.keyword) &&
    previous.range.end.line === ins.range.start.line - 1 &&
    (!/^[A-Za-z]+$/.test(word) || word === word.toLowerCase());
  report(
    ins.keywordRange,
    hint
      ? `Unknown instruction \`${word}\`; did you mean \`${hint}\`?`
      : continued
        ? `Unknown instruction \`${word}\`; if this line continues the \`${previous!.keyword}\` above, end that line with \`\\\`.`
        : `Unknown instruction \`${word}\`; a Dockerfile line must start with an instruction such as \`RUN\` or \`COPY\`.`,
  );
}

function checkInstruction(ins: Instruction, report: Report, buildah: boolean): void {
  const k = ins.keyword;
  if (!ins.argsRange && !ins.heredocs.length) {
    report(ins.keywordRange, `\`${ins.keywordText}\` has no arguments; ${k === 'FROM' ? 'name the base image' : `give ${k} what it needs`}.`);
    return;
  }
  checkFlags(ins, report, buildah);
  switch (k) {
    case 'FROM':
      checkFrom(ins, report);
      break;
    case 'COPY':
    case 'ADD': {
      const c = ins.copy;
      if (c && (!c.dest || c.sources.length + c.heredocs.length === 0)) {
        report(ins.argsRange ?? ins.keywordRange, `\`${k}\` needs at least one source and a destination (\`${k} <src>... <dest>\`).`);
      }
      break;
    }
    case 'ENV':
    case 'LABEL':
      for (const p of ins.properties) {
        if (p.name === '') report(p.valueRange ?? p.nameRange, `\`${k}\` needs a name before \`=\`.`);
        else if (p.rawValue === null) report(p.nameRange, `\`${k} ${p.name}\` has no value; write \`${k} ${p.name}=<value>\`.`);
      }
      break;
    case 'SHELL':
      if (!ins.looksLikeJson) report(ins.argsRange ?? ins.keywordRange, 'SHELL takes the JSON form: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.');
      break;
    case 'HEALTHCHECK':
      checkHealthcheck(ins, report);
      break;
    default:
      break;
  }
}

function checkFrom(ins: Instruction, report: Report): void {
  const args = ins.args;
  if (args.length === 3 && args[1]!.value.toLowerCase() === 'as') {
    const name = args[2]!;
    if (!STAGE_NAME.test(name.value.toLowerCase())) {
      report(name.range, `\`${name.value}\` is not a valid stage name; start with a letter and use only letters, digits, \`-\`, \`_\` and \`.\`.`);
    }
  } else if (args.length !== 1) {
    report(ins.argsRange ?? ins.keywordRange, 'FROM takes an image and optionally `AS <name>`: `FROM <image> [AS <name>]`.');
    return;
  }
  // A literal reference BuildKit rejects ("invalid reference format"); one built from ARGs is undefined-var's.
  const image = ins.stage?.image;
  if (image && image.resolved !== null && !image.unresolvedVars.length && image.raw === image.resolved && !image.isScratch && !ins.stage!.parent && !isValidReference(image.resolved)) {
    // The name lower-cased, the tag and digest as written.
    const slash = Math.max(image.resolved.lastIndexOf('/'), 0);
    const end = image.resolved.slice(slash).search(/[:@]/);
    const cut = end < 0 ? image.resolved.length : slash + end;
    const lower = image.resolved.slice(0, cut).toLowerCase() + image.resolved.slice(cut);
    const hint = /[A-Z]/.test(image.resolved) && isValidReference(lower) ? `; repository names are lower-case: \`${lower}\`` : '';
    report(image.range, `\`${image.resolved}\` is not a valid image reference (BuildKit: "invalid reference format")${hint}.`);
  }
}

function checkHealthcheck(ins: Instruction, report: Report): void {
  const type = ins.args[0]!;
  const upper = type.value.toUpperCase();
  if (upper === 'NONE') {
    if (ins.args.length > 1) report(ins.args[1]!.range, '`HEALTHCHECK NONE` takes no arguments.');
  } else if (upper === 'CMD') {
    if (ins.args.length < 2) report(type.range, '`HEALTHCHECK CMD` needs a command to run.');
  } else {
    report(type.range, `\`HEALTHCHECK ${type.value}\` is not valid; write \`HEALTHCHECK [options] CMD <command>\` or \`HEALTHCHECK NONE\`.`);
  }
}

/** Flags the Dockerfile parser does not read for this instruction still count for BuildKit: leading `--x` words. */
function looseFlags(ins: Instruction): { name: string; range: Range }[] {
  if (ins.flags.length || INSTRUCTION_FLAGS[ins.keyword] || ins.looksLikeJson || ins.keyword === 'ONBUILD') return [];
  // A flag is written with a `-` first, or an escaped one: the words are read only then (the model reads them on request).
  if (!/^[-\\`]/.test(ins.argsText)) return [];
  const out: { name: string; range: Range }[] = [];
  for (const t of ins.args) {
    if (t.value === '--' || !t.value.startsWith('--')) break;
    out.push({ name: t.value.slice(2).split('=')[0]!, range: t.range });
  }
  return out;
}

function checkFlags(ins: Instruction, report: Report, buildah: boolean): void {
  const k = ins.keyword;
  for (const f of looseFlags(ins)) report(f.range, `\`${k}\` has no flag \`--${f.name}\`.`);
  const allowed = INSTRUCTION_FLAGS[k] ?? {};
  // HEALTHCHECK NONE does not read its flags; ONBUILD's flags belong to its trigger.
  if ((k === 'HEALTHCHECK' && ins.args[0]?.value.toUpperCase() === 'NONE') || k === 'ONBUILD') return;
  const seen = new Set<string>();
  for (const f of ins.flags) {
    // `--` ends the flags.
    if (f.name === '') continue;
    const kind = allowed[f.name];
    if (!kind) {
      const hint = nearest(f.name, Object.keys(allowed), Math.min(3, f.name.length - 1));
      report(f.range, `\`${k}\` has no flag \`--${f.name}\`${hint ? `; did you mean \`--${hint}\`?` : '.'}`);
      continue;
    }
    if (seen.has(f.name) && kind !== 'strings') report(f.range, `\`--${f.name}\` is given twice; keep one.`);
    seen.add(f.name);
    const v = f.value;
    if (kind === 'bool') {
      if (v !== null && !/^(true|false)$/i.test(v)) report(f.range, `\`--${f.name}\` is a switch: write \`--${f.name}\` or \`--${f.name}=false\`.`);
      continue;
    }
    if (v === null) {
      report(f.range, `\`--${f.name}\` needs a value: \`--${f.name}=<value>\`.`);
      continue;
    }
    if (hasVar(v)) continue;
    if (kind === 'duration') {
      const ns = durationNs(v);
      if (ns === null) report(f.range, `\`--${f.name}=${v}\` is not a duration; write it with a unit, such as \`30s\` or \`1m30s\`.`);
      else if (ns !== 0 && ns < 1e6) report(f.range, `\`--${f.name}=${v}\` is below the 1ms minimum.`);
    } else if (kind === 'count' && !/^\d+$/.test(v)) {
      report(f.range, `\`--${f.name}=${v}\` must be a whole number of at least 0.`);
    } else if (f.name === 'network' && !NETWORK_MODES.includes(v)) {
      report(f.range, `\`--network=${v}\` is not a network mode; use \`default\`, \`none\` or \`host\`.`);
    } else if (f.name === 'security' && !SECURITY_MODES.includes(v)) {
      report(f.range, `\`--security=${v}\` is not a security mode; use \`sandbox\` or \`insecure\`.`);
    } else if (f.name === 'mount') {
      checkMount(f, report, buildah);
    }
  }
}

function checkMount(f: InstructionFlag, report: Report, buildah: boolean): void {
  const opt = (name: string) => f.options.find((o) => o.name.toLowerCase() === name);
  const typeOpt = opt('type')?.value ?? 'bind';
  if (hasVar(typeOpt)) return;
  const type = typeOpt.toLowerCase();
  if (!MOUNT_TYPES.includes(type)) {
    const hint = nearest(type, MOUNT_TYPES, 2);
    report(f.range, `\`type=${typeOpt}\` is not a mount type; use ${MOUNT_TYPES.map((t) => `\`${t}\``).join(', ')}${hint ? ` (did you mean \`${hint}\`?)` : ''}.`);
    return;
  }
  for (const o of f.options) {
    const key = o.name.toLowerCase();
    if (BUILDAH_MOUNT_KEYS.includes(key)) {
      if (!buildah) report(f.range, `\`--mount\` option \`${o.name}\` is a Podman/Buildah option that BuildKit (\`docker build\`) rejects; remove it, or build this file with Podman or Buildah (which look for a \`Containerfile\`).`);
      continue;
    }
    if (!MOUNT_KEYS.includes(key)) {
      const hint = nearest(key, MOUNT_KEYS, 2);
      report(f.range, `\`--mount\` has no option \`${o.name}\`${hint ? `; did you mean \`${hint}\`?` : '.'}`);
      continue;
    }
    if (o.value === null && !['ro', 'rw', 'readonly', 'readwrite', 'required'].includes(key)) {
      report(f.range, `\`--mount\` option \`${o.name}\` needs a value: \`${o.name}=<value>\`.`);
      continue;
    }
    if (key === 'required' && type !== 'secret' && type !== 'ssh') report(f.range, `\`required\` applies to secret and ssh mounts only, not \`type=${type}\`.`);
    if (key === 'size' && type !== 'tmpfs') report(f.range, `\`size\` applies to tmpfs mounts only, not \`type=${type}\`.`);
    if ((key === 'mode' || key === 'uid' || key === 'gid') && (type === 'bind' || type === 'tmpfs')) {
      report(f.range, `\`${key}\` is not allowed on \`type=${type}\` mounts.`);
    }
    if (key === 'sharing' && o.value && !hasVar(o.value)) {
      if (type !== 'cache') report(f.range, `\`sharing\` applies to cache mounts only, not \`type=${type}\`.`);
      else if (!MOUNT_SHARING.includes(o.value.toLowerCase())) report(f.range, `\`sharing=${o.value}\` is invalid; use \`shared\`, \`private\` or \`locked\`.`);
    }
    if (key === 'from' && type === 'secret') report(f.range, 'A secret mount cannot have `from`.');
  }
}
