"""The federation: a static overview of many communes, built from each one's published export.

collect (network, `make federation-collecte`) → federation/donnees/ → load (the same checks)
→ model → Pelican plugin (generator, pages, open data) → output-federation/.
"""



def register() -> None:
    from tenir_parole.overview.plugin import register as connect

    connect()
