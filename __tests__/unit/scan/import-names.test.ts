import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  IMPORT_NAME_ROWS,
  IMPORT_NAME_TABLE,
  normalizeDistributionName,
  tableImportNames,
} from '../../../shared/scan/import-names.js';
import { STDLIB_MINORS, isStdlibModule } from '../../../shared/scan/stdlib-modules.js';

const run = promisify(execFile);

// Each installed distribution's real top-level import names, read independently of interpreter-metadata.ts:
// top_level.txt where the build wrote one, else the first part of each module path in RECORD.
const TOP_LEVELS = String.raw`
import json, re
from importlib import metadata
out = {}
for dist in metadata.distributions():
    key = re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
    if key in out:
        continue
    text = dist.read_text("top_level.txt")
    if text:
        tops = set(line.strip() for line in text.splitlines())
    else:
        tops = set()
        for f in dist.files or ():
            first = f.parts[0]
            if first in ("..", "__pycache__") or first.endswith((".dist-info", ".data")):
                continue
            if len(f.parts) > 1 or f.suffix in (".py", ".so", ".pyd"):
                tops.add(first.split(".")[0])
    out[key] = sorted(t for t in tops if t.isidentifier())
print(json.dumps(out))
`;

const IDENTIFIER_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

describe('bundled import-name table', () => {
  test('covers at least 300 import names', () => {
    expect(IMPORT_NAME_TABLE.size).toBeGreaterThanOrEqual(300);
  });

  test('lists each import name once', () => {
    const names = IMPORT_NAME_ROWS.map(([importName]) => importName);
    const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
    expect(duplicates).toEqual([]);
    expect(IMPORT_NAME_TABLE.size).toBe(names.length);
  });

  test('import names are dotted identifiers and distribution names are PEP 503-normalised', () => {
    for (const [importName, { distributions }] of IMPORT_NAME_TABLE) {
      expect(importName).toMatch(IDENTIFIER_PATH);
      expect(distributions.length).toBeGreaterThan(0);
      expect(new Set(distributions).size).toBe(distributions.length);
      for (const distribution of distributions) expect(distribution).toBe(normalizeDistributionName(distribution));
    }
  });

  test('no entry claims a standard-library module', () => {
    const shadowing = [...IMPORT_NAME_TABLE.keys()].filter((name) =>
      STDLIB_MINORS.some((minor) => isStdlibModule(name, `3.${minor}`)),
    );
    expect(shadowing).toEqual([]);
  });

  test('knows the names that differ from their distribution', () => {
    const expected: Record<string, string[]> = {
      sklearn: ['scikit-learn'],
      cv2: ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless'],
      PIL: ['pillow'],
      yaml: ['pyyaml'],
      bs4: ['beautifulsoup4'],
      skimage: ['scikit-image'],
      dateutil: ['python-dateutil'],
      'google.protobuf': ['protobuf'],
      attr: ['attrs'],
      dotenv: ['python-dotenv'],
      jwt: ['pyjwt'],
      OpenSSL: ['pyopenssl'],
    };
    for (const [importName, distributions] of Object.entries(expected)) {
      expect(IMPORT_NAME_TABLE.get(importName)?.distributions).toEqual(distributions);
    }
  });

  test('reverse lookup: distribution → import names, whatever the spelling', () => {
    expect(tableImportNames('scikit-learn')).toEqual(['sklearn']);
    expect(tableImportNames('Scikit_Learn')).toEqual(['sklearn']);
    expect(tableImportNames('PyYAML')).toEqual(['yaml']);
    expect(tableImportNames('attrs')).toEqual(['attr', 'attrs']);
    expect(tableImportNames('opencv-python-headless')).toEqual(['cv2']);
    expect(tableImportNames('google-auth')).toEqual(['google.auth', 'google.oauth2']);
    expect(tableImportNames('setuptools')).toEqual(['setuptools', 'pkg_resources']);
    expect(tableImportNames('no-such-distribution')).toEqual([]);
  });

  test("agrees with the real metadata of every tabled distribution installed in the machine's python3", async () => {
    const { stdout } = await run('python3', ['-c', TOP_LEVELS], { maxBuffer: 64 * 1024 * 1024 });
    const installed = JSON.parse(stdout) as Record<string, string[]>;
    const checked = Object.keys(installed).filter((distribution) => tableImportNames(distribution).length > 0);
    // The image ships about a hundred distributions; most are in the table.
    expect(checked.length).toBeGreaterThanOrEqual(50);

    const problems: string[] = [];
    for (const distribution of checked) {
      const real = installed[distribution]!;
      const tabled = tableImportNames(distribution);
      for (const importName of tabled) {
        if (!real.includes(importName.split('.')[0]!)) problems.push(`${distribution}: provides no ${importName}`);
      }
      for (const top of real) {
        const covered = tabled.some((name) => name.split('.')[0] === top);
        if (!top.startsWith('_') && !covered) problems.push(`${distribution}: ${top} missing from the table`);
      }
    }
    expect(problems).toEqual([]);
  });
});
