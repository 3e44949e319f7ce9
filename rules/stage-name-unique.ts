import { RESERVED_STAGE_NAMES } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';
import type { Stage } from '../src/model/types.js';

export default defineRule({
  meta: {
    id: 'stage-name-unique',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: 'Two stages share a name, or a stage takes a reserved name (`scratch`, `context`).',
    docs: {
      why:
        'Stage names are matched without regard to case, so `FROM … AS build` twice leaves `COPY --from=build` and `--target build` pointing at only one of them, silently. `scratch` and `context` are reserved by BuildKit (the empty image and the build context): a stage with such a name cannot be referenced.',
      bad: 'FROM golang:1.23 AS build\nRUN go build -o /out/api ./cmd/api\n\nFROM node:22 AS build\nRUN npm ci && npm run build',
      good: 'FROM golang:1.23 AS api-build\nRUN go build -o /out/api ./cmd/api\n\nFROM node:22 AS web-build\nRUN npm ci && npm run build',
    },
    fixable: false,
    covers: ['DL3024', 'DL3063', 'DuplicateStageName', 'ReservedStageName'],
  },
  check({ model, report }) {
    const seen = new Map<string, Stage>();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      if (RESERVED_STAGE_NAMES.includes(stage.name)) {
        report({
          range: stage.nameRange,
          message: `\`${stage.name}\` is a reserved stage name in BuildKit; rename the stage.`,
        });
      }
      const first = seen.get(stage.name);
      if (first) {
        report({
          range: stage.nameRange,
          message: `Stage name \`${stage.name}\` is already used by the stage at line ${first.from.range.start.line} (names ignore case); give this stage a unique name.`,
        });
      } else seen.set(stage.name, stage);
    }
  },
});
