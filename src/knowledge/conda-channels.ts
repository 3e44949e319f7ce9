/**
 * Conda channels that hold one release's builds of their packages: a package installed from such a channel has its
 * version fixed by the channel's name, as a `=version` would fix it.
 */
export interface ReleaseChannel {
  /** The channel name (a variable in it, such as `${CUDA_VER}`, still names one release). */
  channel: RegExp;
  /** The packages the channel holds for that release. */
  packages: RegExp;
}

export const RELEASE_CHANNELS: readonly ReleaseChannel[] = [
  {
    // NVIDIA's CUDA release labels (`conda install -c nvidia/label/cuda-12.5.1 cuda-cudart`): the CUDA installation
    // guide's "Conda Installation" labels every package of a CUDA release with that release, and each label holds that
    // release's builds only (anaconda.org/nvidia/cuda-version/files: label `cuda-12.5.1` holds cuda-version 12.5 alone).
    // cuda-python is versioned on its own and is not in the labels.
    channel: /^nvidia\/label\/cuda-(\d+(\.\d+)*|\$\{?\w+\}?)$/,
    packages: /^(cuda|cuda-(?!python$)[a-z0-9-]+|lib(cublas|cufft|cufile|curand|cusolver|cusparse|npp|nvjpeg|nvjitlink|nvfatbin)(-dev|-static)?|nsight-compute|gds-tools)$/,
  },
];

/** The package comes from `channel` (its `channel::` prefix, else the install's first `-c`), which pins it. */
export function pinnedByChannel(channel: string | null, name: string): boolean {
  return channel !== null && RELEASE_CHANNELS.some((c) => c.channel.test(channel) && c.packages.test(name));
}
