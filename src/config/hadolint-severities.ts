/**
 * hadolint's default severity of each rule it reports by default, from the rule table of its README
 * ("Default Severity") and, for DL3064–DL3066 (newer than that table), the `severity` of their rule modules.
 * `dlint migrate` keeps these where dlint's default would be stricter, so a migrated config does not fail on
 * what hadolint reported more mildly. Rules hadolint leaves off by default (DL1001, DL3057) are not listed:
 * nothing is adjusted for them.
 */
import type { Severity } from '../types.js';

const BY_SEVERITY: Record<Severity, readonly string[]> = {
  error: ['DL3000', 'DL3004', 'DL3011', 'DL3012', 'DL3020', 'DL3021', 'DL3023', 'DL3024', 'DL3026', 'DL3043', 'DL3044', 'DL3061', 'DL4000', 'DL4004'],
  warning: [
    'DL3002', 'DL3003', 'DL3006', 'DL3007', 'DL3008', 'DL3013', 'DL3014', 'DL3016', 'DL3018', 'DL3022', 'DL3025', 'DL3027', 'DL3028', 'DL3029',
    'DL3030', 'DL3032', 'DL3033', 'DL3034', 'DL3035', 'DL3036', 'DL3037', 'DL3038', 'DL3040', 'DL3041', 'DL3042', 'DL3045', 'DL3046', 'DL3051',
    'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058', 'DL3062', 'DL3063', 'DL3064', 'DL3065', 'DL4001', 'DL4003', 'DL4005', 'DL4006',
  ],
  info: ['DL3001', 'DL3009', 'DL3010', 'DL3015', 'DL3019', 'DL3047', 'DL3049', 'DL3050', 'DL3059', 'DL3060', 'DL3066'],
  style: ['DL3048'],
};

export const HADOLINT_SEVERITY: ReadonlyMap<string, Severity> = new Map(
  (Object.entries(BY_SEVERITY) as [Severity, readonly string[]][]).flatMap(([severity, ids]) => ids.map((id) => [id, severity] as const)),
);
