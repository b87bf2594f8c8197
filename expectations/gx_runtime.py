"""Great Expectations, imported lazily and kept quiet."""
from __future__ import annotations

import logging
import os


def load_gx():
    """Import GX with usage statistics off; the import is slow, so only validation pays it."""
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    # This module sets its own logger to INFO at import, so the parent's level does not hold it: it would
    # print "Created temporary directory ... for ephemeral docs site" on the consultant's console.
    from great_expectations.data_context.types import base

    base.logger.setLevel(logging.ERROR)
    return gx


def quiet_context():
    """A fresh in-memory context with progress bars off."""
    gx = load_gx()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context
