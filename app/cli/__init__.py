"""The command line: every job a person can do in the windows, scriptable, with `--json` for machines.

`main.main` is the console script `tatulyq`; with no command it starts the desktop program.
"""
