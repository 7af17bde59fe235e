"""The data core: pledges/*.yaml → strict load → validated model → rules → one Dataset.

No Pelican and no UI strings here; every problem is a French ``DataError`` at a file and line.
"""
