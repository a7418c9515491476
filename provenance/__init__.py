"""provenance: check the citations and quotations of news articles."""

__version__ = "0.1.0"
