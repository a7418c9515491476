"""provenance: check the citations and quotations of news articles."""

import logging

__version__ = "0.1.0"

# A library stays quiet unless its user configures logging (the CLI does for -v and PROVENANCE_DEBUG=1).
logging.getLogger("provenance").addHandler(logging.NullHandler())
