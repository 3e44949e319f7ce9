import { credentialIn, isHarmlessValue, isNameLikeValue, isSecretName, valueDecides } from '../src/knowledge/secrets.js';
import type { KeyValue } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';

/** The BuildKit secret-mount remedy for a variable. */
function secretMount(name: string): string {
  return `\`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name} …\` (built with \`--secret id=${name.toLowerCase()},env=${name}\`)`;
}

function unquoted(value: string): string {
  return value.trim().replace(/^(['"])([\s\S]*)\1$/, '$2');
}

/** A secret-named variable that can hold a secret here: ARG always (the value comes with `--build-arg`), ENV unless set empty or to a switch or path. */
function holdsSecret(keyword: string, p: KeyValue): boolean {
  if (p.rawValue === null) return keyword === 'ARG';
  if (unquoted(p.rawValue) === '') return keyword === 'ARG';
  if (valueDecides(p.name) && isNameLikeValue(p.rawValue)) return false;
  return !isHarmlessValue(p.rawValue);
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
        '`ENV` values are stored in the image configuration, and `ARG` values (defaults and `--build-arg` values alike) are recorded in the image history and build metadata: anyone who can pull the image can read them with `docker history` or `docker inspect`, and they stay in every layer cache and registry mirror. This applies to the tokens AI images need most (`HF_TOKEN`, `OPENAI_API_KEY`, `WANDB_API_KEY`, `NGC_API_KEY`, cloud keys).\n\nPass build-time secrets with a secret mount, which exists only for one `RUN` and never reaches the image: `RUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download …`, built with `docker build --secret id=hf_token,env=HF_TOKEN .`; pass run-time secrets with `docker run -e`/`--env-file` or your orchestrator\'s secrets.\n\nA name counts as a secret when its last word is a secret noun (`token`, `secret`, `password`, `passphrase`, `key`, `credentials`, `api_key`, …), possibly followed by words that still name the value (`SECRET_KEY_BASE`, `AWS_ACCESS_KEY_ID`). Names about a secret rather than holding one are not reported: paths and files (`HF_TOKEN_PATH`, `DB_PASSWORD_FILE`, `SSH_KEY_PATH`, `GOOGLE_APPLICATION_CREDENTIALS`), settings (`PASSWORD_MIN_LENGTH`, `MAX_TOKENS`, `TOKENIZERS_PARALLELISM`, `TOKENIZER_PATH`), switches (`MYSQL_ALLOW_EMPTY_PASSWORD`), tokenizer special tokens (`EOS_TOKEN`), public keys (`PUBLIC_KEY`, `KEYRING`) and GPG key fingerprints (`GPG_KEY`, set by the official Python images: unlike BuildKit\'s SecretsUsedInArgOrEnv, dlint does not report it, because a fingerprint is public). `ENV` set to an empty value, `true`/`false`/`0`/`1` or an absolute path is not reported. A name ending in a bare `key` (no `secret`, `private`, `api`, `access`, `encryption`, `signing`, … before it) may be a configuration key (`Filters__0__Key=ProcessId`): it is reported only when its value is not a plain name of letters and separators. Any `ARG`/`ENV` whose value looks like a credential is reported whatever its name: Hugging Face (`hf_…`), OpenAI-style (`sk-…`), AWS (`AKIA…`), GitHub (`ghp_…`, `github_pat_…`), GitLab, Slack and npm tokens, private key blocks, and URLs with a password (`PIP_INDEX_URL=https://user:pass@…`).',
      bad: 'ARG HF_TOKEN\nENV HF_TOKEN=$HF_TOKEN\nRUN huggingface-cli download meta-llama/Llama-3.1-8B',
      good: '# syntax=docker/dockerfile:1.10\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN \\\n    huggingface-cli download meta-llama/Llama-3.1-8B',
    },
    fixable: false,
    covers: ['SecretsUsedInArgOrEnv', 'DL3064'],
    tags: ['security'],
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const keyword = instruction.keyword;
      if (keyword !== 'ARG' && keyword !== 'ENV') continue;
      for (const p of instruction.properties) {
        if (isSecretName(p.name)) {
          if (!holdsSecret(keyword, p)) continue;
          const where =
            keyword === 'ARG'
              ? 'its value (a default or `--build-arg`) is recorded in the image history'
              : 'its value is stored in the image configuration for anyone who pulls the image';
          report({ range: p.nameRange, message: `\`${keyword} ${p.name}\` holds a secret and ${where}; use ${secretMount(p.name)} instead.` });
          continue;
        }
        const credential = p.rawValue ? credentialIn(p.rawValue) : null;
        if (credential && p.valueRange) {
          report({
            range: p.valueRange,
            message: `The value of \`${keyword} ${p.name}\` looks like ${credential}, which stays readable in the image; remove it and use ${secretMount(p.name)} instead.`,
          });
        }
      }
    }
  },
});
