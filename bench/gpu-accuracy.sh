#!/usr/bin/env bash
# GPU energy of `carbontrail run` against the GPU's own energy counter read just before it starts and just after it exits.
# Usage: bash bench/gpu-accuracy.sh [auto|power] [seconds]   (needs an NVIDIA GPU, python3 with PyTorch, and a built CLI)
set -euo pipefail
method=${1:-auto}
seconds=${2:-60}
cd "$(dirname "$0")/.."
out=$(mktemp -d)
before=$(python3 bench/nvml-energy.py)
node packages/cli/bin/carbontrail.mjs run -q --out "$out" --interval 1 --gpu-method "$method" -- \
  python3 bench/gpu-workload.py --seconds "$seconds"
after=$(python3 bench/nvml-energy.py)
node -e '
const fs = require("fs");
const [dir, before, after, method] = process.argv.slice(1);
const file = fs.readdirSync(dir + "/runs").find((f) => f.endsWith(".json"));
const r = JSON.parse(fs.readFileSync(dir + "/runs/" + file, "utf8"));
const g = r.hardware.gpus.find((d) => d.index === 0);
const trackerJ = g.energyKwh * 3.6e6;
const refJ = (Number(after) - Number(before)) / 1000;
console.log(`method ${method} (${g.method}): tracker ${trackerJ.toFixed(1)} J over ${r.durationS.toFixed(2)} s, ` +
  `GPU counter ${refJ.toFixed(1)} J, difference ${(100 * (trackerJ - refJ) / refJ).toFixed(3)} %; mean ${g.avgPowerW.toFixed(1)} W, ` +
  `util ${g.avgUtilizationPercent?.toFixed(0)} %, processes ${g.processes.map((p) => p.pid).join(",")}`);
' "$out" "$before" "$after" "$method"
