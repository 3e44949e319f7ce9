import { describe, expect, it } from 'vitest';
import { shellListOptions, shellOptions } from '../src/shell/shell-options.js';

describe('shellListOptions', () => {
  it('reads errexit and pipefail from the words before -c, clusters and -o names alike', () => {
    expect(shellListOptions(['/bin/bash', '-euo', 'pipefail', '-c'])).toEqual({ errexit: true, pipefail: true });
    expect(shellListOptions(['/bin/bash', '-o', 'pipefail', '-c'])).toEqual({ errexit: false, pipefail: true });
    expect(shellListOptions(['/bin/sh', '-o', 'errexit', '-c'])).toEqual({ errexit: true, pipefail: false });
    expect(shellListOptions(['/bin/bash', '-ex', '-c'])).toEqual({ errexit: true, pipefail: false });
    // `+e` turns it off again; words after -c are the script, not options.
    expect(shellListOptions(['/bin/bash', '-e', '+e', '-c'])).toEqual({ errexit: false, pipefail: false });
    expect(shellListOptions(['/bin/sh', '-c', '-e'])).toEqual({ errexit: false, pipefail: false });
    expect(shellListOptions(['cmd', '/S', '/C'])).toEqual({ errexit: false, pipefail: false });
  });
  it('reads `set` arguments from the options already in force', () => {
    expect(shellOptions(['-eux'])).toEqual({ errexit: true, pipefail: false });
    expect(shellOptions(['-o', 'pipefail'])).toEqual({ errexit: false, pipefail: true });
    expect(shellOptions(['+e'], { errexit: true, pipefail: true })).toEqual({ errexit: false, pipefail: true });
    expect(shellOptions(['+o', 'errexit'], { errexit: true, pipefail: false })).toEqual({ errexit: false, pipefail: false });
    expect(shellOptions(['-x'], { errexit: true, pipefail: false })).toEqual({ errexit: true, pipefail: false });
  });
});
