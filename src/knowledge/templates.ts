/**
 * Dockerfile templates and fragments, known by name: a generator fills their placeholders (`${VERSION}` in
 * traefik's `tmpl/scratch/tmplv2.Dockerfile`) or joins them to a file that has the `FROM` (mxnet's
 * `Dockerfile.in.julia` after a `Dockerfile.in.lib.*`). What they lack is filled in before anything builds them.
 */
import path from 'node:path';

/**
 * A dot-separated part of the name that marks a template (`Dockerfile.in`, `Dockerfile.j2`, `Dockerfile.in.julia`; GoCD's
 * FreeMarker `Dockerfile.agent.ftl`, Nunjucks, Liquid, EJS and Go's `.gotmpl`).
 */
const TEMPLATE_PART = /^(j2|jinja2?|tmpl|tpl|template|in|erb|mustache|hbs|m4|ftlh?|njk|liquid|ejs|gotmpl)$/i;
/** A name that starts as a template's (`tmplv2.Dockerfile`, `template.Dockerfile`). */
const TEMPLATE_NAME = /^(tmpl|template)/i;

export function isTemplateDockerfile(filePath: string): boolean {
  const parts = path.basename(filePath.replace(/\\/g, '/')).split('.');
  return TEMPLATE_NAME.test(parts[0]!) || parts.slice(1).some((p) => TEMPLATE_PART.test(p));
}
