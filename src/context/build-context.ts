/** Read-only access to the build context folder (the files `COPY` can see). */
import fs from 'node:fs';
import path from 'node:path';
import { bakeContextNames, bakeStageNames } from './bake.js';
import { builtByFamilyWithPrefix, builtOnByFamily } from './image-family.js';
import { dockerfileFragment, type Fragment } from './fragments.js';
import { composeServicesBuilding, type ComposeService } from './compose.js';
import { buildContextNames, namedTargets, projectBuiltImages, runsWorkflowJobs } from './build-targets.js';
import { devContainerTargets } from './dev-containers.js';
import { commandGivingPlatform } from './platform-specs.js';
import { retiredVersionFolder } from './retired-versions.js';
import { builtAccounts, builtFromOwnFolder } from './own-images.js';
import { argsEveryBuildPasses, argsOfEachBuild, argsSomeBuildPasses, type PassedArgs } from './passed-args.js';
import { ownBaseDockerfile, ownBaseImage, type OwnBaseImage } from './own-base.js';
import { ownPythonPackages, type PythonPackages } from './own-packages.js';
import { packagingReading } from './packaging-requirements.js';
import { repositoryOf, repositoryOwner } from './repository.js';
import { hostedBy, imageOrganisationAccount, inVendorRegistry, kindSuffixedOrganisationImage, namedForRepository, publishedBy } from '../knowledge/trusted-images.js';
import type { ImageName } from '../model/image-ref.js';

export interface BuildContext {
  /** Absolute path of the context folder. */
  root: string;
  /** Path of the Dockerfile relative to the context, with `/` separators. */
  dockerfile: string | null;
  exists(relPath: string): boolean;
  isDirectory(relPath: string): boolean;
  /** File text, or null when missing, unreadable or larger than 1 MB. */
  read(relPath: string): string | null;
  list(relDir: string): readonly string[];
  /**
   * A folder beside the Dockerfile's own, named `name`, holds a Dockerfile or Containerfile: an image of that name is
   * built from the same repository (an image family in `images/<name>/`, built in order by its script), also under a
   * prefix the family's images share (`cp-kafka` from `kafka/`: builtByFamilyWithPrefix). False for a Dockerfile at
   * the top of its git repository.
   */
  builtBeside(name: string): boolean;
  /** Compose services that build this Dockerfile (composeServicesBuilding), looked up on first use. */
  composeServices(): readonly ComposeService[];
  /** A pipeline platform whose spec beside the Dockerfile gives the image's command (commandGivingPlatform), or null; looked up on first use. */
  commandGivingPlatform(): string | null;
  /**
   * Named build contexts that the project's build files pass: a Bake file's `contexts` (bakeContextNames), the
   * `build.additional_contexts` of the Compose services building this Dockerfile, and the `--build-context NAME=…` of
   * its scripts', Makefiles' and workflows' builds that may read it (buildContextNames); looked up on first use.
   */
  namedContexts(): ReadonlySet<string>;
  /** Images the project's build files build or tag (projectBuiltImages: `docker tag SRC DST`, `-t NAME`); looked up on first use. */
  projectBuiltImages(): ReadonlySet<string>;
  /**
   * The image is the project's own: published under the account owning the git repository the Dockerfile is in (its
   * `origin` remote) or under a namespace named for that repository (`opendatalab-mineru`), or under an account the
   * project's build files tag the images they build with (own-images.ts). Both looked up on first use.
   */
  projectImage(image: ImageName): boolean;
  /** The account owning the git repository the Dockerfile is in (its `origin` remote: repositoryOwner), or null; looked up on first use. */
  repositoryOwner(): string | null;
  /** The address of the git repository the Dockerfile is in (`github.com/org/app`, from its `origin` remote: repositoryOf), or null; looked up on first use. */
  repositoryAddress(): string | null;
  /**
   * Stages that the project's build files build as images, lower-cased: the `build.target` of the Compose services
   * building this Dockerfile and the `target` of any Bake target (bakeStageNames); looked up on first use.
   */
  builtStages(): ReadonlySet<string>;
  /** The Python packages the project itself defines (ownPythonPackages: names, and patterns of names); looked up on first use. */
  projectPythonPackages(): PythonPackages;
  /**
   * The packaging file of the project (`setup.py`, `pyproject.toml`, `setup.cfg`) that reads the requirements file at
   * `relPath` (a path in the context) as the library's dependency declarations (packagingReading), or null: its path
   * in the context, or its absolute path outside it. Looked up on first use, per file.
   */
  packagingReading(relPath: string): string | null;
  /**
   * The stages the project's build files build from this Dockerfile, lower-cased: builtStages, devContainerTargets and
   * the `--target`s of its scripts and workflows (namedTargets); null when its scripts and workflows name none, or one
   * the linter cannot read. Looked up on first use.
   */
  namedTargets(): ReadonlySet<string> | null;
  /** The stages a Dev Container configuration builds as its target from this Dockerfile, lower-cased (devContainerTargets); looked up on first use. */
  devContainerTargets(): ReadonlySet<string>;
  /** The project's workflows run jobs in an image built from this Dockerfile (runsWorkflowJobs). */
  runsWorkflowJobs(): boolean;
  /** The version folder of this Dockerfile that the project's builds no longer name (retiredVersionFolder), or null. */
  retiredVersionFolder(): string | null;
  /**
   * A base image the project builds itself from a Dockerfile of its own found for certain (own-base.ts), with what that
   * image's final stage sets (its user, its exposed ports); null otherwise. Looked up on first use, per image.
   */
  ownBase(image: ImageName): OwnBaseImage | null;
  /**
   * Another Dockerfile of the project's image family, or beside this one, is built FROM the image this one builds
   * (builtOnByFamily, through ownBaseDockerfile): a base layer of the project's own. Looked up on first use.
   */
  builtOnByFamily(): boolean;
  /** The Dockerfile is a fragment that a script of the project joins with others (dockerfileFragment), or null. Looked up on first use. */
  fragment(): Fragment | null;
  /** The build arguments every build of this Dockerfile the project has passes (argsEveryBuildPasses); looked up on first use. */
  passedArgs(): ReadonlySet<string>;
  /** The build arguments some build of this Dockerfile the project has passes (argsSomeBuildPasses); looked up on first use. */
  argsSomeBuildPasses(): ReadonlySet<string>;
  /** The build arguments each build of this Dockerfile the project has passes, with their values where known (argsOfEachBuild); looked up on first use. */
  argsOfEachBuild(): readonly PassedArgs[];
  /** The project's README or a script beside it builds this Dockerfile with its own folder as the context (builtFromOwnFolder); looked up on first use. */
  builtFromOwnFolder(): boolean;
}

const MAX_CONTEXT_FILE = 1024 * 1024;

export function openBuildContext(root: string, dockerfilePath: string | null): BuildContext {
  const abs = path.resolve(root);
  const resolve = (rel: string): string | null => {
    const p = path.resolve(abs, rel.replace(/^\/+/, ''));
    return p === abs || p.startsWith(abs + path.sep) ? p : null;
  };
  const listed = new Map<string, string[]>();
  let services: readonly ComposeService[] | null = null;
  let contexts: ReadonlySet<string> | null = null;
  let builtImages: ReadonlySet<string> | null = null;
  let stages: ReadonlySet<string> | null = null;
  let targets: ReadonlySet<string> | null | undefined;
  let devTargets: ReadonlySet<string> | null = null;
  let owner: string | null | undefined;
  let address: string | null | undefined;
  let platform: string | null | undefined;
  let accounts: ReadonlySet<string> | null = null;
  let packages: PythonPackages | null = null;
  let fragment: Fragment | null | undefined;
  let passed: ReadonlySet<string> | null = null;
  let passedBySome: ReadonlySet<string> | null = null;
  let eachBuild: readonly PassedArgs[] | null = null;
  const argsOfBuilds = (): readonly PassedArgs[] => (eachBuild ??= dockerfilePath ? argsOfEachBuild(dockerfilePath) : []);
  let ownFolderBuild: boolean | undefined;
  const ownBases = new Map<string, OwnBaseImage | null>();
  const packagingReaders = new Map<string, string | null>();
  let familyBase: boolean | undefined;
  const stat = (rel: string): fs.Stats | null => {
    const p = resolve(rel);
    if (!p) return null;
    try {
      return fs.statSync(p);
    } catch {
      return null;
    }
  };
  const composeServices = (): readonly ComposeService[] => (services ??= dockerfilePath ? composeServicesBuilding(dockerfilePath) : []);
  const builtStages = (): ReadonlySet<string> =>
    (stages ??= dockerfilePath
      ? new Set([...bakeStageNames(dockerfilePath), ...composeServices().flatMap((s) => (s.target ? [s.target] : []))].map((n) => n.toLowerCase()))
      : new Set());
  const devContainerStages = (): ReadonlySet<string> => (devTargets ??= dockerfilePath ? devContainerTargets(dockerfilePath) : new Set());
  const projectImage = (image: ImageName): boolean => {
    if (!dockerfilePath) return false;
    if (owner === undefined) owner = repositoryOwner(dockerfilePath);
    // Also from a registry of the owner's own domain (`sonatype.repo.sonatype.app` in github.com/sonatype), or of its
    // vendor's (`mcr.microsoft.com` in github.com/Azure).
    if (owner !== null && (publishedBy(image, owner) || hostedBy(image, owner) || inVendorRegistry(image, owner))) return true;
    // A namespace named for the repository, its owner and name joined (`opendatalab-mineru` in github.com/opendatalab/MinerU),
    // or an image named for the repository under the organisation's name without its kind (`langchain/langgraph-api` in
    // github.com/langchain-ai/langgraph).
    if (owner !== null) {
      if (address === undefined) address = repositoryOf(dockerfilePath);
      const name = address?.slice(address.lastIndexOf('/') + 1);
      if (name && (namedForRepository(image, owner, name) || kindSuffixedOrganisationImage(image, owner, name))) return true;
    }
    // A GitHub organisation for the project's images, named after its account (`owncloud-docker` publishes `owncloud/server`).
    const product = owner ? imageOrganisationAccount(owner) : null;
    if (product && publishedBy(image, product)) return true;
    // An organisation may publish under another account than the repository's (`ghcr.io/onnxmlir` for `onnx/onnx-mlir`).
    accounts ??= builtAccounts(dockerfilePath);
    return [...accounts].some((a) => publishedBy(image, a));
  };
  return {
    root: abs,
    dockerfile: dockerfilePath ? path.relative(abs, path.resolve(dockerfilePath)).split(path.sep).join('/') : null,
    exists: (rel) => stat(rel) !== null,
    isDirectory: (rel) => stat(rel)?.isDirectory() ?? false,
    read: (rel) => {
      const s = stat(rel);
      const p = resolve(rel);
      if (!s || !p || !s.isFile() || s.size > MAX_CONTEXT_FILE) return null;
      try {
        return fs.readFileSync(p, 'utf8');
      } catch {
        return null;
      }
    },
    // Several rules list the same folders (the context's root above all): each is read once per lint.
    list: (rel) => {
      const p = resolve(rel);
      if (!p) return [];
      let names = listed.get(p);
      if (!names) {
        try {
          names = fs.readdirSync(p);
        } catch {
          names = [];
        }
        listed.set(p, names);
      }
      return names;
    },
    builtBeside: (name) => {
      if (!dockerfilePath || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return false;
      const own = path.dirname(path.resolve(dockerfilePath));
      const sibling = path.join(path.dirname(own), name);
      // At the top of a git repository the folders beside it are other projects: nothing is read outside it.
      if (sibling === own || fs.existsSync(path.join(own, '.git'))) return false;
      return ['Dockerfile', 'Containerfile'].some((f) => fs.existsSync(path.join(sibling, f))) || builtByFamilyWithPrefix(own, name);
    },
    composeServices,
    commandGivingPlatform: () => (platform === undefined ? (platform = dockerfilePath ? commandGivingPlatform(dockerfilePath) : null) : platform),
    namedContexts: () =>
      (contexts ??= dockerfilePath
        ? new Set([...bakeContextNames(dockerfilePath), ...composeServices().flatMap((s) => s.contexts), ...buildContextNames(dockerfilePath)])
        : new Set()),
    projectBuiltImages: () => (builtImages ??= dockerfilePath ? projectBuiltImages(dockerfilePath) : new Set()),
    projectImage,
    repositoryOwner: () => {
      if (!dockerfilePath) return null;
      if (owner === undefined) owner = repositoryOwner(dockerfilePath);
      return owner;
    },
    repositoryAddress: () => (address === undefined ? (address = dockerfilePath ? repositoryOf(dockerfilePath) : null) : address),
    ownBase(image) {
      if (!dockerfilePath) return null;
      const key = `${image.familiar}:${image.tag ?? ''}`;
      if (!ownBases.has(key)) {
        const file = ownBaseDockerfile(dockerfilePath, image, projectImage);
        ownBases.set(key, file ? ownBaseImage(file, projectImage) : null);
      }
      return ownBases.get(key)!;
    },
    builtOnByFamily: () => (familyBase ??= dockerfilePath ? builtOnByFamily(dockerfilePath, (file, image) => ownBaseDockerfile(file, image, projectImage)) : false),
    builtStages,
    projectPythonPackages: () => (packages ??= dockerfilePath ? ownPythonPackages(dockerfilePath) : new Set()),
    packagingReading(rel) {
      const p = resolve(rel);
      if (!p) return null;
      if (!packagingReaders.has(p)) {
        const reader = packagingReading(p);
        const inside = reader !== null && reader.startsWith(abs + path.sep);
        packagingReaders.set(p, reader !== null && inside ? path.relative(abs, reader).split(path.sep).join('/') : reader);
      }
      return packagingReaders.get(p)!;
    },
    runsWorkflowJobs: () => (dockerfilePath ? runsWorkflowJobs(dockerfilePath) : false),
    retiredVersionFolder: () => (dockerfilePath ? retiredVersionFolder(dockerfilePath) : null),
    fragment: () => (fragment === undefined ? (fragment = dockerfilePath ? dockerfileFragment(dockerfilePath) : null) : fragment),
    namedTargets() {
      if (targets !== undefined) return targets;
      const named = dockerfilePath ? namedTargets(dockerfilePath) : null;
      return (targets = named && new Set([...named, ...builtStages(), ...devContainerStages()]));
    },
    devContainerTargets: devContainerStages,
    passedArgs: () => (passed ??= argsEveryBuildPasses(argsOfBuilds())),
    argsSomeBuildPasses: () => (passedBySome ??= argsSomeBuildPasses(argsOfBuilds())),
    argsOfEachBuild: argsOfBuilds,
    builtFromOwnFolder: () => (ownFolderBuild ??= dockerfilePath ? builtFromOwnFolder(dockerfilePath) : false),
  };
}
