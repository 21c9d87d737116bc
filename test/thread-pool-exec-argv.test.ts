import { describe, expect, it } from 'vitest';
import { withoutTsLoader } from '../src/core/thread-pool.js';

describe("a compiled worker thread's options", () => {
  it('are the process\'s less the TypeScript loader, which compiled modules do not need', () => {
    expect(withoutTsLoader(['--import', 'tsx', '--cpu-prof', '--cpu-prof-dir=/tmp/p', '--import=tsx/esm', '--import', './tracing.js', '--require', 'tsx/cjs', '--max-old-space-size=2048'])).toEqual([
      '--cpu-prof',
      '--cpu-prof-dir=/tmp/p',
      '--import',
      './tracing.js',
      '--max-old-space-size=2048',
    ]);
    expect(withoutTsLoader(['--import', 'tsx-like-but-not'])).toEqual(['--import', 'tsx-like-but-not']);
  });
});
