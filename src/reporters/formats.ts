/** The report formats' names, in a module of their own: the command line's --help lists them without loading the reporters. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'junit'] as const;

export type Format = (typeof FORMATS)[number];
