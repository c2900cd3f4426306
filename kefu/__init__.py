"""Kefu: open-source omnichannel customer-service platform."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kefu")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
