import { isBaseImageDefinition, parentFromArgument } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';

const FLOATING = new Set(['latest', 'nightly', 'edge', 'rolling', 'stable', 'lts', 'current', 'mainline']);

export default defineRule({
  meta: {
    id: 'base-image-tag',
    category: 'base-image',
    severity: 'warning',
    preset: 'recommended',
    description: 'Base image without a tag, or with a floating tag such as `latest`.',
    docs: {
      why:
        'Without a tag Docker pulls `latest`, which moves whenever the publisher pushes: the same Dockerfile builds a different image next week, and a breaking upgrade arrives unannounced. Floating tags (`latest-gpu`, `nightly`, `edge`, `rolling`, `stable`, `lts`) move the same way. Name a version (and, for full reproducibility, a digest). A rolling-release distribution (openSUSE Tumbleweed, Arch Linux, Fedora Rawhide, Debian sid, Alpine edge) has no version tags: pin its digest or a dated snapshot tag where one exists (Arch Linux\'s `base-<date>.0.<build>`, registry.opensuse.org\'s `tumbleweed:<YYYYMMDD>`). Not reported: the parent of a layer in an image family built in order (jupyter docker-stacks\' `ARG BASE_IMAGE=$REGISTRY/$OWNER/minimal-notebook` then `FROM $BASE_IMAGE`), when the file defines a base image (only its own scripts copied, no `ONBUILD`, no command beyond an interpreter; see `cmd-present`): the family\'s build passes the image it built just before.',
      bad: 'FROM python\nFROM node:lts-alpine',
      good: 'FROM python:3.12-slim\nFROM node:22.11-alpine3.20',
    },
    fixable: false,
    covers: ['DL3006', 'DL3007'],
  },
  check({ model, report }) {
    const baseDefinition = isBaseImageDefinition(model);
    for (const stage of model.stages) {
      const { name, range, raw } = stage.image;
      if (!name || name.digest) continue;
      // A layer of an image family built in order (`FROM $BASE_IMAGE`): its build passes the parent just built.
      if (baseDefinition && parentFromArgument(stage)) continue;
      // A rolling release has no version tags to pin: say what exists instead.
      const rolling = stage.image.rollingRelease;
      if (rolling && !/\d/.test(name.tag ?? '')) {
        report({ range, message: `\`${raw}\` follows ${rolling.distribution}, a rolling release that changes with every snapshot; ${rolling.pinAdvice}.` });
        continue;
      }
      if (name.tag === null) {
        report({ range, message: `\`${raw}\` has no tag, so it means \`${raw}:latest\`, which changes without notice; pin a version tag.` });
        continue;
      }
      const floating = name.tag.toLowerCase().split(/[-_]/).find((part) => FLOATING.has(part));
      if (floating) {
        report({ range, message: `\`${raw}\` uses the floating tag \`${name.tag}\`, which changes without notice; pin a version tag.` });
      }
    }
  },
});
