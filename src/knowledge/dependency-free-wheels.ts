/**
 * Wheels that declare no dependencies, installed from a vendor's release archive: pip downloads nothing for them, so
 * it caches nothing. TensorRT's Python bindings in its tarball's `python/` folder (`tensorrt-10.7.0-cp310-none-
 * linux_x86_64.whl` and the `tensorrt_lean`, `tensorrt_dispatch` variants) load `libnvinfer` from the library path
 * and require no package (NVIDIA/TensorRT python/packaging/bindings_wheel; PyPI's `tensorrt` is another, meta
 * package that pulls `tensorrt-cu12-libs`).
 */
const DEPENDENCY_FREE_WHEELS: ReadonlySet<string> = new Set(['tensorrt', 'tensorrt_lean', 'tensorrt_dispatch']);

/** A path to such a wheel, its version and tags written out or matched by a glob (`python/tensorrt-*-cp310-*.whl`). */
export function isDependencyFreeWheel(file: string): boolean {
  if (!file.includes('/')) return false;
  const m = /^([A-Za-z0-9_.]+)-[0-9*]/.exec(file.slice(file.lastIndexOf('/') + 1));
  return !!m && DEPENDENCY_FREE_WHEELS.has(m[1]!.toLowerCase());
}
