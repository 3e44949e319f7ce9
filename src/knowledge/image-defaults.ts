/**
 * What base images do by default, for the runtime rules. Curated from the images' Dockerfiles
 * (docker-library, vendor repositories); a name matches the familiar image name (`nginx`, `ollama/ollama`).
 */
import type { ImageName } from '../model/image-ref.js';
import type { BaseImage } from '../model/types.js';
import { OFFICIAL_IMAGES } from './generated/official-images.js';
import { distroOf } from './system-shell.js';
import { isOfficialImage, matchesImageGlob, WORKSTATION_IMAGES } from './trusted-images.js';

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
  /^ghcr\.io\/huggingface\/text-embeddings-inference$/,
  /^(quay\.io\/)?jupyter\//, /^openresty\//, /^linuxserver\//, /^lscr\.io\//, /^selenium\//,
  /^mcr\.microsoft\.com\/mssql\//, /^pytorch\/torchserve$/, /^tensorflow\/serving$/, /^seldonio\//,
  /^bentoml\/model-server$/, /^envoyproxy\//, /^istio\//, /^ghcr\.io\/open-webui\//, /^searxng\//,
];

export function isServiceImage(image: ImageName): boolean {
  const name = image.familiar;
  // docker's dind variants start dockerd (defaultCommandNeedsRoot).
  return SERVICE_IMAGES.some((p) => (typeof p === 'string' ? p === name : p.test(name))) || (/(^|-)(apache|fpm)(-|$)/.test(image.tag ?? '') && name === 'php') || defaultCommandNeedsRoot(image);
}

/** Red Hat's registries: registry.access.redhat.com (UBI, no login) and registry.redhat.io. */
const RED_HAT_REGISTRY = String.raw`(registry\.access\.redhat\.com|registry\.redhat\.io)`;
/** Red Hat's UBI OpenJDK S2I and runtime images (`registry.access.redhat.com/ubi9/openjdk-21-runtime`). */
const RED_HAT_OPENJDK = new RegExp(`^${RED_HAT_REGISTRY}/ubi\\d+/openjdk-\\d+(-runtime)?$`);
/** The sclorg S2I images as Red Hat publishes them (`ubi9/python-311`, `ubi9/nodejs-20-minimal`) and on quay.io/sclorg (`python-311-c9s`). */
const RED_HAT_S2I = new RegExp(
  `^(${RED_HAT_REGISTRY}/ubi\\d+/(python|nodejs|ruby|php|perl|httpd|nginx)-\\d+(-minimal)?|quay\\.io/sclorg/(python|nodejs|ruby|php|perl|httpd|nginx)-\\d+(-minimal)?-c\\d+s)$`,
);

/**
 * Images whose Dockerfile ends with a `USER` other than root, and that user: an image built on them runs as it
 * unless it says `USER root`. Each entry names the Dockerfile or documentation that sets the user.
 */
const NON_ROOT_DEFAULTS: readonly { image: RegExp; tag?: RegExp; user: string }[] = [
  // gcr.io/distroless: the `nonroot` tags set `USER 65532` (github.com/GoogleContainerTools/distroless, README "Image
  // Contents"); other publishers follow the same tag convention (`static:nonroot`, `base-nonroot`).
  { image: /./, tag: /(^|[-_.])nonroot([-_.]|$)/, user: '65532' },
  // Chainguard images run as `nonroot` (65532) except the `-dev` variants (edu.chainguard.dev, "Chainguard Containers
  // Overview": "minimal images run as non-root by default").
  { image: /^cgr\.dev\/chainguard\//, tag: /^(?!.*(^|-)dev$)/, user: '65532' },
  // jupyter docker-stacks: docker-stacks-foundation ends with `USER ${NB_UID}` (jovyan, 1000), and every image of the
  // family builds on it (github.com/jupyter/docker-stacks, images/docker-stacks-foundation/Dockerfile).
  { image: /^(quay\.io\/)?jupyter\//, user: 'jovyan' },
  // Gitpod workspace images: workspace-base ends with `USER gitpod` (33333), the others build on it
  // (github.com/gitpod-io/workspace-images, base/Dockerfile).
  { image: /^gitpod\/workspace-/, user: 'gitpod' },
  // Bitnami's application images are non-root containers running as 1001 (docs.bitnami.com, "Work with non-root
  // containers"); minideb is a plain Debian base that runs as root.
  { image: /^bitnami\/(?!minideb$)/, user: '1001' },
  // NGINX's unprivileged image: `USER $UID` (101) (github.com/nginxinc/docker-nginx-unprivileged, Dockerfile).
  { image: /^nginxinc\/nginx-unprivileged$/, user: '101' },
  // TorchServe's image ends with `USER model-server` (github.com/pytorch/serve, docker/Dockerfile, production-image stage).
  { image: /^pytorch\/torchserve$/, user: 'model-server' },
  // jenkins/jenkins ends with `USER ${user}` (jenkins) (github.com/jenkinsci/docker, debian/bookworm/hotspot/Dockerfile).
  { image: /^jenkins\/jenkins$/, user: 'jenkins' },
  // Grafana's image ends with `USER "$GF_UID"` (472) (github.com/grafana/grafana, Dockerfile; grafana.com/docs,
  // "Run Grafana Docker image": "the default user is grafana (472)").
  { image: /^grafana\/grafana(-oss|-enterprise)?$/, user: '472' },
  // Red Hat Hardened Images (Project Hummingbird, `registry.access.redhat.com/hi/*`, upstream `quay.io/hummingbird/*`):
  // distroless images that run as a non-root user, 65532 (patterncatalyst.github.io/hummingbird-tutorial;
  // blog.hofstede.it, "Fedora Hummingbird", 2026-05: the UID mapping of a rebuilt image).
  { image: /^(registry\.access\.redhat\.com\/hi|quay\.io\/hummingbird)\//, user: '65532' },
  // .NET's chiseled Ubuntu images set `USER $APP_UID` (app, 1654) (github.com/dotnet/dotnet-docker,
  // documentation/ubuntu-chiseled.md).
  { image: /^mcr\.microsoft\.com\/dotnet\//, tag: /chiseled/, user: '1654' },
  // Elastic's own Elasticsearch image ends with `USER 1000:0` (github.com/elastic/elasticsearch,
  // distribution/docker/src/docker/Dockerfile; docker-library/elasticsearch re-bundles it).
  { image: /^docker\.elastic\.co\/elasticsearch\/elasticsearch$/, user: '1000' },
  // Red Hat's UBI OpenJDK images (`ubi8/openjdk-21`, `-runtime` too) run as `jboss`, 185: their Cekit module
  // `jboss.container.user` sets `run: user: 185` (github.com/jboss-container-images/openjdk, modules/user/module.yaml).
  { image: RED_HAT_OPENJDK, user: '185' },
  // The sclorg S2I language and server images end with `USER 1001` (github.com/sclorg/s2i-python-container,
  // 3.11/Dockerfile.rhel9; likewise nodejs-, ruby-, php-, perl-, httpd- and nginx-container). Their parent
  // `s2i-base`/`s2i-core` only creates the user and stays root (sclorg/s2i-base-container, core/Dockerfile.rhel9).
  { image: RED_HAT_S2I, user: '1001' },
  // OPEA's microservice base, both variants (`latest`, `latest-openeuler`), ends with `USER user`
  // (github.com/opea-project/GenAIComps, Dockerfile and Dockerfile.openEuler; .github/workflows/push-base-image-upstream.yml).
  { image: /^opea\/comps-base$/, user: 'user' },
  // BuildKit's rootless images (`moby/buildkit:rootless`, `v0.25.1-rootless`): the Dockerfile's `rootless` stage ends
  // with `USER 1000:1000` ("Kubernetes runAsNonRoot requires USER to be numeric"; github.com/moby/buildkit, Dockerfile;
  // docs/rootless.md). The other tags run buildkitd as root.
  { image: /^moby\/buildkit$/, tag: /(^|-)rootless$/, user: '1000' },
  // docker-library's `docker:*-dind-rootless` ends with `USER rootless` (1000) (github.com/docker-library/docker,
  // <version>/dind-rootless/Dockerfile); `dind` runs dockerd as root.
  { image: /^docker$/, tag: /(^|-)dind-rootless$/, user: 'rootless' },
];

/**
 * Images whose own `ENV HOME` names their user's home, which that user owns with all it holds: Docker takes `HOME`
 * from `/etc/passwd` only when the environment has none, so it stays that folder under `USER root` too. jupyter
 * docker-stacks: docker-stacks-foundation sets `HOME="/home/${NB_USER}"` and makes it with `useradd --create-home`,
 * then fills it as jovyan (github.com/jupyter/docker-stacks, images/docker-stacks-foundation/Dockerfile).
 */
const BASE_HOMES: readonly { image: RegExp; home: string; owner: string }[] = [
  { image: /^(quay\.io\/)?jupyter\//, home: '/home/jovyan', owner: 'jovyan' },
];

/** The home `image`'s own `ENV HOME` names and the user who owns it, or null when not known. */
export function baseHome(image: ImageName): { home: string; owner: string } | null {
  const entry = BASE_HOMES.find((e) => e.image.test(image.familiar));
  return entry ? { home: entry.home, owner: entry.owner } : null;
}

/** The non-root user `image` runs as by default (from its own `USER`), or null: root or unknown. */
export function nonRootDefaultUser(image: ImageName): string | null {
  const tag = image.tag ?? 'latest';
  return NON_ROOT_DEFAULTS.find((e) => e.image.test(image.familiar) && (!e.tag || e.tag.test(tag)))?.user ?? null;
}

/**
 * Bases whose default command is a shell, a REPL or nothing useful (OS, language and GPU framework
 * images): a final stage on them without CMD/ENTRYPOINT does not start the application. For other
 * images (a team's own base, a vendor app image) the default command is unknown.
 */
const GENERIC_BASES = [
  'nvidia/cuda', 'nvcr.io/nvidia/cuda', 'nvcr.io/nvidia/pytorch', 'nvcr.io/nvidia/tensorflow', 'pytorch/pytorch',
  'tensorflow/tensorflow', 'rocm/*', 'continuumio/*', 'condaforge/*', 'mambaorg/micromamba', 'gcr.io/distroless/*',
  'cgr.dev/chainguard/*', 'mcr.microsoft.com/dotnet/*',
  // NVIDIA's Triton server: ENTRYPOINT `/opt/nvidia/nvidia_entrypoint.sh`, which runs its arguments or bash, and no CMD
  // or USER (triton-inference-server/server, build.py): `docker run … tritonserver --model-repository=…` starts it.
  'nvcr.io/nvidia/tritonserver',
  // Red Hat's Universal Base Images themselves (`ubi9`, `ubi9/ubi`, `ubi9/ubi-minimal`, `ubi9/ubi-micro`): no USER, CMD
  // bash. Not the rest of Red Hat's registries: its language and S2I images set a user and a command (RED_HAT_OPENJDK,
  // RED_HAT_S2I), its product images their own.
  'registry.access.redhat.com/ubi*', 'registry.access.redhat.com/ubi*/ubi*', 'registry.redhat.io/ubi*/ubi*',
];

/** Images known to run as root by default: the Docker Official Images and the generic bases (none sets a `USER`). */
export function runsAsRootByDefault(image: ImageName): boolean {
  return !nonRootDefaultUser(image) && (isOfficialImage(image) || GENERIC_BASES.some((g) => matchesImageGlob(image, g)));
}

export function hasGenericDefaultCommand(image: ImageName): boolean {
  if (isServiceImage(image)) return false;
  // The sclorg S2I images' `CMD $STI_SCRIPTS_PATH/usage` prints how to use the image (s2i-python-container,
  // 3.11/Dockerfile.rhel9). The UBI OpenJDK images' `/usr/local/s2i/run` (jboss-container-images/openjdk,
  // modules/s2i/core/module.yaml) runs `run-java.sh`, which starts the application the image configures (`JAVA_APP_JAR`,
  // `JAVA_MAIN_CLASS`, the jars in /deployments): not generic.
  return isOfficialImage(image) || RED_HAT_S2I.test(image.familiar) || GENERIC_BASES.some((g) => matchesImageGlob(image, g));
}

/**
 * Labels of images built for a platform that runs them as root by its own contract: Amazon SageMaker's containers
 * (`com.amazonaws.sagemaker.capabilities.*`) get root-owned `/opt/ml` mounts, and its framework containers install the
 * user's requirements into the system Python when they start; AWS's own deep-learning containers never switch user.
 */
export const ROOT_BY_PLATFORM_LABELS: readonly RegExp[] = [/^com\.amazonaws\.sagemaker\./];

/**
 * Names of final stages built as the target for such a platform, without its labels: AWS's deep-learning containers
 * build `FROM runtime AS sglang-sagemaker` beside `sglang-ec2`, with SageMaker's `serve` entrypoint.
 */
export const ROOT_BY_PLATFORM_STAGES: readonly RegExp[] = [/(^|[-_.])sagemaker([-_.]|$)/i];

/**
 * Variables a platform's toolkit reads in a container it runs as root: SageMaker's training and inference toolkits
 * start the user's script named by `SAGEMAKER_PROGRAM` or the framework module named by `SAGEMAKER_TRAINING_MODULE` /
 * `SAGEMAKER_SERVING_MODULE` (github.com/aws/sagemaker-training-toolkit, README, "Environment variables").
 */
export const ROOT_BY_PLATFORM_ENV = /^SAGEMAKER_(PROGRAM|TRAINING_MODULE|SERVING_MODULE)$/;

/**
 * Bootable container bases (bootc: `quay.io/centos-bootc/centos-bootc`, `quay.io/fedora/fedora-bootc`,
 * `registry.redhat.io/rhel9/rhel-bootc`): the image is an operating system whose PID 1 is systemd, which starts as
 * root and runs each service as the user of its unit (containers.github.io/bootc, "Container images as OS images").
 */
export function isBootableContainerBase(image: ImageName): boolean {
  return /(^|\/|-)bootc$/.test(image.repository);
}

/**
 * Labels of images built for a platform that gives the container its command: SageMaker runs a training image as
 * `docker run <image> train` and an inference image as `docker run <image> serve`
 * (docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo-dockerfile.html and
 * your-algorithms-inference-code.html, "How SageMaker runs your image").
 */
export const COMMAND_BY_PLATFORM_LABELS: readonly RegExp[] = [/^com\.amazonaws\.sagemaker\./];

/**
 * Base images of a platform that runs every container as an unprivileged user of its own, whatever the image's
 * `USER`: AWS Lambda's images (docs.aws.amazon.com/lambda/latest/dg/images-create.html, "Container image settings":
 * Lambda runs the container as a default Linux user with least-privileged permissions).
 */
const NON_ROOT_BY_PLATFORM_IMAGES: readonly RegExp[] = [/^(public\.ecr\.aws\/lambda|amazon\/aws-lambda-[a-z0-9]+$)/];

export function runAsNonRootByPlatform(image: ImageName): boolean {
  return NON_ROOT_BY_PLATFORM_IMAGES.some((p) => p.test(image.familiar));
}

/**
 * AWS Lambda's runtime interface clients and its emulator: an image whose command runs one is a Lambda function image
 * on a base of its own choosing (docs.aws.amazon.com/lambda/latest/dg/images-create.html, "Using a non-AWS base
 * image": `ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]`, `ENTRYPOINT ["/usr/local/bin/npx",
 * "aws-lambda-ric"]`, the Go/Java/Ruby clients `aws-lambda-ric`, and the runtime interface emulator `aws-lambda-rie`
 * that runs them locally). Lambda runs it as its own unprivileged user, as with its own bases.
 */
export const LAMBDA_RUNTIME_CLIENTS: ReadonlySet<string> = new Set(['awslambdaric', 'aws-lambda-ric', 'aws-lambda-rie']);

/** Programs that start as root and switch user themselves (the docker-library entrypoint convention). */
export const PRIVILEGE_DROPPERS: ReadonlySet<string> = new Set(['gosu', 'su-exec', 'setpriv', 's6-setuidgid', 'chpst', 'runuser']);

/**
 * Programs that run a command as another user only when given an option: coreutils' `chroot --userspec=UID:GID /
 * cmd` (chroot(1); minio's `docker-entrypoint.sh` steps down so).
 */
export const PRIVILEGE_DROPPING_OPTIONS: ReadonlyMap<string, string> = new Map([['chroot', '--userspec']]);

/**
 * A line of a shell script that starts a system service through its init script (`service mysql start`,
 * `/etc/init.d/nginx start`): init scripts need root, and the daemons they start drop to their own users (an
 * all-in-one image that starts its database before the application).
 */
/**
 * A line of a start script that starts a daemon needing root: the Tailscale daemon in its default kernel networking
 * mode, which creates a TUN device (CAP_NET_ADMIN; `--tun=userspace-networking` runs unprivileged:
 * tailscale.com/kb/1112/userspace-networking), Docker's and containerd's daemons, a K3s server or agent (ROOT_DAEMONS).
 */
export const STARTS_ROOT_DAEMON_LINE = /(^|[\s;&|(])((\S*\/)?tailscaled(?![^\n]*--tun[= ]+["']?userspace-networking)|(\S*\/)?(dockerd|containerd)|(\S*\/)?k3s\s+(server|agent))(\s|$)/;

export const STARTS_SERVICE_LINE = /(^|[\s;&|(])(service\s+[\w.@-]+\s+(start|restart)|\/etc\/init\.d\/[\w.@-]+\s+(start|restart))\b/;

/**
 * A line of a shell script that runs a command as another user: one of PRIVILEGE_DROPPERS, one of
 * PRIVILEGE_DROPPING_OPTIONS with its option (`chroot --userspec=1000:1000 / "$@"`), or `su` naming a user with `-c`
 * (`su postgres -c …`, `su -p www-data -s /bin/sh -c …`; a bare `su -c` stays root).
 */
export const DROPS_PRIVILEGES_LINE = new RegExp(
  `(^|[\\s;&|(\`'"])((?:[\\w.-]*\/)*(${[...PRIVILEGE_DROPPERS].join('|')})(\\s|$)|${[...PRIVILEGE_DROPPING_OPTIONS].map(([p, o]) => `${p}\\s(.*\\s)?${o}(=|\\s)`).join('|')}|su\\s+(-\\s+|-[a-z]+\\s+(\\/\\S+\\s+)?)*(?!root\\b)[a-z_][\\w-]*\\s.*-c\\b)`,
);

/**
 * Packages that program the kernel's network (netfilter, IPVS, conntrack): images installing them are CNI plugins,
 * kube-proxy-like DaemonSets and network troubleshooting tools, which need root (`NET_ADMIN`) by design.
 */
export const NETWORK_ADMIN_PACKAGES: ReadonlySet<string> = new Set(['iptables', 'ip6tables', 'nftables', 'ipvsadm', 'ipset', 'conntrack', 'conntrack-tools', 'ebtables', 'arptables']);

/**
 * The Docker client, as the distributions package it (Alpine's `docker` and `docker-cli`, Debian's `docker.io`,
 * Docker's own `docker-ce-cli`): an image that installs it drives a Docker daemon through the socket mounted from the
 * host (`-v /var/run/docker.sock:…`), owned by root and a `docker` group whose id the image cannot know (repo2docker,
 * which builds and runs images on the host's Docker; CI agents that start their jobs' containers).
 */
const DOCKER_CLIENT_PACKAGES: ReadonlySet<string> = new Set(['docker', 'docker-cli', 'docker-ce-cli', 'docker.io', 'docker-ce', 'moby-cli', 'moby-engine']);

/**
 * Samba's server packages (Debian's `samba` and `samba-ad-dc`, Alpine's `samba-dc`): `smbd` and the AD DC's `samba`
 * serve each authenticated user's files as that user, switching to it, which only root can do (smb.conf(5), "security").
 */
const SAMBA_SERVER_PACKAGES: ReadonlySet<string> = new Set(['samba', 'samba-dc', 'samba-ad-dc', 'samba-server']);

/** Packages whose presence makes an image need root: the Docker client and Samba's servers, above. */
export const ROOT_PACKAGES: ReadonlySet<string> = new Set([...DOCKER_CLIENT_PACKAGES, ...SAMBA_SERVER_PACKAGES]);

/**
 * The Docker client shipped without a package, as the same socket-driving client: Docker's static binaries
 * (docs.docker.com/engine/install/binaries: `https://download.docker.com/linux/static/stable/<arch>/docker-<version>.tgz`,
 * whose `docker/docker` is the client), fetched by a RUN or ADD of the image or of the stage it copies `docker` from;
 * or the `docker` binary copied from docker-library's `docker` image (`COPY --from=docker:27-cli /usr/local/bin/docker
 * /usr/local/bin/`, its `-cli` variant being the client alone).
 */
export const DOCKER_STATIC_RELEASE = /\bdownload\.docker\.com\/(linux|mac|win)\/static\//;
export const DOCKER_CLIENT_BINARY = 'docker';
export const DOCKER_CLIENT_IMAGE = 'docker';

/** Bases built for such images (Kubernetes' `registry.k8s.io/build-image/distroless-iptables`). */
export function isNetworkAdminBase(image: ImageName): boolean {
  return /(^|-)iptables(-|$)/.test(image.repository);
}

/**
 * Servers whose master process starts as root (to bind port 80, read keys) and runs the workers that serve requests
 * as an unprivileged user from their own configuration: php-fpm's pool `user = www-data` (php-src
 * sapi/fpm/www.conf.in, as docker-library's php images ship it), Apache httpd's `User`/`Group` directives
 * (`apache2-foreground`, `httpd-foreground` in docker-library's php and httpd images), nginx's `user` directive
 * (also OpenResty's `openresty`, which is its nginx binary: openresty.org/en/installation.html).
 */
export const SELF_DROPPING_SERVERS: readonly RegExp[] = [
  /^php-fpm[0-9.]*$/, /^apache2-foreground$/, /^httpd-foreground$/, /^apache2ctl$/, /^httpd$/, /^nginx$/, /^openresty$/,
  // Mail servers, which start as root to bind port 25 and deliver into users' mailboxes, and step down themselves:
  // Exim's daemon (`exim -bd`) runs as `exim_user` (Debian-exim, spec.txt ch. 55 "Security considerations"), Postfix's
  // `master` (`postfix start-fg`) runs its services as `mail_owner` (postfix.org/SECURITY_README.html), sendmail's
  // daemon as `RunAsUser`, Dovecot's services as `dovecot`/`dovenull` (doc.dovecot.org "Privilege Separation").
  /^exim4?$/, /^postfix$/, /(^|\/)postfix\/master$/, /^sendmail$/, /^dovecot$/,
  // HAProxy, which starts as root to bind its ports and chroot, then runs as the `user`/`group` of its global section
  // (docs.haproxy.org, "3.1. Process management and security"; haproxytech's images ship a haproxy.cfg with both).
  /^haproxy$/,
  // Mosquitto, which started as root changes to the `user` of its configuration, `mosquitto` by default
  // (mosquitto.conf(5), "user": "When run as root, change to this user and its primary group on startup").
  /^mosquitto$/,
  // Shiny Server runs each app as the `run_as` user of its configuration, `shiny` (docs.posit.co/shiny-server,
  // "run_as"); RStudio Server's `rserver` starts as root to authenticate and start each `rsession` as the user who
  // logged in, running itself as `server-user`, rstudio-server (docs.posit.co/ide/server-pro, "Server Permissions").
  /^shiny-server$/, /^rserver$/,
  // NGINX Unit: `unitd`'s main process stays root to bind listeners and start apps, which run with its router as the
  // unprivileged `unit` user (`--user`, `--group`; unit.nginx.org/howto/security, "Unit's security model").
  /^unitd(-debug)?$/,
];

/**
 * s6-overlay's init, the image's command (`ENTRYPOINT ["/init"]`, `CMD ["/init"]`; just-containers/s6-overlay README):
 * it starts as root to build the supervision tree, and its services step down with `s6-setuidgid` (v2 does not run
 * under USER at all; v3 does, but its services then cannot change user). The image has s6-overlay when a variable of
 * its own configures it (`ENV S6_VERSION`, `S6_BEHAVIOUR_IF_STAGE2_FAILS`) or a RUN or ADD names its release.
 */
export const S6_OVERLAY_INIT = '/init';
export const S6_OVERLAY_VARIABLE = /^S6_/;
export const S6_OVERLAY_RELEASE = /s6-overlay/;

/**
 * Web server packages (Debian/Ubuntu, Alpine and Red Hat names): an image that installs one and starts a script named
 * after it (`ENTRYPOINT ["start-nginx"]`, `nginx-entrypoint.sh`) runs that server as its command, which steps down itself.
 */
export const WEB_SERVER_PACKAGES: ReadonlySet<string> = new Set(['nginx', 'nginx-full', 'nginx-light', 'nginx-extras', 'nginx-core', 'apache2', 'httpd', 'openresty']);
export const WEB_SERVER_SCRIPT = /(^|[/-])(nginx|apache2?|httpd|openresty)[^/]*$/;

/**
 * eBPF host agents, which load programs into the kernel and read every process of the host (CAP_BPF, CAP_PERFMON,
 * CAP_SYS_ADMIN; run privileged with `hostPID`): OpenTelemetry's eBPF profiler distribution (its Dockerfile sets
 * `USER 0:0`, "requires to run as root or with privileges to see all processes"), Parca's agent
 * (parca.dev/docs/parca-agent: "needs to run as root"), Cilium's Tetragon, Grafana Beyla, and OBI, OpenTelemetry eBPF
 * Instrumentation, the Beyla Grafana donated (its binary `obi`, the `ENTRYPOINT ["/obi"]` of
 * open-telemetry/opentelemetry-ebpf-instrumentation's Dockerfile; opentelemetry.io/docs/zero-code/obi/setup/docker: run
 * privileged, or with SYS_ADMIN, in the host's PID namespace). An image that ships one of them under its name runs it,
 * also through a controller of its own that embeds it (openlit-controller starts `obi`).
 */
export const EBPF_AGENTS: readonly RegExp[] = [/^otelcol-ebpf-profiler$/, /^ebpf-profiler$/, /^parca-agent$/, /^tetragon$/, /^beyla$/, /^obi$/];

/**
 * The packages that build eBPF programs into a program (libbpf's headers and library, `bpftool`, which generates
 * `vmlinux.h` and skeletons, BCC's): Debian's and Alpine's `libbpf-dev`, Fedora's `libbpf-devel`, `bpftool`, and
 * BCC's `libbpfcc-dev` (Debian), `bcc-devel` (Fedora), `bcc-dev` (Alpine) (libbpf's README; libbpf-bootstrap builds
 * with them). A program built in a stage that installs them loads its programs into the host's kernel when it runs:
 * an eBPF agent, root by design (unprivileged BPF is off by default: kernel.unprivileged_bpf_disabled).
 */
export const EBPF_BUILD_PACKAGES: ReadonlySet<string> = new Set(['libbpf-dev', 'libbpf-devel', 'bpftool', 'libbpfcc-dev', 'bcc-devel', 'bcc-dev']);

/**
 * Programs that need root inside the container by design, started as the image's command: the Docker daemon of
 * Docker-in-Docker (docker-library/docker's `dind` variant runs `dockerd-entrypoint.sh` and must be run `--privileged`;
 * its `dind-rootless` variant is the non-root alternative and sets its own USER), containerd and BuildKit's daemon in
 * their rootful mode; Kubernetes device plugins (`nvidia-device-plugin`), which serve on the kubelet's root-owned
 * `/var/lib/kubelet/device-plugins` socket folder. NVIDIA's GPU node agents: the container toolkit's installer
 * (`nvidia-ctk-installer`, once `nvidia-toolkit`), which the GPU Operator runs privileged with the host's root mounted
 * to install the toolkit onto the host and restart its container runtime (NVIDIA/gpu-operator
 * assets/state-container-toolkit/0500_daemonset.yaml), and DCGM Exporter, whose profiling metrics need CAP_SYS_ADMIN,
 * which Docker grants only to UID 0 (NVIDIA/dcgm-exporter deployment/values.yaml: `runAsUser: 0`, SYS_ADMIN added), and
 * GPU Feature Discovery, which writes node labels into the host's root-owned feature folder and runs privileged
 * (NVIDIA/gpu-feature-discovery deployments/static/*.yaml: `privileged: true`).
 * An unprivileged USER would stop them from starting or from doing their job.
 */
export const ROOT_DAEMONS: readonly RegExp[] = [
  /^dockerd$/, /^dockerd-entrypoint\.sh$/, /^containerd$/, /^buildkitd$/, /device-plugin$/,
  /^nvidia-ctk-installer$/, /^nvidia-toolkit$/, /^dcgm-exporter(-entrypoint\.sh)?$/, /^gpu-feature-discovery$/,
  // K3s, a Kubernetes node (kubelet and an embedded containerd) that runs as root; its rootless mode is experimental and
  // asked for with `--rootless` (docs.k3s.io/advanced, "Running K3s with Rootless mode (Experimental)").
  /^k3s$/,
  // CI agents that run each job's containers through the host's Docker socket (`-v /var/run/docker.sock:…`), owned by
  // root and the host's `docker` group, whose id the image cannot know: Woodpecker's agent (woodpecker-ci.org docs,
  // "Docker backend"; its image creates `woodpecker` but does not switch to it), Drone's Docker runner
  // (docs.drone.io, "Docker Runner: Installation") and GitLab Runner with the docker executor (docs.gitlab.com, "Run
  // GitLab Runner in a container"), and Determined's agent, which starts each task's container on the host's Docker
  // (docs.determined.ai, "Install Determined Using Docker", agent: `-v /var/run/docker.sock:/var/run/docker.sock`),
  // and the Buildkite agent, whose jobs reach Docker through the host's socket passed into its container, and whose
  // home is `/root` (buildkite.com/docs/agent/v3/docker; on Kubernetes "a privileged security context and … the Docker
  // socket", buildkite.com/docs/agent/gcloud).
  /^woodpecker-agent$/, /^drone-runner-docker$/, /^gitlab-runner$/, /^determined-agent$/, /^buildkite-agent$/,
  // Kernel module loaders: loading a module needs CAP_SYS_MODULE, root's (init_module(2)). NVIDIA's driver container
  // (`nvidia-driver init`, NVIDIA/gpu-driver-container) compiles and loads the driver into the host's kernel, run
  // privileged by the GPU Operator's DaemonSet; `modprobe`/`insmod` as the command itself.
  /^nvidia-driver$/, /^modprobe$/, /^insmod$/,
  // System loggers, which create the `/dev/log` socket for the programs beside them in `/dev`, a root-owned tmpfs in
  // a container (rsyslog's imuxsock, syslog-ng's `system()` source, BusyBox's syslogd), and read the kernel's log:
  // the log carrier a mail server's image starts beside Postfix.
  /^rsyslogd$/, /^syslog-ng$/, /^syslogd$/,
  ...EBPF_AGENTS,
];

/**
 * A line of a start script that loads a kernel module (`modprobe nvidia`, `insmod ./nvidia.ko`): the image exists to
 * load them into the host's kernel (a driver container), which needs root (CAP_SYS_MODULE).
 */
export const LOADS_KERNEL_MODULE_LINE = /(^|[\s;&|(])(modprobe|insmod)\s+(-[a-zA-Z-]+\s+)*[\w./${}"-]/;

/**
 * A line of a start script that changes its root into the host's root filesystem mounted into the container
 * (`chroot /rootfs ./install-nvidia-driver.sh`: a host installer, run privileged with `-v /:/rootfs`) or enters the
 * host's namespaces (`nsenter -t 1`): it works on the host, which needs root (CAP_SYS_CHROOT, CAP_SYS_ADMIN). Not a
 * chroot into the image's own tree (`exec chroot /srv /app`), which only runs the application as root there.
 */
export const ENTERS_HOST_ROOT_LINE = /(^|[\s;&|(])(chroot\s+(-[a-zA-Z-]+\s+)*["']?\/(rootfs|host|host-?root|host_root|hostfs|mnt\/host|media\/root)\/?["']?(\s|$)|nsenter\s+(-[a-zA-Z-]+\s+)*(-t|--target)[\s=]*1\b)/;

/**
 * Cron daemons: they must run as root to run each user's crontab as that user (Vixie cron's and cronie's `crond`,
 * busybox's `crond` applet: `setuid` to the crontab's owner before each job). Started beside an application by a
 * process supervisor, they run its jobs as the application's user (docker-library/nextcloud's cron variant: busybox
 * crond running `www-data`'s crontab).
 */
export const CRON_DAEMONS: readonly RegExp[] = [/^crond?$/];

/**
 * supervisord, the process supervisor, and where it reads its configuration without `-c` (supervisord.org,
 * "Configuration File": the working directory's `supervisord.conf` and `etc/supervisord.conf`, then
 * `/etc/supervisord.conf` and `/etc/supervisor/supervisord.conf`).
 */
export const SUPERVISORD = /^supervisord$/;
export const SUPERVISORD_CONFIGS: readonly string[] = ['supervisord.conf', 'etc/supervisord.conf', '/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'];

/**
 * Scripts that official images ship, and the command each ends by running: an image built on them may start them by
 * path. docker-library/nextcloud's `/cron.sh` (its cron.sh: `exec busybox crond -f -L /dev/stdout`).
 */
const BASE_IMAGE_SCRIPTS: readonly { image: string; script: string; runs: string }[] = [
  { image: 'nextcloud', script: '/cron.sh', runs: 'busybox crond -f -L /dev/stdout' },
];

/** The command a script of `image` (`/cron.sh` on `nextcloud`) ends by running, or null when not known. */
export function baseImageScriptRuns(image: ImageName, script: string): string | null {
  return BASE_IMAGE_SCRIPTS.find((s) => s.image === image.familiar && s.script === script)?.runs ?? null;
}

/** Images whose own default command is such a daemon: docker-library/docker's `dind` variants (`docker:29-dind`). */
export function defaultCommandNeedsRoot(image: ImageName): boolean {
  return image.familiar === 'docker' && /(^|-)dind$/.test(image.tag ?? 'latest');
}

/**
 * Docker Official Images whose `docker-entrypoint.sh` starts the server as its own user when started as root
 * (`exec gosu postgres …`, `su-exec rabbitmq …`; docker-library's postgres, mysql, mariadb, redis, mongo, rabbitmq,
 * cassandra, couchdb, zookeeper, ghost and redmine repositories), and the first arguments it does so for: its server
 * program (`if [ "$1" = 'mongod' ]`, mongo's `mongo*`), or options, which it hands to that server. Their default
 * command does not serve as root, nor an exec-form command of the image's own that starts the server so.
 */
const ENTRYPOINT_STEPS_DOWN: ReadonlyMap<string, readonly string[]> = new Map([
  ['postgres', ['postgres']], ['mysql', ['mysqld']], ['mariadb', ['mariadbd', 'mysqld']], ['redis', ['redis-server']],
  ['mongo', ['mongod', 'mongos']], ['rabbitmq', ['rabbitmq-server']], ['cassandra', ['cassandra']],
  ['couchdb', ['/opt/couchdb/bin/couchdb']], ['zookeeper', ['zkServer.sh']], ['ghost', []], ['redmine', []],
  // Not an official image, the same convention: pypiserver/pypiserver's `/entrypoint.sh` (github.com/pypiserver/pypiserver,
  // entrypoint.sh) ends with `exec gosu pypiserver pypi-server "${CMD[@]}"` as root, the command being its arguments,
  // the subcommands `run`/`update` and their options (`CMD ["run", "-p", "8080", "/data/packages"]`).
  ['pypiserver/pypiserver', ['run', 'update']],
]);

/**
 * The entrypoint of those images (`/usr/local/bin/docker-entrypoint.sh`; couchdb's and zookeeper's `/docker-entrypoint.sh`):
 * a start script of the image's own that ends with `exec docker-entrypoint.sh "$@"` hands the command back to it.
 */
export const OFFICIAL_ENTRYPOINT = /(^|\/)docker-entrypoint\.sh$/;

/**
 * Images whose own default command is such a server (docker-library's Dockerfiles: nginx's `CMD ["nginx", "-g",
 * "daemon off;"]`, httpd's `CMD ["httpd-foreground"]`, php's `-apache`/`-fpm` variants' `apache2-foreground`/`php-fpm`,
 * wordpress's and the PHP applications' variants of those), or starts its server through an entrypoint that steps down
 * (ENTRYPOINT_STEPS_DOWN): an image built on them that sets no command of its own does not serve as root.
 */
export function defaultCommandDropsPrivileges(image: ImageName): boolean {
  return ENTRYPOINT_STEPS_DOWN.has(image.familiar) || isWebServerImage(image) || LINUXSERVER_BASE.test(image.familiar);
}

/**
 * The official image's entrypoint, kept, starts the server as its own user for this first argument of an exec-form
 * command (`CMD ["mongod", "--bind_ip_all"]`, `CMD ["--auth"]`).
 */
export function entrypointStepsDownFor(image: ImageName, firstArgument: string): boolean {
  const servers = ENTRYPOINT_STEPS_DOWN.get(image.familiar);
  return !!servers?.length && (firstArgument.startsWith('-') || servers.includes(firstArgument));
}

/**
 * Secrets that Docker Official Images' `docker-entrypoint.sh` reads when the container starts (to create the database's
 * users on first start), each also from the file that `<NAME>_FILE` names (`file_env 'MYSQL_ROOT_PASSWORD'` in
 * docker-library's mysql, mariadb (`_mariadb_file_env`, both prefixes), postgres and mongo entrypoints; their docs,
 * "Docker Secrets"). Set with `ENV`, such a value is read by no build step: it belongs to `docker run`.
 */
const ENTRYPOINT_SECRETS: ReadonlyMap<string, readonly string[]> = new Map([
  ['mysql', ['MYSQL_ROOT_PASSWORD', 'MYSQL_PASSWORD']],
  ['mariadb', ['MARIADB_ROOT_PASSWORD', 'MARIADB_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MYSQL_PASSWORD']],
  ['postgres', ['POSTGRES_PASSWORD']],
  ['mongo', ['MONGO_INITDB_ROOT_PASSWORD']],
]);

/** The image's entrypoint reads this secret variable at start, and `<name>_FILE` in its place. */
export function entrypointReadsSecret(image: ImageName, name: string): boolean {
  return !!ENTRYPOINT_SECRETS.get(image.familiar)?.includes(name);
}

/**
 * LinuxServer.io's base images (`ghcr.io/linuxserver/baseimage-ubuntu`, `lscr.io/linuxserver/baseimage-alpine`): their
 * `/init` (s6-overlay) starts each service of an image built on them from its s6-rc.d `run` script, which by the
 * project's convention runs it as the `abc` user with `s6-setuidgid abc` (PUID/PGID: docs.linuxserver.io, "Understanding
 * PUID and PGID"); the image sets no command of its own.
 */
const LINUXSERVER_BASE = /^((ghcr|lscr)\.io\/)?linuxserver\/baseimage-/;

/**
 * A web server's image (nginx, Apache, a PHP application on Apache or php-fpm): its master process runs the workers
 * as an unprivileged user by its own configuration, and a start script of the image's own usually ends by starting it.
 */
export function isWebServerImage(image: ImageName): boolean {
  const tag = image.tag ?? 'latest';
  if (['nginx', 'httpd', 'openresty/openresty'].includes(image.familiar)) return true;
  // PHP applications on Apache or php-fpm in every variant (docker-library's nextcloud, drupal, joomla, matomo, mediawiki).
  if (['nextcloud', 'drupal', 'joomla', 'matomo', 'mediawiki'].includes(image.familiar)) return true;
  // wordpress's `cli` variants run wp-cli, its others Apache or php-fpm.
  if (image.familiar === 'wordpress') return !/(^|-)cli(-|$)/.test(tag);
  return image.familiar === 'php' && /(^|-)(apache|fpm)(-|$)/.test(tag);
}

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

/**
 * Vendor images' own `WORKDIR`, from their Dockerfiles: NVIDIA's NGC framework containers work in `/workspace`
 * (docs.nvidia.com/deeplearning/frameworks/user-guide, "Running A Container": `-v` a host folder onto `/workspace`;
 * pytorch/pytorch's Dockerfile, `WORKDIR /workspace`, github.com/pytorch/pytorch/blob/main/Dockerfile), Triton in
 * `/opt/tritonserver` (github.com/triton-inference-server/server, build.py: `WORKDIR /opt/tritonserver`), Jupyter
 * docker-stacks in the notebook user's home (docker-stacks-foundation's `WORKDIR "${HOME}"`, /home/jovyan), the sclorg
 * S2I images in `/opt/app-root/src` (s2i-base-container, core/Dockerfile.rhel9: `WORKDIR ${HOME}`), the UBI OpenJDK
 * images in `/home/jboss` (jboss-container-images/openjdk, modules/user/module.yaml: `workdir: "/home/jboss"`).
 */
const VENDOR_WORKDIRS: readonly { image: RegExp; workdir: string }[] = [
  { image: /^(nvcr\.io\/nvidia\/(pytorch|tensorflow|tensorrt)|pytorch\/pytorch)$/, workdir: '/workspace' },
  { image: /^nvcr\.io\/nvidia\/tritonserver$/, workdir: '/opt/tritonserver' },
  // docker-library/golang: `WORKDIR $GOPATH`, /go (the official image dlint otherwise knows only as setting one).
  { image: /^golang$/, workdir: '/go' },
  { image: /^(quay\.io\/)?jupyter\//, workdir: '/home/jovyan' },
  { image: RED_HAT_S2I, workdir: '/opt/app-root/src' },
  { image: RED_HAT_OPENJDK, workdir: '/home/jboss' },
];

/** The working directory a stage built on `image` starts in: `/` (startsAtRoot), a vendor's own, or null when unknown. */
export function baseWorkdir(image: BaseImage): string | null {
  if (startsAtRoot(image)) return '/';
  const name = image.name?.familiar;
  return (name !== undefined && VENDOR_WORKDIRS.find((e) => e.image.test(name))?.workdir) || null;
}

/**
 * Images whose Python lives outside the system prefixes (a conda installation at `/opt/conda`): `pip install` on them
 * writes there, which a later stage copies whole (`COPY --from=build /opt/conda /opt/conda`).
 */
const PYTHON_PREFIXES: readonly { image: RegExp; prefix: string }[] = [
  { image: /^(continuumio\/(miniconda3?|anaconda3?)|condaforge\/(miniforge3|mambaforge)|mambaorg\/micromamba|pytorch\/pytorch)$/, prefix: '/opt/conda' },
];

/** Where the image's own Python environment lives, when not under `/usr` or `/usr/local`; null otherwise or unknown. */
export function pythonPrefix(image: ImageName): string | null {
  return PYTHON_PREFIXES.find((e) => e.image.test(image.familiar))?.prefix ?? null;
}

/**
 * The conda installation the image comes with (its root prefix, whose `pkgs` folder is the package cache), or null:
 * the images of PYTHON_PREFIXES are all conda installations. mambaorg/micromamba's is micromamba's root prefix
 * (`MAMBA_ROOT_PREFIX=/opt/conda`), and the only one a `micromamba` of the image uses.
 */
export function condaRootOf(image: ImageName, program: string): string | null {
  if (program === 'micromamba') return image.familiar === 'mambaorg/micromamba' ? '/opt/conda' : null;
  return image.familiar === 'mambaorg/micromamba' ? null : pythonPrefix(image);
}

/**
 * A development environment published as an image to build a workstation on, not to ship (WORKSTATION_IMAGES: Cloud
 * Workstations', the Dev Containers' and Gitpod's images).
 */
export function isWorkstationImage(image: ImageName): boolean {
  return WORKSTATION_IMAGES.some((w) => matchesImageGlob(image, w.glob));
}

/**
 * Toolchain images made to build software in, with the compilers and build tools a build needs: PyPA's manylinux and
 * musllinux images ("a collection of Docker images … to build manylinux wheels", github.com/pypa/manylinux README: GCC
 * toolsets, CMake, every CPython) and dockcross's cross-compiling toolchains (github.com/dockcross/dockcross).
 */
const BUILD_TOOLCHAIN_IMAGES: readonly RegExp[] = [/^quay\.io\/pypa\/(manylinux|musllinux)[\w-]*$/, /^(docker\.io\/)?dockcross\//];

export function isBuildToolchainImage(image: ImageName): boolean {
  return BUILD_TOOLCHAIN_IMAGES.some((p) => p.test(image.familiar));
}

/**
 * A workspace a person works in, whatever is built on it: Cloud Workstations' and Gitpod's images. The Dev Containers
 * images are also taken as plain bases (an agent benchmark's task runner on `devcontainers/python`).
 */
export function isPersonalWorkspaceImage(image: ImageName): boolean {
  return WORKSTATION_IMAGES.some((w) => w.personal && matchesImageGlob(image, w.glob));
}

/**
 * Publishers with no version tags, only moving ones: distroless (github.com/GoogleContainerTools/distroless README,
 * "Image Contents": `latest`, `nonroot`, `debug`, `debug-nonroot`, the Debian release in the repository name) and
 * Chainguard's free images (edu.chainguard.dev, "Chainguard Containers": the free tier is `latest` and `latest-dev`).
 * A digest is the only pin.
 */
const DIGEST_ONLY_IMAGES: readonly RegExp[] = [/^gcr\.io\/distroless\//, /^cgr\.dev\/chainguard\//];

export function hasNoVersionTags(image: ImageName): boolean {
  return DIGEST_ONLY_IMAGES.some((p) => p.test(image.familiar));
}

/**
 * Go's release archives (go.dev/dl): `go1.11.linux-amd64.tar.gz`, `go1.21.5.linux-arm64.tar.gz`, `go1.22rc1.…`,
 * as a file name or the end of a URL. The release (`1.11`) is the Go a stage installs from it.
 */
const GO_ARCHIVE = /(?:^|\/)go(\d+\.\d+)(?:\.\d+)?(?:rc\d+|beta\d+)?\.[a-z]+-[a-z0-9]+\.(?:tar\.gz|zip)$/;

/** The Go release (`1.11`) a release archive's name or URL names; else null. */
export function goVersionOfArchive(word: string): string | null {
  return GO_ARCHIVE.exec(word)?.[1] ?? null;
}

/**
 * Go module history (go.dev/ref/mod, "GO111MODULE"): 1.11 brought modules; before 1.16 the default (`auto`) used
 * them only inside a module, so outside one `go get` ran in GOPATH mode, where `pkg@version` is rejected.
 */
export const GO_MODULES_SINCE = '1.11';
export const GO_MODULES_BY_DEFAULT_SINCE = '1.16';

/** The Go release (`1.9`) an official `golang` image carries, when its tag names one (`1.9.2-stretch`); else null. */
export function goVersionOf(image: ImageName): string | null {
  if (image.familiar !== 'golang') return null;
  return /^(\d+\.\d+)(\.|-|rc|beta|$)/.exec(image.tag ?? '')?.[1] ?? null;
}

/**
 * Official images that ship without apt package lists: Debian's and Ubuntu's rootfs have none, and the official
 * images built on them (buildpack-deps, and the language and server images built on it or on Debian) end each
 * `apt-get update` of their Dockerfiles with `rm -rf /var/lib/apt/lists/*`. On them an `apt-get install` of a
 * package name before any `apt-get update` fails ("Unable to locate package").
 */
const WITHOUT_APT_LISTS: ReadonlySet<string> = new Set([
  'debian', 'ubuntu', 'buildpack-deps', 'python', 'node', 'golang', 'ruby', 'rust', 'php', 'perl', 'gcc', 'pypy', 'haskell', 'julia',
]);

/** The image is one of WITHOUT_APT_LISTS in a Debian or Ubuntu variant (not `python:3.12-alpine`). */
export function shipsWithoutAptLists(image: ImageName): boolean {
  return isOfficialImage(image) && WITHOUT_APT_LISTS.has(image.repository) && distroOf(image) === 'debian';
}
