/**
 * ARG defaults that stand for "no value": the build script always passes the real one
 * (`ARG CUDA_VER=notset`, rapidsai/ci-imgs; `ARG BASE=changeme`; `ARG certs_image=non-existing`, VictoriaMetrics). A reference built from one names no real image,
 * so the rules about the base image judge it as they judge a reference whose variable has no default.
 */
const PLACEHOLDER = /^(not[-_]?set|unset|undefined|null|none|changeme|change[-_]me|replace[-_]?me|placeholder|tbd|todo|x{3,}|set[-_]?me|non[-_]?existing|does[-_]?not[-_]?exist|must[-_]?be[-_]?set|required)$/i;

export function isPlaceholderValue(value: string | undefined): boolean {
  return value !== undefined && PLACEHOLDER.test(value.trim());
}
