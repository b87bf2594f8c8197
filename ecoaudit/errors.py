"""Errors that the CLI turns into one line on stderr and an exit code."""


class EcoauditError(Exception):
    """Base: a message meant for the user, one line."""

    exit_code = 2


class ConfigError(EcoauditError):
    """The audit TOML, the seeds file or a CLI argument is wrong (exit 2)."""

    exit_code = 2


class ValidationFailed(EcoauditError):
    """The data failed a Great Expectations suite or an SQL audit (exit 1)."""

    exit_code = 1


class StageError(EcoauditError):
    """A stage could not complete (crawl produced nothing, a model failed); earlier data is kept."""

    exit_code = 1
