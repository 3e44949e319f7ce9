// Minimal typings for the part of picomatch that dlint uses (glob → matcher).
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    basename?: boolean;
    nocase?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
