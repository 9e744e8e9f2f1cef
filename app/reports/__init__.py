"""Reports and documents: the figures of a period (SQL aggregates), their PDF and XLSX, case documents.

No Qt here: the command line makes reports without a display. Visible text comes from the same
.ts translation sources as the desktop program (see texts.py).
"""
