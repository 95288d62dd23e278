"""Text to triples: parse articles with spaCy and extract subject–relation–object triples.

Installed as ``actorgraph.extract``. The public Python API is the :mod:`actorgraph`
package; the modules here are the extraction layer it is built on.
"""
