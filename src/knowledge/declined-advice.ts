/**
 * Advice a publisher's maintainers have declined in public, for the Dockerfiles of their own repositories (by the
 * account owning the git repository, its `origin` remote): a linter that repeats it there is switched off. Each entry
 * names its source.
 */
export interface DeclinedAdvice {
  /** The rules whose findings the publisher's repositories do not get. */
  rules: readonly string[];
  /** Why, as the publisher says it (for the rules' docs). */
  why: string;
  source: string;
}

export const DECLINED_ADVICE: ReadonlyMap<string, readonly DeclinedAdvice[]> = new Map([
  [
    // The Docker Official Images' sources (docker-library/python, /golang, /redis…).
    'docker-library',
    [
      {
        rules: ['apt-pin-versions', 'apk-pin-versions', 'rpm-pin-versions'],
        why: 'their review guidelines pin the image\'s main program and leave the packages it depends on to the distribution ("For dependent packages installed by `apt` there is not usually a need to pin them to a version")',
        source: 'docker-library/official-images README, "Repeatability"',
      },
      {
        rules: ['numeric-user'],
        why: 'they keep `USER` by name and leave a numeric user to the deployment (pull requests for a numeric `USER` closed unmerged)',
        source: 'docker-library/memcached#37, #79, #97',
      },
      {
        rules: ['legacy-key-value'],
        why: 'they decline rewriting `ENV key value` as `key=value`',
        source: 'docker-library/ruby#465',
      },
    ],
  ],
]);

/** Whether `ruleId`'s advice is declined by the publisher owning the repository (`owner`, or null when unknown). */
export function declinedBy(owner: string | null, ruleId: string): boolean {
  return owner !== null && (DECLINED_ADVICE.get(owner.toLowerCase())?.some((d) => d.rules.includes(ruleId)) ?? false);
}

/** The sentence a declined rule's doc carries, built from the data above. */
export function declinedAdviceDoc(ruleId: string): string {
  const said = [...DECLINED_ADVICE].flatMap(([owner, list]) => list.filter((d) => d.rules.includes(ruleId)).map((d) => `github.com/${owner}'s repositories: ${d.why} (${d.source})`));
  return said.length === 0 ? '' : `Not reported in ${said.join('; in ')}: the publisher's maintainers decline the advice there.`;
}
