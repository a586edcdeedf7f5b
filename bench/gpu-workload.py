"""A GPU workload for bench/gpu-accuracy.sh: alternates heavy matrix products and pauses for --seconds (default 60)."""
import argparse
import time

import torch

p = argparse.ArgumentParser()
p.add_argument("--seconds", type=float, default=60)
p.add_argument("--busy", type=float, default=6, help="seconds of matrix products per cycle")
p.add_argument("--idle", type=float, default=4, help="seconds of pause per cycle")
a = p.parse_args()

dev = torch.device("cuda")
x = torch.randn(8192, 8192, device=dev, dtype=torch.bfloat16)
y = torch.randn(8192, 8192, device=dev, dtype=torch.bfloat16)
torch.cuda.synchronize()
end = time.monotonic() + a.seconds
cycles = 0
while time.monotonic() < end:
    busy_end = min(end, time.monotonic() + a.busy)
    while time.monotonic() < busy_end:
        for _ in range(20):
            z = x @ y
        torch.cuda.synchronize()
    cycles += 1
    time.sleep(max(0.0, min(a.idle, end - time.monotonic())))
print(f"gpu-workload: {cycles} cycles of {a.busy} s busy / {a.idle} s idle over {a.seconds} s", flush=True)
