import { OFFICIAL_IMAGES } from '../src/knowledge/generated/official-images.js';
import { isAbsolutePath } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';
import type { BaseImage, Stage } from '../src/model/types.js';

const OFFICIAL = new Set(OFFICIAL_IMAGES);
/** Official images whose Dockerfile sets a WORKDIR other than `/`. */
const SETS_WORKDIR = new Set([
  'golang', 'php', 'tomcat', 'httpd', 'wordpress', 'drupal', 'joomla', 'nextcloud', 'ghost', 'redmine', 'odoo',
  'solr', 'mediawiki', 'matomo', 'friendica', 'backdrop', 'yourls', 'postfixadmin', 'phpmyadmin', 'xwiki', 'sonarqube',
  'jetty', 'flink', 'storm', 'zookeeper', 'neo4j', 'kong', 'haproxy', 'gradle', 'groovy', 'clojure', 'swift', 'elixir',
  'geonetwork', 'bonita', 'convertigo', 'lightstreamer', 'nats', 'liquibase', 'kibana', 'logstash', 'elasticsearch',
  'rabbitmq', 'unit', 'emqx', 'caddy', 'traefik', 'influxdb', 'chronograf', 'api-firewall', 'silverpeas', 'plone',
]);

/** Base images known to leave the working directory at `/`: scratch, most official images, NVIDIA CUDA. */
function startsAtRoot(image: BaseImage): boolean {
  if (image.isScratch) return true;
  const name = image.name;
  if (!name) return false;
  if (name.familiar === 'nvidia/cuda') return true;
  return name.registry === null && name.namespace === 'library' && OFFICIAL.has(name.repository) && !SETS_WORKDIR.has(name.repository);
}

const firstWorkdirs = new WeakMap<Stage, number>();

/** The index of the stage's first WORKDIR (Infinity for none), found once per stage: asked for every COPY. */
function firstWorkdir(stage: Stage): number {
  let index = firstWorkdirs.get(stage);
  if (index === undefined) firstWorkdirs.set(stage, (index = stage.instructions.find((i) => i.keyword === 'WORKDIR')?.index ?? Infinity));
  return index;
}

function workdirSet(stage: Stage, before: number): boolean {
  if (firstWorkdir(stage) < before) return true;
  for (let s = stage.parent; s; s = s.parent) if (firstWorkdir(s) < Infinity) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'copy-relative-dest',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: '`COPY`/`ADD` to a relative destination in a stage that has not set `WORKDIR`.',
    docs: {
      why:
        'A relative destination is resolved against the working directory, which is `/` until a `WORKDIR` says otherwise: `COPY . .` without `WORKDIR` spreads the project over the root of the filesystem, next to `/etc` and `/usr`. Set `WORKDIR /app` first (it also creates the folder), or copy to an absolute path. Reported only on bases known to start at `/` (scratch, Docker Official Images that set no `WORKDIR`, NVIDIA CUDA images): other bases may set their own `WORKDIR`. One finding per stage, at the first such copy.',
      bad: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    },
    fixable: false,
    covers: ['DL3045'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!startsAtRoot(stage.rootImage)) continue;
      const relative = stage.instructions.filter((ins) => {
        const dest = ins.copy?.dest;
        if (!dest || workdirSet(stage, ins.index)) return false;
        const raw = dest.raw.replace(/^["']/, '');
        return !raw.startsWith('$') && !isAbsolutePath(dest.value ?? raw);
      });
      // One finding per stage: a single WORKDIR fixes them all.
      const first = relative[0];
      if (!first) continue;
      const dest = first.copy!.dest!;
      const more = relative.length > 1 ? ` (and ${relative.length - 1} more in this stage)` : '';
      report({
        range: dest.range,
        message: `\`${first.keyword}\` to the relative path \`${dest.raw}\`${more} with no \`WORKDIR\` set lands under \`/\`; add \`WORKDIR /app\` (or similar) before it, or use an absolute destination.`,
      });
    }
  },
});
