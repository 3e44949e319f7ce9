/**
 * Which network server the final image starts, and the address it will listen on. The steps live in
 * `server/`: command-candidates (ENTRYPOINT/CMD words), launch (launchers and flags), match (catalogue entry),
 * resolve with config-files, address and values (host and port), detect (the result).
 */
export { effectiveCommand } from './server/command-candidates.js';
export { type DetectedServer, detectServer, detectServers } from './server/detect.js';
export type { ConfigSource } from './server/resolve.js';
