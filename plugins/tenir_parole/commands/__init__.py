"""The `tenir-parole` command and what each of its sub-commands does (the Makefile calls it)."""
