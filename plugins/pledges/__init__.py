"""Pledges plugin: strict loading and validation of pledges/, and the pages built from it."""
