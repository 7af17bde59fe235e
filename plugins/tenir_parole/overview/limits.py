"""What the collector allows a site: the defaults of `make federation-collecte`'s options."""

#: Seconds for one site, from connecting to the last byte.
TIMEOUT = 20.0
#: Seconds for the whole run: eight sites at a time, thousands of sites.
TOTAL = 900.0
#: Bytes of one export: the example's is 30 kB; a large commune's, a few hundred.
MAX_BYTES = 5 * 2**20
