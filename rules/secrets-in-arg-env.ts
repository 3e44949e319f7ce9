import { credentialIn, isClientBundleName, isHarmlessValue, isNameLikeValue, isOpenPgpKeyId, isOpenPgpProgram, isSecretName, valueDecides } from '../src/knowledge/secrets.js';
import { entrypointReadsSecret } from '../src/knowledge/image-defaults.js';
import { readsNoVariableNamed } from '../src/knowledge/environment-readers.js';
import { declarationBefore } from '../src/model/declarations.js';
import type { DockerfileModel, Instruction, KeyValue } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';
import type { Range, ReportDescriptor, TextEdit } from '../src/types.js';

/** The BuildKit secret-mount remedy for a variable. */
function secretMount(name: string): string {
  return `\`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name} …\` (built with \`--secret id=${name.toLowerCase()},env=${name}\`)`;
}

/**
 * Who reads the variable: a build step (`build`: an `ARG`, or an `ENV` that a later `RUN` names), the container when it
 * starts (`run`: an `ENV` that the base image's entrypoint reads and no later `RUN` names), or unknown (`either`: no
 * `RUN` names it, but a program may read it from the environment, at build time, also in an image built on this one,
 * or at run time).
 */
type Reader = 'build' | 'run' | 'either';

function readerOf(model: DockerfileModel, ins: Instruction, name: string): Reader {
  if (ins.keyword !== 'ENV' || scopeOf(model, ins).some((i) => i.keyword === 'RUN' && mentions(i, name))) return 'build';
  const image = ins.stage?.rootImage.name;
  return image && entrypointReadsSecret(image, name) ? 'run' : 'either';
}

/** What to do instead, by who reads the value. */
function remedy(reader: Reader, name: string): string {
  const runTime = `pass it when the container starts (\`docker run -e ${name}\`, \`--env-file\` or the orchestrator's secrets)`;
  if (reader === 'build') return `use ${secretMount(name)} instead`;
  if (reader === 'either') return `remove it and ${runTime}, or, if a build step reads it, use ${secretMount(name)}`;
  return `the image's entrypoint reads it when the container starts: remove it and ${runTime}, or give \`${name}_FILE\` the path of a mounted secret file, which the entrypoint reads instead`;
}

function unquoted(value: string): string {
  return value.trim().replace(/^(['"])([\s\S]*)\1$/, '$2');
}

/**
 * A secret-named variable that can hold a secret here: ARG always (the value comes with `--build-arg`), unless it
 * re-declares a global ARG whose default is harmless; ENV unless set empty or to a switch, path or URL (read through
 * the variables it expands: `ENV KEY=${RELEASE_KEY}`).
 */
function holdsSecret(keyword: string, p: KeyValue, inScope: string | undefined): boolean {
  if (p.rawValue === null) return keyword === 'ARG' && !(inScope && isHarmlessValue(inScope));
  // `ENV HF_TOKEN=${HF_TOKEN}` where nothing declares it and the base is known not to set it: the build stores ''.
  if (unquoted(p.rawValue) === '' || p.value === '') return keyword === 'ARG';
  if (valueDecides(p.name) && isNameLikeValue(p.rawValue)) return false;
  return !isHarmlessValue(p.rawValue) && !(p.value && isHarmlessValue(p.value));
}

/**
 * `ENV KEY=${STAGING_KEY}` where the stage declared `ARG STAGING_KEY=${STAGING_URL}/fluentbit.key`: the value is a copy
 * of a variable whose own value, as written, is harmless (a path or URL), even when a part of it is only known at build time.
 */
function copiesHarmless(model: DockerfileModel, instruction: Instruction, p: KeyValue): boolean {
  const ref = /^["']?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))["']?$/.exec(p.rawValue ?? '');
  const name = ref?.[1] ?? ref?.[2];
  if (!name) return false;
  const declared = instruction.stage ? declarationBefore(instruction.stage, name, instruction.index) : null;
  // A stage's bare `ARG X` takes the global default; outside a stage the global ARGs are the scope.
  const raw = declared?.rawValue ?? (declared || !instruction.stage ? model.globalArgs.get(name) : undefined);
  return raw !== undefined && raw !== null && unquoted(raw) !== '' && isHarmlessValue(raw);
}

export default defineRule({
  meta: {
    id: 'secrets-in-arg-env',
    category: 'security',
    severity: 'error',
    preset: 'recommended',
    description: '`ARG`/`ENV` that holds a secret (a token, password or key by its name, or a value that looks like a credential).',
    docs: {
      why:
        '`ENV` values are stored in the image configuration, and `ARG` values (defaults and `--build-arg` values alike) are recorded in the image history and build metadata: anyone who can pull the image can read them with `docker history` or `docker inspect`, and they stay in every layer cache and registry mirror. This applies to the tokens AI images need most (`HF_TOKEN`, `OPENAI_API_KEY`, `WANDB_API_KEY`, `NGC_API_KEY`, cloud keys).\n\nPass build-time secrets with a secret mount, which exists only for one `RUN` and never reaches the image: `RUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download …`, built with `docker build --secret id=hf_token,env=HF_TOKEN .`; pass run-time secrets with `docker run -e`/`--env-file` or your orchestrator\'s secrets. In a build-only stage (one no shipped image is built from: a builder whose output is taken with `COPY --from`) the value is not in the shipped image\'s configuration or history, but it stays in the build cache and the build\'s records (a `--cache-to … mode=max` export, `mode=max` provenance): it is reported all the same, as BuildKit\'s SecretsUsedInArgOrEnv does in any stage, and the message says where it stays. The message says which remedy applies: an `ARG`, or an `ENV` that a later `RUN` names, is read by the build and gets the secret mount; an `ENV` that the base image\'s entrypoint reads when the container starts (the official `mysql`, `mariadb`, `postgres` and `mongo` images\' root and user passwords) is read only then, where a build secret would leave it unset: pass it with `docker run -e`, or name a mounted secret file in `<NAME>_FILE` (`MYSQL_ROOT_PASSWORD_FILE=/run/secrets/db_root`), which those entrypoints read instead; any other `ENV` that no later `RUN` names may be read by either (a program reading its environment during the build, also in an image built `FROM` this one, or the application at run time), and both remedies are given, the run-time one first. A published demo password (a tutorial\'s `MYSQL_ROOT_PASSWORD=debezium`) is reported all the same: nothing in the Dockerfile tells it from a real one, and the image keeps it.\n\nA name counts as a secret when its last word is a secret noun (`token`, `secret`, `password`, `passphrase`, `key`, `credentials`, `api_key`, …), possibly followed by words that still name the value (`SECRET_KEY_BASE`, `AWS_ACCESS_KEY_ID`). Names about a secret rather than holding one are not reported: a variable used only to name a secret mount (`ARG PULL_SECRET=extra-secrets` with `RUN --mount=type=secret,id=${PULL_SECRET}` and `/run/secrets/${PULL_SECRET}`, or a `--secret id=${PULL_SECRET}`) holds the secret\'s id, not the secret (BuildKit\'s SecretsUsedInArgOrEnv warns on it all the same), and is reported again as soon as any other use takes its value; a dead `ARG` is not reported either: one without a value (nor a global default) that nothing after it in its stage reads (no instruction names it, and every later `RUN` runs only file tools and package managers, which read no variable of its name: NVIDIA\'s `ARG PRIVATE_KEY` followed by `dnf update` and `rm -f`) records a value only when a build passes one, so it is reported when a build of the project dlint can read (a Makefile recipe, script, README, CI pipeline, Compose or Bake file) passes it (BuildKit\'s SecretsUsedInArgOrEnv warns on the name regardless); paths and files (`HF_TOKEN_PATH`, `DB_PASSWORD_FILE`, `SSH_KEY_PATH`, `GOOGLE_APPLICATION_CREDENTIALS`), settings (`PASSWORD_MIN_LENGTH`, `MAX_TOKENS`, `TOKENIZERS_PARALLELISM`, `TOKENIZER_PATH`), switches (`MYSQL_ALLOW_EMPTY_PASSWORD`), tokenizer special tokens (`EOS_TOKEN`), public keys (`PUBLIC_KEY`, `KEYRING`), variables a web framework builds into the browser bundle, public by design (`VITE_AMPLITUDE_API_KEY`, `NEXT_PUBLIC_…`, `REACT_APP_…`, `EXPO_PUBLIC_…`, `NUXT_PUBLIC_…`, `PUBLIC_…`, `GATSBY_…`: a secret mount would bake the value into the bundle all the same; a value shaped like a credential is still reported under them, see below) and GPG key fingerprints (`GPG_KEY`, set by the official Python images: unlike BuildKit\'s SecretsUsedInArgOrEnv, dlint does not report it, because a fingerprint is public), likewise a bare `…_KEY` whose value is an OpenPGP fingerprint or long key id that `gpg` or `apt-key` of its stage fetches or exports (`ARG LLVM_KEY=6084F3CF814B57C1CF12EFD515CF4D18AF4F7421` read by `gpg --recv-keys "$LLVM_KEY"`). `ENV` set to an empty value (also one that only copies a variable no `ARG` or `ENV` of the stage declares, on a base whose environment dlint knows not to set it: a Docker Official Image, see `undefined-var`, which reports the reference), `true`/`false`/`0`/`1` or an absolute path is not reported, nor an `ARG` or `ENV` whose value is where a key is rather than the key: a URL without a user or password (`RELEASE_KEY=https://packages.fluentbit.io/fluentbit.key`, read by `rpm --import`), a path under a variable (`${STAGING_URL}/fluentbit.key`), or a variable copying one of those. A name ending in a bare `key` (no `secret`, `private`, `api`, `access`, `encryption`, `signing`, … before it) may be a configuration key (`Filters__0__Key=ProcessId`): it is reported only when its value is not a plain name of letters and separators. Any `ARG`/`ENV` whose value looks like a credential is reported whatever its name (`ENV CFG=AKIA…` too), judged by the value\'s shape: Hugging Face (`hf_…`), Anthropic (`sk-ant-api03-…`), OpenAI (`sk-proj-…` and other `sk-…`), Groq (`gsk_…`), Replicate (`r8_…`), Google (`AIza…`), Perplexity (`pplx-…`), xAI (`xai-…`) and LangSmith (`lsv2_pt_…`) keys, AWS access key ids (`AKIA…`, `ASIA…`), GitHub (`ghp_…`, `github_pat_…`), GitLab, Slack and npm tokens, private key blocks, and URLs with a password (`PIP_INDEX_URL=https://user:pass@…`).',
      bad: 'ARG HF_TOKEN\nENV HF_TOKEN=$HF_TOKEN\nRUN huggingface-cli download meta-llama/Llama-3.1-8B',
      good: '# syntax=docker/dockerfile:1.10\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN \\\n    huggingface-cli download meta-llama/Llama-3.1-8B',
      fixSafety:
        'Unsafe: the value no longer comes from the Dockerfile or `--build-arg`: the build must pass it with `docker build --secret id=<name>,env=<NAME>` (without it the variable is unset), and a removed `ENV` is no longer set in the running container (pass it with `docker run -e`). The fix removes the `ARG`/`ENV` (only when it declares nothing else); for an `ENV` that the base image\'s entrypoint reads (see above) that is all, otherwise it gives the `RUN`s that name the variable (or, when none does, every `RUN` that saw it, since a program may read it from the environment: later in its stage and, for `ENV`, in stages built `FROM` it) `--mount=type=secret,id=<name>,env=<NAME>`, which sets it for that `RUN` alone; it adds `# syntax=docker/dockerfile:1` when the file names no frontend, since secret mounts as variables need Dockerfile 1.10. No fix when the variable is used outside `RUN` (another instruction expands it, `CMD`/`ENTRYPOINT`/`HEALTHCHECK` read it), is declared more than once, is a global `ARG`, or the file names an older frontend.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['SecretsUsedInArgOrEnv', 'DL3064'],
    tags: ['security'],
  },
  check({ model, buildContext, report }) {
    for (const instruction of model.instructions) {
      const keyword = instruction.keyword;
      if (keyword !== 'ARG' && keyword !== 'ENV') continue;
      for (const p of instruction.properties) {
        // A browser bundle's variable is public by design; a value shaped like a credential is still reported below.
        if (isSecretName(p.name) && !isClientBundleName(p.name)) {
          // `ARG X` in a stage takes the global `ARG X=…` default.
          const inScope = instruction.state.env.get(p.name) ?? (instruction.stage && keyword === 'ARG' ? model.globalArgs.get(p.name) : undefined);
          if (!holdsSecret(keyword, p, inScope) || copiesHarmless(model, instruction, p) || onlyNamesASecret(model, instruction, p.name) || namesASigningKey(model, instruction, p)) continue;
          // A dead `ARG` (no value, read by nothing) records a value only when a build passes one; the project's builds are the evidence.
          if (keyword === 'ARG' && p.rawValue === null && !inScope && nothingReads(model, instruction, p.name) && !buildContext?.argsSomeBuildPasses().has(p.name)) continue;
          const where = instruction.stage?.buildOnly
            ? `its value stays in the build cache and the build's records of stage \`${instruction.stage.name ?? instruction.stage.index}\` (a \`--cache-to … mode=max\` export, \`mode=max\` provenance), though the stage does not ship`
            : keyword === 'ARG'
              ? 'its value (a default or `--build-arg`) is recorded in the image history'
              : 'its value is stored in the image configuration (`docker inspect`, `docker history`) for anyone who pulls the image';
          const reader = readerOf(model, instruction, p.name);
          report({ range: p.nameRange, message: `\`${keyword} ${p.name}\` holds a secret and ${where}; ${remedy(reader, p.name)}.`, ...mountFix(model, instruction, p, reader) });
          continue;
        }
        const credential = p.rawValue ? credentialIn(p.rawValue) : null;
        if (credential && p.valueRange) {
          const reader = readerOf(model, instruction, p.name);
          const instead = reader === 'build' ? `remove it and ${remedy(reader, p.name)}` : remedy(reader, p.name);
          report({
            range: p.valueRange,
            message: `The value of \`${keyword} ${p.name}\` looks like ${credential}, which stays readable in the image; ${instead}.`,
            ...mountFix(model, instruction, p, reader),
          });
        }
      }
    }
  },
});

const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);
const within = (inner: Range, outer: Range): boolean => before(outer.start, inner.start) && before(inner.end, outer.end);

/**
 * `ARG PULL_SECRET=extra-secrets` used only as the id of a secret mount (`RUN --mount=type=secret,id=${PULL_SECRET}/…`),
 * in the path it is mounted at (`/run/secrets/${PULL_SECRET}/…`) or as a `--secret id=${PULL_SECRET}` of a build
 * command: the variable names a secret, it does not hold one. False when nothing uses it or any use takes its value.
 */
function onlyNamesASecret(model: DockerfileModel, declared: Instruction, name: string): boolean {
  const ref = new RegExp(`\\$(\\{${name}\\W|${name}\\b)`, 'g');
  let named = false;
  // Each use in a word: right after `/run/secrets/` (where the mount puts the secret) or inside a `--secret`'s `id=`.
  const wordNames = (text: string, afterSecretFlag: boolean): boolean => {
    for (const m of text.matchAll(ref)) {
      const head = text.slice(0, m.index);
      if (!/\/run\/secrets\/$/.test(head) && !((afterSecretFlag || /^--secret=/.test(head)) && /(^|=)id=[^,]*$/.test(head))) return false;
      named = true;
    }
    return true;
  };
  for (const ins of model.instructions.slice(declared.index + 1)) {
    const secretMounts = (ins.run?.mounts ?? []).filter((m) => m.type === 'secret');
    for (const e of ins.expansions) {
      if (e.name !== name) continue;
      if (!secretMounts.some((m) => within(e.range, m.range))) return false;
      named = true;
    }
    const script = ins.script;
    if (!script || script.error) {
      // Words dlint does not read as shell (HEALTHCHECK, ONBUILD, a RUN it cannot parse): any mention takes the value.
      if (new RegExp(ref.source).test(ins.argsText)) return false;
      continue;
    }
    for (const c of script.commands) {
      if (!c.argv.every((w, i) => wordNames(w.value, c.argv[i - 1]?.value === '--secret')) || !c.redirects.every((w) => wordNames(w.value, false))) return false;
      if (!c.assignments.every((a) => wordNames(a.value, false))) return false;
    }
  }
  return named;
}

/**
 * `ARG LLVM_KEY=6084F3CF…AF4F7421` read by `gpg --recv-keys "$LLVM_KEY"`: a bare `…_KEY` whose value is an OpenPGP
 * fingerprint or key id that a key tool of its scope fetches or exports is the public identifier of a signing key.
 */
function namesASigningKey(model: DockerfileModel, declared: Instruction, p: KeyValue): boolean {
  const value = p.rawValue ?? declared.state.env.get(p.name) ?? model.globalArgs.get(p.name);
  if (!valueDecides(p.name) || !value || !isOpenPgpKeyId(value)) return false;
  const ref = referenceTo(p.name);
  return scopeOf(model, declared).some((i) => (i.script?.commands ?? []).some((c) => isOpenPgpProgram(c.name) && c.argv.some((w) => ref.test(w.value))));
}

/**
 * No instruction after the stage's `ARG` reads the variable: none names it (`$NAME`, `\${NAME…}`, in any words: a
 * heredoc, an ONBUILD trigger), and every later `RUN` runs only programs that read no variable of that name from their
 * environment (file tools, package managers: NVIDIA's `ARG PRIVATE_KEY` followed by `dnf update` and `rm -f`); a
 * script, interpreter or build tool run after it may read it. False for a global `ARG` (FROM lines read those).
 */
function nothingReads(model: DockerfileModel, declared: Instruction, name: string): boolean {
  if (!declared.stage) return false;
  const ref = referenceTo(name);
  return scopeOf(model, declared).every((i) => {
    if (i.expansions.some((e) => e.name === name) || ref.test(i.argsText)) return false;
    if (i.keyword !== 'RUN') return true;
    const script = i.script;
    return !!script && !script.error && script.commands.every((c) => readsNoVariableNamed(c.name, name));
  });
}

/** The instructions that see the variable: the rest of its stage and, for `ENV`, the stages built `FROM` it (`ARG` ends with its stage). */
function scopeOf(model: DockerfileModel, ins: Instruction): Instruction[] {
  const stage = ins.stage;
  if (!stage) return [];
  const after = stage.instructions.slice(stage.instructions.indexOf(ins) + 1);
  return ins.keyword === 'ENV' ? [...after, ...model.stages.filter((s) => s !== stage && s.lineage.includes(stage)).flatMap((s) => s.instructions)] : after;
}

/** `$NAME` or `${NAME…}` in a shell word's text. */
function referenceTo(name: string): RegExp {
  return new RegExp(`\\$(${name}\\b|\\{${name}\\W)`);
}

/** The variable is referenced in the instruction's words (`$NAME`, `${NAME…}`), as BuildKit or the shell would expand it. */
function mentions(ins: Instruction, name: string): boolean {
  if (ins.expansions.some((e) => e.name === name)) return true;
  const ref = referenceTo(name);
  return (ins.script?.commands ?? []).some((c) => c.argv.some((w) => ref.test(w.value)) || c.assignments.some((a) => ref.test(a.value)));
}

/** Frontends that read `env=` in secret mounts: none named (the builder's own) or `docker/dockerfile:1`, `1.10` and later. */
function frontendReadsSecretEnv(model: DockerfileModel): boolean | 'add' {
  const syntax = model.directives.find((d) => d.name.toLowerCase() === 'syntax');
  if (!syntax) return 'add';
  const m = /^(?:docker\.io\/)?docker\/dockerfile:(\d+)(?:\.(\d+))?/.exec(syntax.value.trim());
  return !!m && (m[2] === undefined ? m[1] === '1' : Number(m[1]) > 1 || Number(m[2]) >= 10);
}

/**
 * Removes a one-pair ARG/ENV and mounts the secret as the same variable into every RUN that saw it. Null when the
 * variable is used outside RUN, declared again, global, or the frontend cannot read the mount.
 */
function mountFix(model: DockerfileModel, ins: Instruction, p: KeyValue, reader: Reader): Pick<ReportDescriptor, 'fix'> {
  const stage = ins.stage;
  const frontend = reader === 'run' || frontendReadsSecretEnv(model);
  if (!stage || ins.properties.length !== 1 || !frontend) return {};
  const scope = scopeOf(model, ins);
  // Declared again (before or after, here or in a parent stage): removing one declaration would not remove the value.
  // `ARG X` + `ENV X=$X` is one chain: the ENV goes first, then the ARG, used by nothing else any more.
  const chained = ins.keyword === 'ENV' && ins.expansions.some((e) => e.name === p.name);
  const declarations = [...stage.lineage.flatMap((s) => s.instructions), ...scope].filter(
    (i) => i !== ins && !(chained && i.keyword === 'ARG') && i.properties.some((q) => q.name === p.name),
  );
  if (declarations.length) return {};
  const runs: Instruction[] = [];
  for (const i of scope) {
    if (i.keyword === 'RUN') runs.push(i);
    else if (mentions(i, p.name) || (i.keyword === 'ONBUILD' && i.trigger?.instruction && mentions(i.trigger.instruction, p.name))) return {};
  }
  // The RUNs that name the variable; when none does, a program reads it from the environment, in any of them.
  const users = runs.filter((r) => mentions(r, p.name));
  const id = p.name.toLowerCase();
  const mount = `--mount=type=secret,id=${id},env=${p.name}`;
  const next = { line: ins.range.end.line + 1, column: 1 };
  const edits: TextEdit[] = [{ range: { start: { line: ins.range.start.line, column: 1 }, end: next }, text: '' }];
  // Read when the container starts: the value goes to `docker run`, no build step gets a mount.
  if (reader === 'run') return { fix: { description: `Remove \`${ins.keyword} ${p.name}\` (pass it when the container starts)`, edits, safe: false } };
  for (const run of users.length ? users : runs) {
    if (run.run?.mounts.some((m) => m.type === 'secret' && m.id === id)) continue;
    edits.push({ range: { start: run.keywordRange.end, end: run.keywordRange.end }, text: ` ${mount}` });
  }
  if (frontend === 'add') {
    // Among the parser directives (an `# escape=` one stays where it is), before anything else.
    const at = { line: Math.max(0, ...model.directives.map((d) => d.range.end.line)) + 1, column: 1 };
    edits.unshift({ range: { start: at, end: at }, text: '# syntax=docker/dockerfile:1\n' });
  }
  return { fix: { description: `Remove \`${ins.keyword} ${p.name}\` and mount the secret \`${id}\` as \`${p.name}\` in RUN`, edits, safe: false } };
}
