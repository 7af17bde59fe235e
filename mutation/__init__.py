"""`make mutation`: mutation testing (cosmic-ray) of the modules users depend on.

Each module is mutated in its own cosmic-ray session, against only the fast tests that cover
it, in copies of the work tree (« lanes ») so that two sessions run at once on two cores and
plugins/ itself is never touched. The report is TESTING.md, rewritten at each run.
"""
