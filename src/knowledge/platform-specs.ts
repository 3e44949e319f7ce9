/**
 * Pipeline platforms whose spec files, kept beside the image's Dockerfile, give the container its command: the
 * platform runs the image with that command, never with the image's own CMD.
 */
export interface CommandSpec {
  platform: string;
  /** Names of the spec files. */
  file: RegExp;
  /** A word every such spec holds, to skip other files before parsing them. */
  marker: string;
  /** The keys leading to the command (a non-empty list or string there). */
  command: readonly string[];
  source: string;
}

export const COMMAND_SPECS: readonly CommandSpec[] = [
  {
    platform: 'Pachyderm pipeline',
    file: /\.(json|ya?ml)$/i,
    marker: 'transform',
    command: ['transform', 'cmd'],
    source: 'https://docs.pachyderm.com/latest/build-dags/pipeline-spec/transform/ ("transform.cmd": the command the pipeline runs in its image)',
  },
];
