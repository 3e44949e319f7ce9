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
    return doc.errors.length > 0 ? null : doc.toJS();
  } catch {
    return null;
  }
}
