"""Measure extraction quality against hand-written gold files.

A **gold file** (``NAME.gold.json``, format: ``../shared/evaluation/gold-format.md``)
lists the facts a reader finds in one article. :func:`~.run.evaluate_paths` scores
what the toolkit extracts from the article (the extractor's draft, or a given
annotation such as the curated one) against it, with precision, recall and F1
per kind and micro-averaged.

From an annotation to predicted facts (:func:`~.predict.predict`)
-----------------------------------------------------------------
The annotation is read as the converter reads it; entity keys are looked up in
the annotation's own ``entities:`` first, then in the registry.

- **Names.** Every entity gets a set of *name forms*: its canonical name, its
  aliases (registry or local entry) and the texts of its ``mentions``. Two names
  match when their forms share one after :func:`~.items.normalise_name` (case folding,
  accents and punctuation removed, spaces collapsed). A gold name's forms are
  the canonical name and aliases of the gold person or organisation of that
  name (just the name itself when the gold lists no such entity).
- **Persons / organizations.** The entities the annotation mentions, defines
  locally or refers to from any fact. Types ``person`` and ``diplomat`` are
  persons; ``place`` is neither (places only serve as meeting places); every
  other type is an organisation.
- **Roles.** One ``(role, organization)`` pair per position; a ``former``
  position's role is prefixed with "former " ("former Foreign Minister").
- **Meetings.** Every event — meetings, conferences, summits and visits — held
  or planned (cancelled ones are left out). Participants are ``participants``
  plus the ``organizer``, ``visitor`` and ``host``. The place is the event's
  ``place``, else the place of its ``occasion`` (followed up the chain), else the
  ``host`` of the first visit on that chain (the visit itself, or the visit a meeting
  is held on the occasion of) when that is a state (a body hosting a visit gives it no
  place: convention 3 of ``tests/data/CONVENTIONS.md``). The date is the event's own
  ``date`` resolved as the converter does (:func:`diplokg.model.dates.resolve`
  against the publication date, ``future`` for planned events); only an exact day
  counts, a month or a range is no date.
- **Quotes.** Speaker, quoted text (the ``text`` selector's words) and the
  ``reported_by`` chain in order.
- **Statements.** One per issuer (a joint communiqué gives one per co-issuer),
  with its kind and resolved date.
- **Agreements.** Parties, kind, resolved date and ``duration``.
- **Accusations.** One per accused, ``criticism`` included; ``hedged`` is
  ``factuality: hedged``. Negated accusations are left out (the gold never lists
  them), and so are accusations without an accuser, which the gold format cannot
  express.

Every mention, quote text and evidence selector is located in the article with
:func:`diplokg.model.evidence.locate`, so an annotation of another article, or a draft
whose evidence is not in the text, is an :class:`~diplokg.errors.EvidenceError`
rather than a silently wrong score.

Matching (gold-format.md, "Matching rules")
-------------------------------------------
Predicted and gold items are paired one to one by a maximum bipartite matching
in which each predicted item tries its candidates best first (most matching
attributes), so each gold item matches at most once and ties go to the pair
that also agrees on date or place.

- persons, organizations: by name (persons only with persons, organisations
  only with organisations).
- meetings: at least two distinct gold participants matched, and every
  predicted participant matches some gold participant (an extra participant
  makes the predicted meeting a false positive).
- quotes: equal after normalising whitespace and quote characters
  (:func:`~.items.normalise_quote`), or one contains the other and the shorter is
  ≥ 80 % of the longer's length.
- statements: by issuer. agreements: at least two distinct gold parties
  matched. accusations: by (accuser, accused).

Attribute kinds (``roles``, ``meeting_dates``, ``meeting_places``,
``quote_speakers``, ``quote_chains``, ``statement_kinds``,
``statement_dates``, ``agreement_kinds``, ``agreement_dates``,
``agreement_durations``, ``accusation_hedges``) are scored on their own: every
non-null predicted value is a prediction and every non-null gold value a gold
item (an empty reporting chain is null, ``hedged`` is never null); a true
positive is a pair of matched items whose values agree. So a value on an
unmatched item counts as a miss too. Roles pair up within matched persons
(role text by :func:`~.items.normalise_name`, organisation by name); places compare by
name forms, so "Beijing" matches a place entity Beijing or the state China whose
alias it is; kinds compare normalised text, dates and durations the ISO text,
chains name by name in order.

Articles and folders
--------------------
:func:`~.run.evaluate_article` reads ``NAME.txt`` and its gold (``NAME.gold.json``
beside it, or a given file). The publication day and publisher come from
``NAME.meta.yaml`` beside the article, else from the gold file; the registry is
the given one, else ``entities.yaml`` beside the article, else none. What is
scored is a given annotation, or else the draft of the drafter given (the CLI gives
:func:`diplokg.app.drafting.draft_annotation`, the extractor).
:func:`~.run.evaluate_paths` takes articles and folders (a folder: every ``NAME.txt``
with ``NAME.gold.json`` beside it), optionally scoring each article's curated
``NAME.ann.yaml``, and sums the counts over all articles.

Precision is ``tp / (tp + fp)`` and recall ``tp / (tp + fn)``; when a
denominator is zero the figure is 1.0 if there was nothing to find and nothing
claimed, else 0.0. **Micro** sums tp, fp and fn over the seven kinds persons,
organizations, meetings, quotes, statements, agreements and accusations (not
the attribute kinds).

"""
