"""Imports every domain's tables so the metadata is complete (migrations, tests)."""

from kefu.db.base import Base
from kefu.identity import models as identity_models

__all__ = ["Base", "identity_models"]
