"""The extractor's steps, in the order they run, each with what it needs and provides.

A step is one method of :class:`~diplokg.extract.extractor.Extractor`. What it needs and
provides are the collections of the working state (:mod:`diplokg.extract.state`) it
reads and adds to: ``entities`` and ``mentions`` (names found in the text),
``single-names`` (one-word names left to link), ``anonymous-positions``, ``positions``,
``publisher``, ``dates``, ``conference-mentions``, ``events``, ``absences``,
``statements``, ``quotes``, ``relays``, ``agreements`` and ``accusations``. The text
model and the lexicon are there before the first step. ``tests/extract/test_steps.py``
checks that every need is provided by an earlier step and that the declarations match
what each step's code reads and writes.

Changing the order changes drafts: names are found before the positions that hold them,
positions before the quotes whose speakers they name, statements before the quotes
linked to them, and so on. Some steps leave the mentions for a rule after them to sort
(``sorts_mentions``): those that look mentions up by position need them in text order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diplokg.extract.extractor import Extractor


@dataclass(frozen=True)
class Step:
    """One step of an extraction: ``run`` on the extractor, after the steps before it."""

    name: str
    run: Callable[[Extractor], None]
    needs: frozenset[str]
    provides: frozenset[str]
    sorts_mentions: bool = False  # then sorts the mentions it added (see State.sort_mentions)


def _step(
    name: str,
    run: Callable[[Extractor], None],
    *,
    needs: str = "",
    provides: str,
    sorts_mentions: bool = False,
) -> Step:
    return Step(
        name,
        run,
        frozenset(needs.split()),
        frozenset(provides.split()),
        sorts_mentions=sorts_mentions,
    )


# What most steps read and add, named once: the names found in the text, which every name
# rule reads and adds to; what a rule that finds meetings, visits or signings reads (some
# read the positions too) and adds.
_NAMES = "entities mentions"
_MEETING_NEEDS = "conference-mentions dates entities events mentions"
_MEETING_PROVIDES = "entities events mentions"


def _name_step(
    name: str, run: Callable[[Extractor], None], *, sorts_mentions: bool = False
) -> Step:
    """A step that finds names: it reads the names found so far and adds more."""
    return _step(name, run, needs=_NAMES, provides=_NAMES, sorts_mentions=sorts_mentions)


def _meeting_step(name: str, run: Callable[[Extractor], None], *, positions: bool = False) -> Step:
    """A step that finds meetings, visits or signings: it reads the names, days,
    conferences and events found so far (and the positions, with ``positions``) and adds
    events with the names they need."""
    needs = f"{_MEETING_NEEDS} positions" if positions else _MEETING_NEEDS
    return _step(name, run, needs=needs, provides=_MEETING_PROVIDES)


STEPS: tuple[Step, ...] = (
    _step(
        "known-names",
        Extractor.find_known_names,
        provides="entities mentions",
        sorts_mentions=True,
    ),
    _name_step("unknown-states", Extractor.find_unknown_states),
    _name_step("media", Extractor.find_media),
    _name_step("acronyms", Extractor.find_acronyms, sorts_mentions=True),
    _name_step("special-noun-phrases", Extractor.find_special_nps, sorts_mentions=True),
    _step(
        "anonymous-sources",
        Extractor.find_anonymous_sources,
        needs="entities mentions",
        provides="anonymous-positions entities mentions",
        sorts_mentions=True,
    ),
    _name_step("companies", Extractor.find_companies),
    _step(
        "capitalised-names",
        Extractor.find_capitalised_names,
        needs="entities mentions",
        provides="entities mentions single-names",
    ),
    _step(
        "single-names",
        Extractor.find_single_names,
        needs="entities mentions single-names",
        provides="entities mentions",
    ),
    _step(
        "mistranslated-surnames",
        Extractor.find_mistranslated_surnames,
        needs="entities mentions",
        provides="mentions",
    ),
    # before the positions: a turn's label names its speaker
    _name_step("speaker-labels", Extractor.find_speaker_labels),
    _step(
        "positions",
        Extractor.find_positions,
        needs="anonymous-positions entities mentions",
        provides="anonymous-positions entities mentions positions",
    ),
    _step(
        "references",
        Extractor.find_references,
        needs="entities mentions positions",
        provides="entities mentions",
    ),
    _step("publisher", Extractor.find_publisher, needs="entities", provides="publisher"),
    # before the events: "The Prime Minister met X" names the unnamed holder as a participant
    _step(
        "office-holders",
        Extractor.find_office_holders,
        needs="entities mentions positions",
        provides="entities mentions positions",
    ),
    _step("dates", Extractor.find_dates, provides="dates"),
    _step(
        "conferences",
        Extractor.find_conferences,
        needs="entities mentions",
        provides="conference-mentions entities events mentions",
    ),
    # (provides events: it adds attendees to the conferences' participants, a write
    # tests/extract/test_steps.py cannot see in the syntax tree)
    _step(
        "conference-attendees",
        Extractor.find_conference_attendees,
        needs="conference-mentions entities events mentions positions",
        provides="entities events",
    ),
    _meeting_step("meetings", Extractor.find_meetings, positions=True),
    _meeting_step("transcript-meetings", Extractor.find_transcript_meetings),
    _meeting_step("first-person-meetings", Extractor.find_first_person_meetings, positions=True),
    _meeting_step("bilateral-series", Extractor.find_bilateral_series, positions=True),
    _meeting_step("bilateral-sessions", Extractor.find_bilateral_sessions),
    _meeting_step("visits", Extractor.find_visits, positions=True),
    _meeting_step("headline-visits", Extractor.find_headline_visits, positions=True),
    _meeting_step("signers-for", Extractor.find_signers_for),
    _meeting_step("planned-signings", Extractor.find_planned_signings, positions=True),
    _meeting_step("travel-to-meet", Extractor.find_travel_to_meet),
    _meeting_step("ministers-of-states", Extractor.find_ministers_of_states, positions=True),
    _meeting_step("fronted-talks", Extractor.find_fronted_talks),
    _meeting_step("fronted-participles", Extractor.find_participle_meetings),
    _meeting_step("presence-visits", Extractor.find_present_in, positions=True),
    _meeting_step("tour-of-cities", Extractor.find_tour_of_cities, positions=True),
    _meeting_step("represented-at-signing", Extractor.find_represented_at_signing, positions=True),
    _step(
        "absences",
        Extractor.find_absences,
        needs="conference-mentions entities events mentions",
        provides="absences",
    ),
    _step(
        "statements",
        Extractor.find_statements,
        needs="entities events mentions positions",
        provides="accusations entities mentions statements",
    ),
    _step(  # after the statements: the day each was made, when the text gives it
        "statement-days",
        Extractor.find_statement_days,
        needs="dates entities events mentions positions statements",
        provides="statements",
    ),
    _step(  # after the statements: the day a titled one was issued, when its release says
        "issued-days",
        Extractor.find_issued_days,
        needs="dates statements",
        provides="statements",
    ),
    _step(  # after the statements: a document they drafted already is not drafted again
        "document-charges",
        Extractor.find_document_charges,
        needs="accusations entities mentions statements",
        provides="accusations statements",
    ),
    _step(
        "quotes",
        Extractor.find_quotes,
        needs="dates entities mentions positions publisher statements",
        provides="entities positions quotes relays statements",
    ),
    _step(  # after the quotes: a speaker's own visit, told in their quoted words too
        "first-person-visits",
        Extractor.find_first_person_visits,
        needs="entities events mentions positions quotes",
        provides="entities events",
    ),
    _step(
        "quotes-to-statements",
        Extractor.link_quotes_to_statements,
        needs="quotes statements",
        provides="quotes statements",
    ),
    _step(  # after every quote and its statement: relays a paragraph's lead gives
        "carried-relays",
        Extractor.find_carried_relays,
        needs="entities mentions publisher quotes statements",
        provides="quotes",
    ),
    _step(
        "agreements",
        Extractor.find_agreements,
        needs="conference-mentions dates entities events mentions positions publisher quotes "
        "statements",
        provides="agreements entities events mentions",
    ),
    _step(
        "treaties",
        Extractor.find_treaties,
        needs="agreements conference-mentions dates entities events mentions positions",
        provides="agreements entities events mentions",
    ),
    _step(  # after the agreement rules': an item they tell already is not drafted again
        "instrument-agreements",
        Extractor.find_instrument_agreements,
        needs="agreements dates entities mentions",
        provides="agreements",
    ),
    # after every agreement is found: a kind told in lower case takes an instrument's name
    # (provides agreements: it renames their kinds, a write tests/extract/test_steps.py
    # cannot see in the syntax tree)
    _step(
        "agreement-kinds",
        Extractor.find_agreement_kinds,
        needs="agreements entities mentions",
        provides="agreements",
    ),
    # after the signings find_agreements tells: attendance joins their signers
    _meeting_step("attended-signing", Extractor.find_attended_signing),
    _step(
        "accusations",
        Extractor.find_accusations,
        needs="accusations entities events mentions positions statements",
        provides="accusations entities",
    ),
    _step(
        "protests",
        Extractor.find_protests,
        needs="accusations entities mentions positions quotes statements",
        provides="accusations entities",
    ),
    _step(
        "faults",
        Extractor.find_faults,
        needs="accusations entities mentions quotes",
        provides="accusations",
    ),
    _step(
        "reported-deeds",
        Extractor.find_reported_deeds,
        needs="accusations entities mentions positions statements",
        provides="accusations entities",
    ),
    # after every person is known: a transcript's title "A And B Before Their Meeting"
    _meeting_step("pair-title-meetings", Extractor.find_pair_title_meetings),
    _step(
        "anaphoric-meetings",
        Extractor.find_anaphoric_meetings,
        needs="agreements conference-mentions dates entities events mentions positions",
        provides="entities events mentions",
    ),
    # after every meeting of persons: a meeting named by its states may be one of them
    _meeting_step("named-state-meetings", Extractor.find_named_state_meetings, positions=True),
    # after every meeting: one with the delegation it replaces
    _meeting_step("delegations-led-by", Extractor.find_delegations_led_by),
    _step(  # after every meeting: "A met B. They talked on Friday in X"
        "retold-meetings",
        Extractor.find_retold_meetings,
        needs="dates entities events mentions",
        provides="entities events mentions",
    ),
    _meeting_step("pair-named-meetings", Extractor.find_pair_named_meetings),
    _step(  # after every meeting: one with no place whose sentence says "here"
        "meetings-here",
        Extractor.find_meetings_here,
        needs="dates entities events mentions positions",
        provides="entities mentions",
    ),
    _step(  # after every meeting: one with no place, its noun's city ("their Beijing meeting")
        "attributive-places",
        Extractor.find_attributive_places,
        needs="entities events mentions",
        provides="entities events mentions",
    ),
    _step(  # after every meeting and visit: one with no place, in the sentence of a trip
        "trip-places",
        Extractor.find_trip_places,
        needs="events",
        provides="events",
    ),
    _step(  # after every visit: "their visit today" dates the visits told before it
        "retold-visit-days",
        Extractor.find_retold_visit_days,
        needs="dates entities events mentions",
        provides="events",
    ),
    _step(  # (after the trips': the lead's meeting, where the headline says)
        "headline-places",
        Extractor.find_headline_places,
        needs="entities events mentions",
        provides="events",
    ),
    _step(  # (after the trips' and the headline's: a paragraph's stay where it opens)
        "paragraph-places",
        Extractor.find_paragraph_places,
        needs="entities events mentions",
        provides="entities events mentions",
    ),
    _step(
        "office-positions",
        Extractor.find_office_positions,
        needs="entities mentions positions",
        provides="entities mentions positions",
    ),
    _step(  # (after the statements and quotes that name them)
        "unnamed-spokespersons",
        Extractor.find_unnamed_spokespersons,
        needs="entities mentions positions",
        provides="entities positions",
    ),
    _step(
        "finish-events",
        Extractor.finish_events,
        needs="absences dates entities events positions relays statements",
        provides="entities events",
    ),
    _step(  # after the visits' own meetings are folded: the visit a meeting is held on
        "visit-occasions",
        Extractor.find_visit_occasions,
        needs="entities events mentions positions",
        provides="events",
    ),
    _step(  # (after every visit and meeting is known, a visit's own meetings folded)
        "visit-stays",
        Extractor.find_visit_stays,
        needs="entities events mentions positions",
        provides="entities events mentions",
    ),
    _step(  # (after every visit is dated: one of several days has no one day)
        "undated-stays",
        Extractor.find_undated_stays,
        needs="events",
        provides="events",
    ),
)


def run(ex: Extractor) -> None:
    """Run every step of :data:`STEPS` on ``ex``, in order."""
    for step in STEPS:
        step.run(ex)
        if step.sorts_mentions:
            ex.sort_mentions()
