"""The application layer: what the CLI's commands do, above the libraries they use.

:mod:`.build` is ``diplokg build`` (articles converted, validated, written and stored in
parallel, review pages, the store swapped in atomically) and ``diplokg query``'s
choice of store; :mod:`.drafting` holds the one decision the lower layers take as an
option: an article without a curated annotation gets the extractor's draft.
"""
