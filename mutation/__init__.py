"""`make mutation`: cosmic-ray over every runtime module of plugins/tenir_parole.

One cosmic-ray session per module, its own tests first (tests mirror modules), then its
package's; two cosmic-ray HTTP workers, each in its own git clone (cosmic-ray's
cr-http-workers), so the work tree is never mutated. Equivalent mutants are skipped by
cosmic-ray's filters: ``# pragma: no mutate`` with the reason on the line, and type
annotations (mutation.annotations). The report is TESTING.md (mutation.report).
"""
