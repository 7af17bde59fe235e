"""Benchmarks printed by `make bench` and written into BENCHMARKS.md (see bench/__main__.py).

1. page weight against Pelican's default theme (same content);
2. time to `load` on emulated EDGE and 2G links, inline against linked stylesheet;
3. build time, memory and growth on synthetic data, against plain Pelican.
"""
