"""Validation reports, one module per format; :mod:`.formats` writes any of them."""
