"""Graph to files and queries: JSONL, RDF, interactive HTML, SPARQL, store and server.

Installed as ``actorgraph.exports``. The public Python API is the :mod:`actorgraph`
package; the modules here are the export layer it is built on.
"""
