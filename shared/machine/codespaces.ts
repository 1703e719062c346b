// GitHub Codespaces machine types, the smallest one that fits a requirements record, and the link that opens a
// codespace on it. The generated setup.py embeds this table (setup-py.ts renders it from here), so the script and the
// actions always suggest the same machine.

import type { MachineRequirements } from '../config/config.js';
import { nominalGb } from './units.js';

export interface CodespacesMachine {
  /** The name `codespaces.new/…?machine=` and `gh codespace create --machine` take. */
  name: string;
  cpus: number;
  /** RAM and storage in GB as GitHub lists them (1024-based, like devcontainer.json's `16gb`). */
  memoryGb: number;
  storageGb: number;
}

/** Smallest first. GitHub's GPU machine types were a closed preview and are not offered to accounts generally. */
export const codespacesMachines: readonly CodespacesMachine[] = [
  { name: 'basicLinux32gb', cpus: 2, memoryGb: 8, storageGb: 32 },
  { name: 'standardLinux32gb', cpus: 4, memoryGb: 16, storageGb: 32 },
  { name: 'premiumLinux', cpus: 8, memoryGb: 32, storageGb: 64 },
  { name: 'largePremiumLinux', cpus: 16, memoryGb: 64, storageGb: 128 },
  { name: 'xLargePremiumLinux', cpus: 32, memoryGb: 128, storageGb: 256 },
];

export function codespacesMachineFor(requirements: MachineRequirements): CodespacesMachine | undefined {
  if ((requirements.gpu ?? 0) > 0) return undefined;
  const memory = nominalGb(requirements.memory ?? 0);
  const storage = nominalGb(requirements.disk ?? 0);
  return codespacesMachines.find((m) => m.cpus >= (requirements.cpus ?? 0) && m.memoryGb >= memory && m.storageGb >= storage);
}

/** Why no machine fits, for a person; undefined when one does. */
export function codespacesShortfall(requirements: MachineRequirements): string | undefined {
  if (codespacesMachineFor(requirements)) return undefined;
  if ((requirements.gpu ?? 0) > 0) return 'GitHub Codespaces has no generally available GPU machines, so it cannot meet the GPU requirement';
  const largest = codespacesMachines[codespacesMachines.length - 1]!;
  return `no GitHub Codespaces machine is that large (the largest, ${describeMachine(largest)})`;
}

export function describeMachine(m: CodespacesMachine): string {
  return `${m.name}: ${m.cpus} cores, ${m.memoryGb} GB RAM, ${m.storageGb} GB storage`;
}

/**
 * `https://codespaces.new/OWNER/REPO[/tree/REF][?machine=NAME]`: GitHub's link to the codespace creation page, with
 * the branch and machine type chosen.
 */
export function codespacesLink(repository: string, machine?: CodespacesMachine | string, ref?: string): string {
  const [owner, name] = repository.split('/');
  if (!owner || !name) throw new Error(`expected a repository as owner/name, got ${JSON.stringify(repository)}`);
  let url = `https://codespaces.new/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
  if (ref) url += `/tree/${ref.split('/').map(encodeURIComponent).join('/')}`;
  const machineName = typeof machine === 'string' ? machine : machine?.name;
  if (machineName) url += `?machine=${encodeURIComponent(machineName)}`;
  return url;
}
