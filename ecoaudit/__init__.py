"""ecoaudit: social-media ecosystem audits."""

__version__ = "0.1.0"
