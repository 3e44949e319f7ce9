import { defineRule } from '../src/rule.js';
import { rangeContains } from '../src/shell/order.js';

export default defineRule({
  meta: {
    id: 'env-self-reference',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: 'An `ENV` refers to a variable that the same `ENV` instruction defines.',
    docs: {
      why:
        'All values of one `ENV` instruction are expanded with the variables as they were before it, so in `ENV APP_HOME=/app LOG_DIR=$APP_HOME/logs` the `$APP_HOME` is still undefined and `LOG_DIR` becomes `/logs`. Define the variable in an earlier `ENV`. Referring to a variable\'s own previous value (`ENV PATH=/opt/bin:$PATH`) is fine, and so is one that was already defined before the instruction. Not reported when the stage\'s base image cannot be read (an unset ARG, a malformed `FROM`): it may set the variable.',
      bad: 'ENV APP_HOME=/app LOG_DIR=$APP_HOME/logs',
      good: 'ENV APP_HOME=/app\nENV LOG_DIR=$APP_HOME/logs',
    },
    fixable: false,
    covers: ['DL3044'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ENV' || ins.properties.length < 2) continue;
      // An image reference that cannot be read (`FROM Apache Spark 3.4.1`, an unset ARG): its variables are unknown.
      const root = ins.stage?.rootImage;
      if (root && !root.name && !root.isScratch) continue;
      const names = new Map(ins.properties.map((p) => [p.name, p]));
      for (const prop of ins.properties) {
        if (!prop.valueRange) continue;
        for (const use of ins.expansions) {
          const defined = names.get(use.name);
          if (!defined || defined === prop || ins.state.env.has(use.name) || !rangeContains(prop.valueRange, use.range)) continue;
          report({
            range: use.range,
            message: `\`$${use.name}\` refers to \`${use.name}\` set in this same ENV instruction, but it expands to the value from before it (unset, unless the base image sets it); set \`${use.name}\` in an earlier ENV.`,
          });
        }
      }
    }
  },
});
