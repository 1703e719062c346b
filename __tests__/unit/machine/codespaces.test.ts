import { codespacesLink, codespacesMachineFor, codespacesMachines, codespacesShortfall } from '../../../shared/machine/codespaces.js';

const name = (r: Parameters<typeof codespacesMachineFor>[0]) => codespacesMachineFor(r)?.name;

describe('codespacesMachineFor', () => {
  test('the smallest machine that has the cores, memory and storage', () => {
    expect(name({})).toBe('basicLinux32gb');
    expect(name({ cpus: 2, memory: 8e9 })).toBe('basicLinux32gb');
    expect(name({ cpus: 3 })).toBe('standardLinux32gb');
    expect(name({ cpus: 8 })).toBe('premiumLinux');
    expect(name({ cpus: 2, memory: 32e9 })).toBe('premiumLinux');
    expect(name({ disk: 100e9 })).toBe('largePremiumLinux');
    expect(name({ cpus: 32, memory: 128 * 2 ** 30, disk: 256e9 })).toBe('xLargePremiumLinux');
  });

  test('16GB and 16 GiB both fit the 16 GB machine', () => {
    expect(name({ memory: 16e9 })).toBe('standardLinux32gb');
    expect(name({ memory: 16 * 2 ** 30 })).toBe('standardLinux32gb');
    expect(name({ memory: 16.5e9 })).toBe('premiumLinux');
  });

  test('nothing for a GPU or beyond the largest machine, and why', () => {
    expect(name({ gpu: 1 })).toBeUndefined();
    expect(codespacesShortfall({ gpu: 1 })).toMatch(/no generally available GPU machines/);
    expect(name({ cpus: 64 })).toBeUndefined();
    expect(codespacesShortfall({ cpus: 64 })).toBe('no GitHub Codespaces machine is that large (the largest, xLargePremiumLinux: 32 cores, 128 GB RAM, 256 GB storage)');
    expect(codespacesShortfall({ cpus: 4 })).toBeUndefined();
  });

  test('the table is ordered smallest first, so the first fit is the cheapest', () => {
    for (let i = 1; i < codespacesMachines.length; i++) {
      const [a, b] = [codespacesMachines[i - 1]!, codespacesMachines[i]!];
      expect(b.cpus > a.cpus && b.memoryGb > a.memoryGb && b.storageGb >= a.storageGb).toBe(true);
    }
  });
});

describe('codespacesLink', () => {
  test('repository, branch and machine', () => {
    expect(codespacesLink('octo-org/wine-quality', 'premiumLinux')).toBe('https://codespaces.new/octo-org/wine-quality?machine=premiumLinux');
    expect(codespacesLink('octo-org/wine-quality', codespacesMachines[1], 'feature/gpu run')).toBe(
      'https://codespaces.new/octo-org/wine-quality/tree/feature/gpu%20run?machine=standardLinux32gb',
    );
    expect(codespacesLink('octo-org/wine-quality')).toBe('https://codespaces.new/octo-org/wine-quality');
  });

  test('rejects what is not owner/name', () => {
    expect(() => codespacesLink('wine-quality')).toThrow(/owner\/name/);
  });
});
