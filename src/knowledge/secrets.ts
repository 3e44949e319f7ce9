/**
 * Which ARG/ENV names hold secrets and which values look like credentials.
 *
 * Names are split into words (`HF_TOKEN` → hf, token; `openaiApiKey` → openai, api, key). A name is a secret when
 * its last word is a secret noun (token, secret, password, key, …), or a secret noun is followed only by words that
 * still describe the secret itself (`SECRET_KEY_BASE`, `AWS_ACCESS_KEY_ID`). Words that make the name describe
 * something else keep it silent: a file or path holding the secret (`HF_TOKEN_PATH`, `DB_PASSWORD_FILE`), a setting
 * about it (`PASSWORD_MIN_LENGTH`, `MAX_TOKENS` is plural, `TOKENIZERS_PARALLELISM` has no secret word), a public key
 * or GPG fingerprint (`GPG_KEY`, which docker-library images set to a public fingerprint: BuildKit's
 * SecretsUsedInArgOrEnv reports it, dlint does not), a tokenizer's special tokens (`EOS_TOKEN`), or a switch
 * (`MYSQL_ALLOW_EMPTY_PASSWORD`).
 */

const SECRET_NOUNS = new Set([
  'token', 'secret', 'password', 'passwd', 'pword', 'passphrase', 'pass', 'apikey', 'credential', 'credentials',
  'key', 'accesskey', 'secretkey', 'privatekey',
]);

/**
 * Words after the secret noun that still name the secret's value; any other word (`file`, `path`, `min`, `length`,
 * `name`, `url`, …) makes the variable about the secret, not the secret.
 */
const VALUE_TAILS = new Set(['id', 'base', 'value', 'data', 'content', 'contents', 'b64', 'base64', 'json', 'pem', 'str', 'string', 'raw', 'hash', 'encoded', 'plain', 'plaintext']);

/** Words before the noun that make it something else than a secret, per noun (`*` applies to every noun). */
const NOT_SECRET_QUALIFIERS: Readonly<Record<string, ReadonlySet<string>>> = {
  // public keys, GPG fingerprints, data-structure keys
  key: new Set(['gpg', 'pgp', 'gnupg', 'repo', 'apt', 'cache', 'sort', 'partition', 'primary', 'foreign', 'hot', 'map', 'lookup', 'routing', 'idempotency']),
  // a tokenizer's special tokens and token counts
  token: new Set(['bos', 'eos', 'pad', 'unk', 'sep', 'cls', 'mask', 'bot', 'eot', 'special', 'start', 'end', 'stop', 'image', 'max', 'min', 'num', 'total']),
  // public material and switches (`MYSQL_ALLOW_EMPTY_PASSWORD`, `USE_AUTH_TOKEN`)
  '*': new Set(['public', 'pub', 'publishable', 'anon', 'allow', 'empty', 'random', 'generate', 'require', 'skip', 'no', 'disable', 'enable', 'use', 'reset', 'expire', 'prompt']),
};

/** Variables that by definition hold a path to a key file, not the key. */
const PATH_VARIABLES = new Set(['GOOGLE_APPLICATION_CREDENTIALS']);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Compounds written as one word (`HFTOKEN`, `GHTOKEN`, `APITOKEN`), but not `TIKTOKEN`. */
const COMPOUND_TOKEN = /^(hf|gh|git|github|gitlab|npm|pypi|api|auth|access|bearer|refresh|session|pat)token$/;

function isSecretNoun(word: string): boolean {
  return SECRET_NOUNS.has(word) || COMPOUND_TOKEN.test(word);
}

/** True when a variable of this name holds a secret. */
export function isSecretName(name: string): boolean {
  if (PATH_VARIABLES.has(name.toUpperCase())) return false;
  const words = nameWords(name);
  // The rightmost secret noun is the head of the name.
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isSecretNoun(words[i]!)) continue;
    const tail = words.slice(i + 1);
    if (!tail.every((w) => VALUE_TAILS.has(w))) return false;
    const before = words.slice(0, i);
    // `GPG_PRIVATE_KEY` is a secret whatever kind of key it is.
    const own = before.includes('private') || before.includes('secret') ? undefined : NOT_SECRET_QUALIFIERS[words[i]!];
    if (before.some((w) => NOT_SECRET_QUALIFIERS['*']!.has(w) || own?.has(w))) return false;
    // `ID` after the noun is the secret's identifier, a credential only for access keys (`AWS_ACCESS_KEY_ID`).
    if (tail.includes('id') && !(words[i] === 'key' && words[i - 1] === 'access') && words[i] !== 'accesskey') return false;
    return true;
  }
  return false;
}

/**
 * Words before `key` that make it key material whatever the value (`SECRET_KEY`, `API_KEY`). Without one, `key` may
 * as well be a configuration key (`Filters__0__Key=ProcessId`, `SORT_KEY`), and the value decides.
 */
const KEY_MATERIAL_QUALIFIERS = new Set(['secret', 'private', 'api', 'access', 'encryption', 'signing', 'master', 'hmac', 'jwt', 'ssh', 'aes', 'license']);

/** True when the name alone leaves open whether it holds a secret (`…_KEY` without a qualifier): judge the value. */
export function valueDecides(name: string): boolean {
  const words = nameWords(name);
  let head = words.length - 1;
  while (head >= 0 && !isSecretNoun(words[head]!)) head--;
  return head >= 0 && words[head] === 'key' && !words.slice(0, head).some((w) => KEY_MATERIAL_QUALIFIERS.has(w));
}

/** Programs that take an OpenPGP key by its fingerprint or key id (`gpg --recv-keys "$LLVM_KEY"`). */
const OPENPGP_PROGRAMS = new Set(['gpg', 'gpg2', 'gpgv', 'gpgv2', 'apt-key']);

export function isOpenPgpProgram(program: string | null): boolean {
  return program !== null && OPENPGP_PROGRAMS.has(program);
}

/**
 * An OpenPGP fingerprint (40 hex digits, possibly in groups of four) or long key id (16, possibly `0x`-prefixed):
 * the public identifier of a signing key, which docker-library-style images fetch from a key server.
 */
export function isOpenPgpKeyId(value: string): boolean {
  const v = unquote(value).replace(/\s+/g, '');
  return /^(0x)?([0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$/.test(v);
}

/** A value made of letters and separators only (`ProcessId`, `user.name`): a name, not key material. */
export function isNameLikeValue(value: string): boolean {
  return /^[A-Za-z]+(?:[_.:-]+[A-Za-z]+)*$/.test(unquote(value));
}

/** Values that cannot be a secret even under a secret name: switches and paths. */
export function isHarmlessValue(value: string): boolean {
  const v = unquote(value);
  return /^(true|false|yes|no|on|off|none|null|0|1)$/i.test(v) || /^(\/|~\/|\.\/|\.\.\/)[^\s:@]*$/.test(v) || isLocation(v);
}

/**
 * Where a key is, not the key: a URL without a user or password (`https://packages.fluentbit.io/fluentbit.key`, the
 * public signing key `rpm --import` reads), or a path under a variable (`${STAGING_URL}/fluentbit.key`).
 */
function isLocation(v: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^\s@/]+(\/\S*)?$/i.test(v) || /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)\/[^\s@]*$/.test(v);
}

function unquote(value: string): string {
  return value.trim().replace(/^(['"])([\s\S]*)\1$/, '$2').trim();
}

/**
 * Credential shapes, most specific first (the first match names the kind). The AI providers' shapes are the prefixes
 * their consoles issue and secret scanners (GitHub secret scanning, gitleaks) match: Anthropic `sk-ant-api03-…`,
 * OpenAI `sk-proj-…`/`sk-svcacct-…`/`sk-admin-…`, Groq `gsk_` + 52, Replicate `r8_` + 37, Google `AIza` + 35,
 * Perplexity `pplx-`, xAI `xai-`, LangSmith `lsv2_pt_…`; lengths are lower bounds where providers have changed them.
 */
const CREDENTIAL_PATTERNS: readonly [RegExp, string][] = [
  [/^hf_[A-Za-z0-9]{30,}$/, 'a Hugging Face token'],
  [/^sk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_-]{20,}$/, 'an Anthropic API key'],
  [/^sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}$/, 'an OpenAI API key'],
  [/^sk-[A-Za-z0-9_-]{20,}$/, 'an API secret key (`sk-…`)'],
  [/^gsk_[A-Za-z0-9]{40,}$/, 'a Groq API key'],
  [/^r8_[A-Za-z0-9]{30,}$/, 'a Replicate API token'],
  [/^AIza[0-9A-Za-z_-]{35}$/, 'a Google API key'],
  [/^pplx-[A-Za-z0-9]{40,}$/, 'a Perplexity API key'],
  [/^xai-[A-Za-z0-9]{40,}$/, 'an xAI API key'],
  [/^lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}$/, 'a LangSmith API key'],
  [/^(AKIA|ASIA)[0-9A-Z]{16}$/, 'an AWS access key id'],
  [/^gh[pousr]_[A-Za-z0-9]{36,}$/, 'a GitHub token'],
  [/^github_pat_[A-Za-z0-9_]{22,}$/, 'a GitHub token'],
  [/^glpat-[A-Za-z0-9_-]{20,}$/, 'a GitLab token'],
  [/^xox[abprs]-[A-Za-z0-9-]{10,}$/, 'a Slack token'],
  [/^npm_[A-Za-z0-9]{36}$/, 'an npm token'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
];

const PLACEHOLDER = /x{6,}|\.{3}|<[^>]*>|your[-_]|example|placeholder|changeme|dummy/i;

/** What kind of credential a literal value looks like (`a Hugging Face token`), or null. */
export function credentialIn(value: string): string | null {
  const v = unquote(value);
  for (const [re, what] of CREDENTIAL_PATTERNS) if (re.test(v)) return PLACEHOLDER.test(v) && what !== 'a private key' ? null : what;
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s:]+):([^/@\s]+)@/i.exec(v);
  // A password written out (not `${VAR}`, which the variable's own check covers).
  if (url && !url[2]!.includes('$') && !PLACEHOLDER.test(url[2]!) && !/^(\*+|password|pass|token)$/i.test(url[2]!)) return 'a URL with a user name and password';
  return null;
}

/**
 * Prefixes that web frameworks inline into the JavaScript bundle they build for the browser, where every visitor can
 * read the value: Vite's `VITE_` (vite.dev/guide/env-and-mode), Next.js's `NEXT_PUBLIC_`, Create React App's
 * `REACT_APP_`, Expo's `EXPO_PUBLIC_`, Nuxt's `NUXT_PUBLIC_`, SvelteKit's and Astro's `PUBLIC_`, Gatsby's `GATSBY_`.
 * A value under one is public by design (an analytics or publishable key), and a build secret mount would bake it
 * into the bundle all the same.
 */
const CLIENT_BUNDLE_PREFIXES: readonly string[] = ['VITE_', 'NEXT_PUBLIC_', 'REACT_APP_', 'EXPO_PUBLIC_', 'NUXT_PUBLIC_', 'PUBLIC_', 'GATSBY_'];

/** The framework builds the variable's value into the browser bundle (`VITE_AMPLITUDE_API_KEY`): public by design. */
export function isClientBundleName(name: string): boolean {
  return CLIENT_BUNDLE_PREFIXES.some((p) => name.startsWith(p));
}
