"""LK3 Desktop's speed at the size of a busy office, every figure a ratio to a measured floor.

Run ``python -m benchmarks`` from the repository root (see ``benchmarks/__main__.py`` and the
README section "Kinerja").
"""
