"""`python -m app` is the console script `tatulyq`."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
