import { describe, expect, it } from 'vitest';
import { discover, DiscoveryError, type Skipped } from '../src/discover.js';
import { runCli } from './cli-harness.js';
import { workspace } from './workspace.js';

const FROM = 'FROM scratch\n';

function search(files: Record<string, string>, inputs = ['.']): { found: string[]; skipped: Skipped[] } {
  const dir = workspace(files);
  const skipped: Skipped[] = [];
  return { found: discover(inputs, dir, (s) => skipped.push(s)), skipped };
}

describe('folder search', () => {
  it('skips documents, templates and backups that only look like Dockerfiles', () => {
    const names = ['Dockerfile.md', 'Dockerfile.j2', 'Dockerfile.tmpl', 'Dockerfile.template', 'Dockerfile.in', 'Dockerfile.orig', 'Dockerfile.sample.old', 'Dockerfile.bak', 'Dockerfile.swp', 'Dockerfile.rej', 'Dockerfile.dev~', 'Dockerfile.in.julia', 'tmplv2.Dockerfile', 'Dockerfile.agent.ftl'];
    const { found, skipped } = search(Object.fromEntries([...names, 'Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'Dockerfile.inference'].map((n) => [n, FROM])));
    expect(found).toEqual(['Dockerfile', 'Dockerfile.dev', 'Dockerfile.inference', 'api.Dockerfile']);
    expect(skipped.map((s) => s.file).sort()).toEqual([...names].sort());
    expect(skipped.find((s) => s.file === 'Dockerfile.j2')?.reason).toBe('a template');
  });

  it('skips program sources named like Dockerfiles, but not a language variant that reads as a Dockerfile', () => {
    const { found, skipped } = search({
      'scripts/buildinputs/dockerfile.go': 'package main\n\nimport "fmt"\n',
      'monaco/basic-languages/dockerfile/dockerfile.js': '"use strict";\n/*!-----\n',
      'Dockerfile.py': '# syntax=docker/dockerfile:1\n\nfrom python:3.12-slim\n',
      'Dockerfile.go': FROM,
      // redpanda's ignore patterns for tools/docker/Dockerfile.
      'tools/docker/Dockerfile.ignore': '**\n!install-dependencies.sh\n',
      // tonistiigi/xx's Rego build policy for the Dockerfile beside it.
      'src/Dockerfile.rego': 'package docker\n\ndefault allow := false\n',
      // docker-haskell's Nickel template that generate.sh renders into each version's Dockerfile.
      'template/Dockerfile.ncl': 'let distro = data.distro in\nm%"\nFROM %{distro.image}\n"%\n',
      'Dockerfile.sh': '#!/bin/sh\n' + FROM,
      // docker-library/mysql's jq template, named for its variant.
      'Dockerfile.oracle': '{{\n\tdef dnf:\n}}\nFROM oraclelinux:9-slim\n',
    });
    expect(found).toEqual(['Dockerfile.go', 'Dockerfile.py', 'Dockerfile.sh']);
    expect(skipped).toEqual([
      { file: 'Dockerfile.oracle', reason: 'a template' },
      { file: 'monaco/basic-languages/dockerfile/dockerfile.js', reason: 'source code, not a Dockerfile' },
      { file: 'scripts/buildinputs/dockerfile.go', reason: 'source code, not a Dockerfile' },
      { file: 'src/Dockerfile.rego', reason: 'source code, not a Dockerfile' },
      { file: 'template/Dockerfile.ncl', reason: 'source code, not a Dockerfile' },
      { file: 'tools/docker/Dockerfile.ignore', reason: 'an ignore file' },
    ]);
  });

  it('does not search vendored and tool folders, naming each once', () => {
    const { found, skipped } = search({
      'Dockerfile': FROM,
      '.venv/lib/pkg/Dockerfile': FROM,
      'node_modules/x/Dockerfile': FROM,
      'web/node_modules/y/Dockerfile': FROM,
      'vendor/github.com/z/Dockerfile': FROM,
      '.git/Dockerfile': FROM,
    });
    expect(found).toEqual(['Dockerfile']);
    expect(skipped.map((s) => s.file)).toEqual(['.venv/', 'node_modules/', 'vendor/', 'web/node_modules/']);
  });

  it('honours .gitignore files in the folder and above it, up to the repository top', () => {
    const files = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.generated.Dockerfile\n',
      'app/.gitignore': 'tmp/\n!keep.generated.Dockerfile\n',
      'app/Dockerfile': FROM,
      'app/tmp/Dockerfile': FROM,
      'app/x.generated.Dockerfile': FROM,
      'app/keep.generated.Dockerfile': FROM,
      'build/Dockerfile': FROM,
    };
    const { found, skipped } = search(files, ['app']);
    expect(found).toEqual(['app/Dockerfile', 'app/keep.generated.Dockerfile']);
    expect(skipped).toEqual([
      { file: 'app/tmp/Dockerfile', reason: 'ignored by .gitignore' },
      { file: 'app/x.generated.Dockerfile', reason: 'ignored by .gitignore' },
    ]);
    // A folder named on the command line is searched even though a .gitignore above it ignores it.
    expect(search(files, ['build']).found).toEqual(['build/Dockerfile']);
    expect(search(files).found).toEqual(['app/Dockerfile', 'app/keep.generated.Dockerfile']);
  });

  it('lints files named on the command line whatever their name', () => {
    expect(search({ 'Dockerfile.bak': FROM, '.gitignore': '*\n', 'node_modules/Dockerfile': FROM }, ['Dockerfile.bak', 'node_modules/Dockerfile']).found).toEqual([
      'Dockerfile.bak',
      'node_modules/Dockerfile',
    ]);
  });

  it('says what was skipped when nothing is left', () => {
    expect(() => search({ 'Dockerfile.md': FROM })).toThrow(new DiscoveryError('no Dockerfiles found in folder . (1 skipped; --verbose lists them)'));
  });

  it('--verbose lists the skipped files on stderr', async () => {
    const dir = workspace({ 'Dockerfile': 'FROM scratch\nCMD ["x"]\n', 'Dockerfile.orig': FROM });
    const r = await runCli(['--verbose', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('dlint: skipped Dockerfile.orig: a backup or merge leftover\n');
    expect((await runCli(['--format', 'json'], { cwd: dir })).stderr).toBe('');
  });
});
