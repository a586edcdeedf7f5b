"""Prints the total-energy counter (mJ) of NVML device $GPU_INDEX (default 0), read with ctypes: the reference for gpu-accuracy.sh."""
import ctypes
import os

nvml = ctypes.CDLL("libnvidia-ml.so.1")
assert nvml.nvmlInit_v2() == 0
handle = ctypes.c_void_p()
assert nvml.nvmlDeviceGetHandleByIndex_v2(ctypes.c_uint(int(os.environ.get("GPU_INDEX", "0"))), ctypes.byref(handle)) == 0
energy = ctypes.c_ulonglong()
assert nvml.nvmlDeviceGetTotalEnergyConsumption(handle, ctypes.byref(energy)) == 0
print(energy.value)
nvml.nvmlShutdown()
