/**
 * A project's YAML file (compose, GitHub action or workflow, skaffold) read quietly: Compose's own tags (`!reset`,
 * `!override`) and other tools' extensions are unknown to the YAML library, whose parse() would warn on stderr.
 */
import { loadYaml } from '../lazy-deps.js';

/** The document as plain values, or null when the text is not valid YAML. */
export function yamlDocument(text: string): unknown {
  try {
    // Merge keys (`<<: *defaults`), which Compose files use to share a service's settings.
    const doc = loadYaml().parseDocument(text, { merge: true });
    // The library stops at 100 alias expansions (weighted by the aliases inside each) against "billion laughs"; Compose
    // files that build every service from shared anchors go past it (getsentry/self-hosted's, with its
    // `<<: *sentry_defaults` of nested `depends_on` anchors, needs some 2,000). Ten thousand still stops a nested blow-up.
    return doc.errors.length > 0 ? null : doc.toJS({ maxAliasCount: 10_000 });
  } catch {
    return null;
  }
}
