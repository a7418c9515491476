"""The exceptions the CLI turns into a one-line message and exit code 2."""


class ProvenanceError(Exception):
    """Base: a usage, configuration or input error; str(e) is the one-line message."""


class InputError(ProvenanceError):
    """A path that does not exist or cannot be read as an article."""


class ConfigError(ProvenanceError):
    """A settings file or option that is not valid."""
