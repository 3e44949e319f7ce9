/**
 * A project its README declares archived or no longer maintained, at its top (intel-extension-for-pytorch's
 * `## THIS PROJECT IS ARCHIVED`, minio's `> **THIS REPOSITORY IS NO LONGER MAINTAINED.**`, NVIDIA
 * gpu-monitoring-tools' `# FINAL UPDATE: August 2021 - This repository has been deprecated.`): nobody builds or edits
 * its Dockerfiles any more, so they are read as those of an archived folder (isRetiredDockerfile). Only the first lines
 * count, where such a notice stands; a README that mentions a deprecated option further down says nothing of the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToProjectRoot } from './own-images.js';
import { listing, projectFileCache } from './project-file.js';

const README = /^readme(\.(md|markdown|rst|txt|adoc))?$/i;
/** The notice: the project or repository is archived, deprecated or no longer maintained; or a heading saying only that. */
const NOTICE =
  /\b(this|the)\s+(project|repository|repo)\s+(is\s+now|is|has\s+been|stands|was)\s+['"]?(archived|deprecated|no\s+longer\s+(maintained|supported|developed|under\s+active\s+development))\b|^\W*#*\W*(deprecated|archived)\W*$/i;
/** Non-blank lines read from the top. */
const TOP_LINES = 15;

const readNotice = projectFileCache((file) => {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, TOP_LINES);
  return lines.some((l) => NOTICE.test(l));
}, false);

/** The Dockerfile belongs to a project whose README declares it archived (at the project's root, as foldersToProjectRoot finds it). */
export function archivedProject(dockerfile: string): boolean {
  const { root } = foldersToProjectRoot(path.dirname(path.resolve(dockerfile)));
  if (!root) return false;
  return listing(root).some((n) => README.test(n) && readNotice(path.join(root, n)));
}
