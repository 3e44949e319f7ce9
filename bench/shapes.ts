/**
 * Pathological but legal Dockerfiles (issue 11): the shapes that once overflowed the stack or grew
 * superlinearly. Shared by the robustness tests (generous time bounds) and the bench (timings).
 */
export interface Shape {
  name: string;
  text: string;
}

/** One RUN chaining `n` `&& echo b` continuation lines. */
export function longAndChain(n: number): string {
  return `FROM alpine:3.20\nRUN echo a${' \\\n    && echo b'.repeat(n)}\n`;
}

/** `$(` nested `n` deep. */
export function deepSubstitution(n: number): string {
  return `FROM alpine:3.20\nRUN echo ${'$('.repeat(n)}true${')'.repeat(n)}\n`;
}

/** `n` one-line RUN instructions. */
export function manyRuns(n: number): string {
  let s = 'FROM debian:12\n';
  for (let i = 0; i < n; i++) s += `RUN apt-get install -y pkg${i}\n`;
  return s;
}

/** One RUN line of about `bytes` bytes. */
export function longRunLine(bytes: number): string {
  const unit = ' && echo word';
  return `FROM alpine:3.20\nRUN true${unit.repeat(Math.ceil(bytes / unit.length))}\n`;
}

/** `n` stages, each copying from the previous one. */
export function chainedStages(n: number): string {
  let s = 'FROM alpine:3.20 AS s0\nRUN echo 0 > /f\n';
  for (let i = 1; i < n; i++) s += `FROM alpine:3.20 AS s${i}\nCOPY --from=s${i - 1} /f /f\n`;
  return s;
}

/** `n` ARGs, each defaulting to the previous one. */
export function chainedArgs(n: number): string {
  let s = 'FROM alpine:3.20\nARG A0=x\n';
  for (let i = 1; i < n; i++) s += `ARG A${i}=\${A${i - 1}}y\n`;
  return s;
}

/** About `bytes` of distinct lines, one in three an ENV. */
export function manyEnvs(bytes: number): string {
  let s = 'FROM python:3.12-slim\n';
  for (let i = 0; s.length < bytes; i++) {
    s += `ENV VAR_${i}=value_${i} PATH=/opt/v${i}/bin:$PATH\nRUN echo step ${i} > /tmp/f${i}\nCOPY file${i}.txt /app/f${i}.txt\n`;
  }
  return s;
}
