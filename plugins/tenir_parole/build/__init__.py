"""Building: Pelican run in this process, the site built aside and swapped into place, the
link check, the editions (USB, paper) and what must be filled in before publishing."""
