// Any settings text gives settings and diagnostics with file and line, never a throw.
import fc from 'fast-check';
import { loadConfig } from '../../shared/config/config.js';

const keys = ['exclude', 'python', 'mapping', 'ignore', 'first-party', 'fail-on', 'requirements', 'cpus', 'memory', 'unused', 'undeclared', '- ', ':', '[', '{', '"', '#'];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...keys), fc.string(), fc.constantFrom('\n', '  ', ': ', ', ')), { maxLength: 60 }).map((parts) => parts.join(''));

test.each(['.github/ml-hub.yml', 'pyproject.toml'])('loadConfig never throws on %s', (file) => {
  fc.assert(
    fc.property(fc.oneof(yamlish, fc.string({ maxLength: 300 }), yamlish.map((t) => `[tool.ml-hub]\n${t.replace(/: /g, ' = ')}`)), (text) => {
      const lines = text.split('\n').length;
      const { diagnostics } = loadConfig({ read: (p) => (p === file ? text : undefined) });
      for (const d of diagnostics) {
        expect(d.file).toBe(file);
        if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
        if (d.line !== undefined) expect(d.line).toBeLessThanOrEqual(lines + 1);
      }
    }),
    { numRuns: 2000 },
  );
});
