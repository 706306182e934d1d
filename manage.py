#!/usr/bin/env python
"""Django's command-line utility; ``regie`` (installed with the package) does the same and more."""

import sys

from regie.cli import main

if __name__ == "__main__":
    sys.exit(main())
