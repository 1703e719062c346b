// What ml-hub knows about the machine it runs on: the facts probeMachine gathers and checkRequirements compares with
// the requirements record.

export interface GpuInfo {
  /** `NVIDIA H100 80GB HBM3`, as nvidia-smi names it. */
  name: string;
  /** Bytes; undefined when nvidia-smi reports `[N/A]`. */
  memory?: number;
  driver?: string;
}

export interface MachineFacts {
  os: NodeJS.Platform;
  arch: string;
  /** Logical CPUs this process may use (affinity-aware). */
  cpus: number;
  /** Total RAM, bytes. */
  memory: number;
  /** Free space for an unprivileged user on the filesystem holding `path`. */
  disk?: { path: string; free: number };
  /** NVIDIA GPUs nvidia-smi lists; empty without nvidia-smi or a working driver. */
  gpus: GpuInfo[];
  /** Highest CUDA version the driver supports, from nvidia-smi's banner (`12.2`). */
  cuda?: string;
  /** Version of the Python that was asked (`3.11.7`), when one was. */
  python?: string;
}
