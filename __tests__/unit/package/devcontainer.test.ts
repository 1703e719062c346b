import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'jsonc-parser';
import { hostRequirementsFor, planDevcontainer, pythonImage } from '../../../shared/package/devcontainer.js';
import type { FileEdit, LeftAlone } from '../../../shared/package/model.js';

function root(files: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'devcontainer-'));
  for (const f of files) writeFileSync(path.join(dir, f), '');
  return dir;
}

describe('hostRequirementsFor', () => {
  test('cores, whole-GB sizes and a GPU from the record', () => {
    expect(hostRequirementsFor({ cpus: 8, memory: 16e9, disk: 64 * 2 ** 30, gpu: 1 })).toEqual({ cpus: 8, memory: '16gb', storage: '64gb', gpu: true });
    expect(hostRequirementsFor({ memory: 16.5e9 })).toEqual({ memory: '17gb' });
    expect(hostRequirementsFor({}, { gpu: 'optional' })).toEqual({ gpu: 'optional' });
    expect(hostRequirementsFor({ gpu: 0 })).toEqual({});
  });
});

describe('pythonImage', () => {
  test('the declared minor version, else the current Python 3', () => {
    expect(pythonImage('3.11')).toBe('mcr.microsoft.com/devcontainers/python:3.11');
    expect(pythonImage('>=3.10,<3.13')).toBe('mcr.microsoft.com/devcontainers/python:3.10');
    expect(pythonImage('~=3.12.1')).toBe('mcr.microsoft.com/devcontainers/python:3.12');
    expect(pythonImage(undefined)).toBe('mcr.microsoft.com/devcontainers/python:3');
  });
});

describe('planDevcontainer', () => {
  test('a new file: image, hostRequirements and a pip postCreateCommand for requirements.txt', () => {
    const dir = root(['requirements.txt']);
    const edit = planDevcontainer(dir, { cpus: 8, memory: 32e9, python: '3.11' }, undefined) as FileEdit;
    expect(edit.path).toBe('.devcontainer/devcontainer.json');
    expect(parse(edit.after)).toEqual({
      name: path.basename(dir),
      image: 'mcr.microsoft.com/devcontainers/python:3.11',
      hostRequirements: { cpus: 8, memory: '32gb' },
      postCreateCommand: ['python', '-m', 'pip', 'install', '-r', 'requirements.txt'],
    });
    expect(edit.reasons[1]).toBe('hostRequirements {"cpus":8,"memory":"32gb"} from the requirements record');
  });

  test('a new file for environment.yml uses the conda feature', () => {
    const edit = planDevcontainer(root(['environment.yml', 'requirements.txt']), { gpu: 1 }, undefined) as FileEdit;
    expect(parse(edit.after)).toMatchObject({
      hostRequirements: { gpu: true },
      features: { 'ghcr.io/devcontainers/features/conda:1': {} },
      postCreateCommand: ['conda', 'env', 'create', '-f', 'environment.yml'],
    });
  });

  test("an existing file: only hostRequirements changes, the user's comments, keys and layout stay", () => {
    const existing = [
      '{',
      '    // Our team image; do not change without asking #infra',
      '    "image": "ghcr.io/acme/ml:2024.06",',
      '    "hostRequirements": {',
      '        "cpus": 4, // was enough before the big model',
      '        "gpu": "optional"',
      '    },',
      '    /* forwarded for mlflow ui */',
      '    "forwardPorts": [5000],',
      '}',
      '',
    ].join('\n');
    const edit = planDevcontainer(root([]), { cpus: 16, memory: 64e9, python: '3.12' }, existing) as FileEdit;
    expect(edit.before).toBe(existing);
    expect(edit.after).toContain('// Our team image; do not change without asking #infra');
    expect(edit.after).toContain('/* forwarded for mlflow ui */');
    expect(edit.after).toContain('"image": "ghcr.io/acme/ml:2024.06"');
    expect(edit.after).toContain('        "cpus": 16, // was enough before the big model');
    expect(parse(edit.after)).toEqual({ image: 'ghcr.io/acme/ml:2024.06', hostRequirements: { cpus: 16, gpu: 'optional', memory: '64gb' }, forwardPorts: [5000] });
    expect(edit.reasons).toEqual(['hostRequirements.cpus: 4 → 16', 'hostRequirements.memory: unset → "64gb"']);
    // Running again on its own output changes nothing.
    expect(planDevcontainer(root([]), { cpus: 16, memory: 64e9, python: '3.12' }, edit.after)).toBeUndefined();
  });

  test('an existing file without hostRequirements gets the whole block, indented like the file', () => {
    const existing = '{\n\t"name": "wine",\n\t"image": "mcr.microsoft.com/devcontainers/python:3.10"\n}\n';
    const edit = planDevcontainer(root([]), { cpus: 4, disk: 64e9 }, existing) as FileEdit;
    expect(edit.after).toContain('\t"hostRequirements": {\n\t\t"cpus": 4,\n\t\t"storage": "64gb"\n\t}');
    expect(edit.reasons).toEqual(['added hostRequirements {"cpus":4,"storage":"64gb"} from the requirements record']);
  });

  test('sizes written differently but equal are not rewritten', () => {
    expect(planDevcontainer(root([]), { memory: 16e9 }, '{ "hostRequirements": { "memory": "16GB" } }')).toBeUndefined();
  });

  test('a file that is not JSON with comments is left alone, with the line', () => {
    expect(planDevcontainer(root([]), { cpus: 2 }, '{\n  "image": "x",\n  "features": {\n}\n')).toEqual<LeftAlone>({
      path: '.devcontainer/devcontainer.json',
      reason: expect.stringMatching(/^devcontainer.json cannot be read \(\w+ on line \d+\)/),
    });
  });
});
