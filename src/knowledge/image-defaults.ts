/**
 * What base images do by default, for the runtime rules. Curated from the images' Dockerfiles
 * (docker-library, vendor repositories); a name matches the familiar image name (`nginx`, `ollama/ollama`).
 */
import type { ImageName } from '../model/image-ref.js';
import type { BaseImage } from '../model/types.js';
import { OFFICIAL_IMAGES } from './generated/official-images.js';
import { isOfficialImage, matchesImageGlob } from './trusted-images.js';

/** Images whose default CMD/ENTRYPOINT already starts the service: a final stage on them needs no CMD. */
const SERVICE_IMAGES: readonly (string | RegExp)[] = [
  'nginx', 'httpd', 'caddy', 'haproxy', 'traefik', 'tomcat', 'jetty', 'postgres', 'mysql', 'mariadb', 'mongo',
  'redis', 'rabbitmq', 'elasticsearch', 'kibana', 'logstash', 'memcached', 'cassandra', 'couchdb', 'couchbase',
  'neo4j', 'solr', 'zookeeper', 'wordpress', 'ghost', 'nextcloud', 'drupal', 'joomla', 'odoo', 'sonarqube',
  'registry', 'nats', 'influxdb', 'telegraf', 'chronograf', 'kapacitor', 'eclipse-mosquitto', 'mongo-express',
  'adminer', 'matomo', 'mediawiki', 'friendica', 'redmine', 'rocket.chat', 'varnish', 'kong', 'consul', 'vault',
  'clickhouse', 'questdb', 'percona', 'postfixadmin', 'yourls', 'api-firewall', 'spiped', 'znc', 'unit',
  'bonita', 'liquibase', 'flink', 'storm', 'emqx', 'arangodb', 'aerospike', 'orientdb', 'rethinkdb', 'xwiki',
  'geonetwork', 'nuxeo', 'convertigo', 'silverpeas', 'lightstreamer', 'plone', 'phpmyadmin', 'kapacitor',
  /^nginxinc\//, /^bitnami\//, /^grafana\//, /^prom\//, /^jenkins\//, /^gitlab\//, /^minio\//,
  /^hashicorp\//, /^confluentinc\//, /^apache\//, /^docker\.elastic\.co\//, /^quay\.io\/keycloak\//,
  /^ollama\/ollama$/, /^vllm\/vllm-openai$/, /^ghcr\.io\/huggingface\/text-generation-inference$/,
  /^ghcr\.io\/huggingface\/text-embeddings-inference$/, /^nvcr\.io\/nvidia\/tritonserver$/,
  /^(quay\.io\/)?jupyter\//, /^openresty\//, /^linuxserver\//, /^lscr\.io\//, /^selenium\//,
  /^mcr\.microsoft\.com\/mssql\//, /^pytorch\/torchserve$/, /^tensorflow\/serving$/, /^seldonio\//,
  /^bentoml\/model-server$/, /^envoyproxy\//, /^istio\//, /^ghcr\.io\/open-webui\//, /^searxng\//,
];

export function isServiceImage(image: ImageName): boolean {
  const name = image.familiar;
  return SERVICE_IMAGES.some((p) => (typeof p === 'string' ? p === name : p.test(name))) || /(^|-)(apache|fpm)(-|$)/.test(image.tag ?? '') && name === 'php';
}

/** Images that run as a non-root user unless told otherwise. */
export function runsAsNonRoot(image: ImageName): boolean {
  const tag = image.tag ?? '';
  if (/(^|[-_.])nonroot([-_.]|$)/.test(tag)) return true;
  const name = image.familiar;
  return (
    /^cgr\.dev\/chainguard\//.test(name) && !/(^|-)dev$/.test(tag) ||
    /^(quay\.io\/)?jupyter\//.test(name) ||
    /^bitnami\//.test(name) ||
    /^nginxinc\/nginx-unprivileged$/.test(name)
  );
}

/**
 * Bases whose default command is a shell, a REPL or nothing useful (OS, language and GPU framework
 * images): a final stage on them without CMD/ENTRYPOINT does not start the application. For other
 * images (a team's own base, a vendor app image) the default command is unknown.
 */
const GENERIC_BASES = [
  'nvidia/cuda', 'nvcr.io/nvidia/cuda', 'nvcr.io/nvidia/pytorch', 'nvcr.io/nvidia/tensorflow', 'pytorch/pytorch',
  'tensorflow/tensorflow', 'rocm/*', 'continuumio/*', 'condaforge/*', 'mambaorg/micromamba', 'gcr.io/distroless/*',
  'cgr.dev/chainguard/*', 'registry.access.redhat.com/*', 'public.ecr.aws/docker/library/*', 'mcr.microsoft.com/dotnet/*',
];

export function hasGenericDefaultCommand(image: ImageName): boolean {
  if (isServiceImage(image)) return false;
  return isOfficialImage(image) || GENERIC_BASES.some((g) => matchesImageGlob(image, g));
}

/** Programs that start as root and switch user themselves (the docker-library entrypoint convention). */
export const PRIVILEGE_DROPPERS: ReadonlySet<string> = new Set(['gosu', 'su-exec', 'setpriv', 's6-setuidgid', 'chpst', 'runuser']);

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
export function startsAtRoot(image: BaseImage): boolean {
  if (image.isScratch) return true;
  const name = image.name;
  if (!name) return false;
  if (name.familiar === 'nvidia/cuda') return true;
  return name.registry === null && name.namespace === 'library' && OFFICIAL.has(name.repository) && !SETS_WORKDIR.has(name.repository);
}
