/**
 * Base images that ship both `curl` and `wget`: a Dockerfile that uses both on them adds no second HTTP client
 * (wget-and-curl). Only images whose build files say so.
 */
import type { ImageName } from '../model/image-ref.js';

/**
 * The .NET SDK images on Debian and Ubuntu (`mcr.microsoft.com/dotnet/sdk:6.0`, `:8.0-bookworm-slim`, `:10.0-noble`)
 * install `curl`, `git` and `wget` (dotnet/dotnet-docker `src/sdk/<version>/<bullseye-slim|bookworm-slim|jammy|noble|
 * resolute>/*\/Dockerfile`: 6.0 before its removal in 123e444ec6, 8.0 to 11.0 at 3ed00b611c). A tag naming no
 * distribution is a Debian or Ubuntu one. Not the Alpine ones (curl only; BusyBox's wget), Azure Linux, CBL-Mariner,
 * Windows, nor the `-aot` variants, which install neither.
 */
const DOTNET_SDK_OTHER_TAGS = /alpine|azurelinux|cbl-mariner|mariner|nanoserver|windowsservercore|aot/i;

export function shipsCurlAndWget(image: ImageName): boolean {
  if (image.registry === 'mcr.microsoft.com' && image.path === 'dotnet/sdk') return !DOTNET_SDK_OTHER_TAGS.test(image.tag ?? 'latest');
  return false;
}
