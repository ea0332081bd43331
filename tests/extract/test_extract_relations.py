"""Relation facts the extractor drafts: meetings, statements, agreements, accusations.

One case per error pattern seen on unseen news (issue 12), each in sentences written
for this file: the text, its publication day, and the one fact it must yield (or must
not yield), read back through :func:`diplokg.evaluate.predict.predict` as the evaluation reads
it. Participants, issuers and parties are compared as sets of canonical names; an
accusation's direction (accuser → accused) is part of what is compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from diplokg.evaluate.gold import check_gold, load_gold
from diplokg.evaluate.items import FactSet
from diplokg.evaluate.predict import predict
from diplokg.extract import draft_path, extract_annotation, extract_file
from diplokg.model.annotation import Registry, load_annotation, load_metadata
from diplokg.model.dates import resolve
from diplokg.rdf.convert import convert_article
from diplokg.validation.shacl import validate_graph
from tests.conftest import DATA

FRI = dt.date(2025, 3, 14)  # a Friday
TUE = dt.date(2026, 2, 10)  # a Tuesday


def facts(text: str, published: dt.date) -> FactSet:
    draft = extract_annotation(text, article_id="t", published=published, publisher="Wire")
    return predict(draft.annotation, text=text, published=published)


def meetings(f: FactSet) -> set[tuple[object, ...]]:
    return {(frozenset(p.name for p in m.participants), m.date) for m in f.meetings}


def meeting_participants(f: FactSet) -> set[tuple[object, ...]]:
    return {(frozenset(p.name for p in m.participants),) for m in f.meetings}


def meeting_places(f: FactSet) -> set[tuple[object, ...]]:
    return {
        (frozenset(p.name for p in m.participants), m.place.name if m.place else None)
        for m in f.meetings
    }


def statements(f: FactSet) -> set[tuple[object, ...]]:
    return {(s.issuer.name, s.kind) for s in f.statements}


def agreements(f: FactSet) -> set[tuple[object, ...]]:
    return {(frozenset(p.name for p in a.parties), a.duration) for a in f.agreements}


def agreement_kinds(f: FactSet) -> set[tuple[object, ...]]:
    return {(frozenset(p.name for p in a.parties), a.kind) for a in f.agreements}


def accusations(f: FactSet) -> set[tuple[object, ...]]:
    return {(a.accuser.name, a.accused.name, a.hedged) for a in f.accusations}


@dataclass(frozen=True)
class Case:
    """A text and the fact it must yield (``present``) or must not (``present=False``)."""

    id: str
    text: str
    kind: str  # a key of READ: meetings, meeting_places, statements, agreements, …
    fact: tuple[object, ...]
    published: dt.date = FRI
    present: bool = True


READ: dict[str, Callable[[FactSet], set[tuple[object, ...]]]] = {
    "meetings": meetings,
    "meeting_participants": meeting_participants,  # (a conference's day is not drafted)
    "meeting_places": meeting_places,
    "statements": statements,
    "agreements": agreements,
    "agreement_kinds": agreement_kinds,
    "accusations": accusations,
}

# Two invented states introduced the way a wire story introduces them, for the cases
# that need the extractor to know them as states.
STATES = (
    "Arvelia and Doskara are neighbours on the Tamsin river. "
    "Arvelia's government and Doskara's government have quarrelled for a decade.\n\n"
)

CASES = [
    # -- meetings --------------------------------------------------------------------
    Case(
        "met-on-weekday-with",
        "Arvelian Foreign Minister Ilka Moravin met on Wednesday with her Doskaran "
        "counterpart Teodor Vashti in Lissar.",
        "meetings",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "2025-03-12"),
    ),
    Case(
        "met-today-with",
        "Secretary of State Dana Whitcombe met today with Arvelian Foreign Minister "
        "Ilka Moravin in Washington.",
        "meetings",
        (frozenset({"Dana Whitcombe", "Ilka Moravin"}), "2025-03-14"),
    ),
    Case(
        "held-talks-on-the-publication-weekday",
        "Arvelian Foreign Minister Ilka Moravin held talks with her Doskaran counterpart "
        "Teodor Vashti in Lissar on Friday.",
        "meetings",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "2025-03-14"),
    ),
    Case(
        "two-named-persons-discussed",
        "Arvelian Foreign Minister Ilka Moravin and Doskaran Foreign Minister Teodor Vashti "
        "have discussed the river dispute in Lissar.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
    ),
    Case(
        "one-person-discussed-a-topic-is-no-meeting",
        STATES + "Foreign Minister Ilka Moravin discussed Doskara with reporters.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Doskara"}),),
        present=False,
    ),
    Case(
        "the-titled-envoy-also-met-with-members-of-two-bodies",
        "UN Special Envoy Ruth Okello arrived in Lissar on Monday. The Special Envoy also met "
        "with members of the Electoral Reform Commission and the National Dialogue Committee.",
        "meeting_participants",
        (frozenset({"Ruth Okello", "Electoral Reform Commission", "National Dialogue Committee"}),),
    ),
    Case(
        "her-visit-to-an-assembly-meets-it",
        "Foreign Minister Ilka Moravin spoke during her visit to the UN General Assembly in "
        "New York.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "UN General Assembly"}), "New York"),
    ),
    Case(
        "a-cancelled-visit-to-a-body-is-none",
        "Foreign Minister Ilka Moravin's visit to the European Union was cancelled.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "European Union"}),),
        present=False,
    ),
    # meetings told by a pronoun or as the next of a series: the parties named before
    Case(
        "their-next-meeting-after-a-told-meeting",
        "Arvelian Foreign Minister Ilka Moravin and Doskaran Foreign Minister Teodor Vashti "
        "met in Lissar on Monday. The bridge stays closed.\n\n"
        "Their next meeting will be held on 2 April.",
        "meetings",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "2025-04-02"),
    ),
    Case(
        "their-ordinal-meeting-today-of-the-clause-subject",
        "Arvelian President Mara Vell and Doskaran President Teodor Vashti agreed to reopen "
        "the bridge following their third meeting today.",
        "meetings",
        (frozenset({"Mara Vell", "Teodor Vashti"}), "2025-03-14"),
    ),
    Case(
        "the-next-leaders-meeting-of-the-last-told-meeting",
        "President Mara Vell met Prime Minister Teodor Vashti in Lissar on Monday.\n\n"
        "Officials described the talks as frank.\n\n"
        "The next leaders\u2019 meeting will be held on 28 March.",
        "meetings",
        (frozenset({"Mara Vell", "Teodor Vashti"}), "2025-03-28"),
    ),
    Case(
        "their-cabinet-meeting-is-no-meeting-of-the-last-pair",
        "President Mara Vell met Prime Minister Teodor Vashti in Lissar on Monday.\n\n"
        "The ministers postponed their Cabinet meeting to Thursday.",
        "meetings",
        (frozenset({"Mara Vell", "Teodor Vashti"}), "2025-03-13"),
        present=False,
    ),
    Case(
        "the-next-summit-of-a-series-is-not-the-last-pair-s",
        "President Mara Vell met Prime Minister Teodor Vashti in Lissar on Monday.\n\n"
        "The next summit will be held on 28 March.",
        "meetings",
        (frozenset({"Mara Vell", "Teodor Vashti"}), "2025-03-28"),
        present=False,
    ),
    Case(
        "their-meeting-paragraphs-after-the-last-pair-is-not-theirs",
        "President Mara Vell met Prime Minister Teodor Vashti in Lissar on Monday.\n\n"
        "The river rose again overnight.\n\n"
        "Farmers on both banks said their next meeting will be held on 2 April.",
        "meetings",
        (frozenset({"Mara Vell", "Teodor Vashti"}), "2025-04-02"),
        present=False,
    ),
    # talks called for, proposed or sought are not held
    Case(
        "called-for-talks-with-is-no-meeting",
        STATES + "Arvelian President Mara Vell called for talks with Doskara to resume.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Doskara"}),),
        present=False,
    ),
    Case(
        "proposed-new-talks-with-is-no-meeting",
        "Arvelian President Mara Vell proposed new talks with Doskaran Foreign Minister "
        "Teodor Vashti.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "held-talks-with-is-a-meeting",
        "Arvelian President Mara Vell held talks with Doskaran Foreign Minister Teodor Vashti.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
    ),
    # visits told by a departure: "leaves on Saturday for X", "will head to X"
    Case(
        "leaves-on-a-weekday-for-a-state",
        STATES + "Doskaran Foreign Minister Teodor Vashti leaves on Saturday for Arvelia.",
        "meetings",
        (frozenset({"Teodor Vashti", "Arvelia"}), "2025-03-08"),
    ),
    Case(
        "will-head-to-a-state",
        STATES + "Doskaran Foreign Minister Teodor Vashti will head to Arvelia next week for "
        "talks.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Arvelia"}),),
    ),
    Case(
        "travel-to-the-state-named-with-its-article",
        "Zimbabwe's Prime Minister Morgan Tsvangirai will travel to the Netherlands.",
        "meeting_participants",
        (frozenset({"Morgan Tsvangirai", "Netherlands"}),),
    ),
    Case(
        "hopes-to-head-to-a-state-is-no-visit",
        STATES + "Doskaran Foreign Minister Teodor Vashti hopes to head to Arvelia next week.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Arvelia"}),),
        present=False,
    ),
    # "will host X": the verb, not a broadcaster's title before a name
    Case(
        "will-host-a-counterpart-for-a-bilateral-meeting",
        "Foreign Minister Ilka Moravin will host Doskaran Foreign Minister Teodor Vashti for a "
        "bilateral meeting and an official dinner in Lissar.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
    ),
    Case(
        "agreed-to-host-a-named-guest",
        "President Mara Vell agreed to host Teodor Vashti in Lissar next month.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
    ),
    Case(
        "a-television-host-who-interviews-is-no-guest",
        "Television host Dana Reyes met Foreign Minister Ilka Moravin in the studio.",
        "meeting_participants",
        (frozenset({"Dana Reyes", "Ilka Moravin"}),),
        present=False,
    ),
    Case(
        "is-due-to-arrive-in-a-capital",
        "Doskaran Foreign Minister Teodor Vashti is due to arrive in Paris on Wednesday.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "France"}),),
    ),
    Case(
        "refugees-arriving-in-a-capital-is-no-visit-of-the-speaker",
        "Refugees arriving in Paris were stopped by the police, Doskaran Foreign Minister "
        "Teodor Vashti said.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "France"}),),
        present=False,
    ),
    Case(
        "a-state-insists",
        STATES + "Talks stalled, but Doskara insists its dam on the river is lawful.",
        "statements",
        ("Doskara", "statement"),
    ),
    Case(
        "a-state-says-in-a-headline-is-no-statement",
        STATES + "Arvelia says the bridge will reopen\n\nThe bridge closed in May.",
        "statements",
        ("Arvelia", "statement"),
        present=False,
    ),
    Case(
        "the-agreement-between-two-states",
        STATES + "The water agreement between Arvelia and Doskara took effect in May.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "an-agreement-called-for-is-not-one",
        STATES + "The envoy called for a lasting agreement between Arvelia and Doskara.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
        present=False,
    ),
    Case(
        "transcript-titled-remarks-before-a-meeting",
        "Remarks With Doskaran Foreign Minister Teodor Vashti Before Their Meeting\n\n"
        "Dana Whitcombe\nSecretary of State\nLissar\nMarch 12, 2025\n\n"
        "SECRETARY WHITCOMBE: Good morning, everybody. We have a lot to talk about today.\n\n"
        "FOREIGN MINISTER VASHTI: Thank you, Dana. Foreign Minister Teodor Vashti is glad.",
        "meetings",
        (frozenset({"Dana Whitcombe", "Teodor Vashti"}), "2025-03-12"),
    ),
    Case(
        "remarks-with-someone-without-a-meeting-is-none",
        "Remarks With Doskaran Foreign Minister Teodor Vashti at a Press Availability\n\n"
        "Dana Whitcombe\nSecretary of State\nLissar\nMarch 12, 2025\n\n"
        "SECRETARY WHITCOMBE: Good morning, everybody.\n\n"
        "FOREIGN MINISTER VASHTI: Thank you. Foreign Minister Teodor Vashti is glad.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "the-foreign-ministers-of-states-are-the-ministers-named-later",
        "The foreign ministers of Arvelia and Doskara met in Lissar on Friday and issued a "
        "joint declaration calling for calm on the river.\n\nArvelian Foreign Minister Ilka "
        "Moravin hosted her Doskaran counterpart Prince Teodor Vashti at the palace.",
        "statements",
        ("Teodor Vashti", "declaration"),
    ),
    Case(
        "the-foreign-ministers-of-states-are-not-the-states",
        "The foreign ministers of Arvelia and Doskara met in Lissar on Friday and issued a "
        "joint declaration calling for calm on the river.\n\nArvelian Foreign Minister Ilka "
        "Moravin hosted her Doskaran counterpart Prince Teodor Vashti at the palace.",
        "statements",
        ("Doskara", "declaration"),
        present=False,
    ),
    Case(
        "a-joint-statement-after-the-talks",
        STATES + "Arvelia and Doskara held talks in Lissar on Friday. A joint statement after "
        "the talks said both would reopen the river crossing.",
        "statements",
        ("Arvelia", "statement"),
    ),
    Case(
        "a-joint-statement-after-talks-in-another-paragraph-is-unattributed",
        STATES + "Arvelia and Doskara held talks in Lissar on Friday.\n\nA joint statement "
        "after the talks said the crossing would reopen.",
        "statements",
        ("Arvelia", "statement"),
        present=False,
    ),
    Case(
        "two-parties-agreed-to-do-something",
        STATES + "Arvelia and Doskara have agreed to reopen the river crossing next month.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "one-party-agreed-to-do-something-is-no-agreement",
        STATES + "Arvelia has agreed to reopen the crossing it shares with Doskara.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
        present=False,
    ),
    Case(
        "condemned-a-demonym's-deed",
        "Foreign Minister Ilka Moravin condemned the latest North Korean missile launch.",
        "accusations",
        ("Ilka Moravin", "North Korea", False),
    ),
    Case(
        "condemned-a-deed-of-no-one-named",
        "Foreign Minister Ilka Moravin condemned the Monday attacks on the port of Lissar.",
        "accusations",
        ("Ilka Moravin", "Lissar", False),
        present=False,
    ),
    Case(
        "passive-signing-session",
        "The accord was signed in Lissar by Arvelian Trade Minister Oren Paszek and "
        "Doskaran Trade Minister Mirela Gaspar.",
        "meetings",
        (frozenset({"Oren Paszek", "Mirela Gaspar"}), None),
    ),
    Case(
        "signing-ceremony-attended-by",
        "The envoys, Arvelian Deputy Foreign Minister Oren Paszek and Doskaran presidential "
        "envoy Mirela Gaspar, signed the accord at a ceremony attended by Qatari Minister "
        "of State Samir Al-Fahad.",
        "meetings",
        (frozenset({"Oren Paszek", "Mirela Gaspar", "Samir Al-Fahad"}), None),
    ),
    Case(
        "hosted-two-guests-is-one-meeting",
        "Arvelian Foreign Minister Ilka Moravin hosted Doskaran Foreign Minister Teodor "
        "Vashti and Kenyan Foreign Minister Amos Njoroge in Lissar.",
        "meetings",
        (frozenset({"Ilka Moravin", "Teodor Vashti", "Amos Njoroge"}), None),
    ),
    Case(
        "the-two-sides-will-meet-again",
        STATES + "The two sides will meet again in Doha next week.",
        "meetings",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "talks-in-a-city-of-the-subjects",
        STATES + "Arvelia and Doskara agreed on a truce after two days of talks in Doha "
        "mediated by Qatar.",
        "meetings",
        (frozenset({"Arvelia", "Doskara", "Qatar"}), None),
    ),
    Case(
        "signing-after-talks-hosted-by-is-one-meeting",
        "Arvelian Foreign Minister Ilka Moravin and her Doskaran counterpart, Teodor Vashti, "
        "signed the accord after two days of talks hosted by the African Union.",
        "meetings",
        (frozenset({"Ilka Moravin", "Teodor Vashti", "African Union"}), None),
    ),
    Case(
        "the-two-presidents-named-in-apposition",
        "The two presidents, Kenya's Amos Njoroge and Ethiopia's Dawit Alemu, are expected "
        "to meet in Nairobi on March 20.",
        "meetings",
        (frozenset({"Amos Njoroge", "Dawit Alemu"}), "2025-03-20"),
    ),
    Case(
        "planned-talks-with-a-pronoun-subject",
        "Arvelian Foreign Minister Ilka Moravin arrived in New York on Thursday. She is due "
        "to hold talks with Doskaran Foreign Minister Teodor Vashti on Saturday.",
        "meetings",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "2025-03-15"),
    ),
    Case(
        "the-meeting-between-two-leaders",
        "The Council welcomed the meeting between the President of Djibouti and the "
        "President of Eritrea on 17 September in Jeddah.",
        "meetings",
        (frozenset({"Djibouti", "Eritrea"}), "2024-09-17"),
        published=dt.date(2024, 9, 18),
    ),
    Case(
        "capitals-named-before-a-meeting-are-no-participants",
        "In Kampala, Nairobi and Cairo, the Special Envoy will meet with officials.",
        "meetings",
        (frozenset({"Uganda", "Kenya", "Egypt"}), None),
        present=False,
    ),
    Case(
        "summit-attended-by-those-named-after-it",
        "ECOWAS leaders will discuss the crisis at an extraordinary summit in Abuja on "
        "Monday, which both Kenyan President Amos Njoroge and Ethiopian Prime Minister "
        "Dawit Alemu are expected to attend.",
        "meeting_participants",
        (frozenset({"ECOWAS", "Amos Njoroge", "Dawit Alemu"}),),
    ),
    Case(
        "received-in-audience-by-a-head-of-state-not-his-state",
        "Minister Ilka Moravin was also received in audience by H.E. Mr. Teodor Vashti, "
        "President of the Republic of Doskara.",
        "meetings",
        (frozenset({"Ilka Moravin", "Doskara"}), None),
        present=False,
    ),
    Case(
        "summit-between-the-leaders-of-two-states",
        STATES + "The Council welcomed the summit between the leaders of Arvelia and Doskara.",
        "meeting_participants",
        (frozenset({"Arvelia", "Doskara"}),),
    ),
    Case(
        "met-with-three-guests-is-one-meeting",
        "Before the talks, Kenyan President Amos Njoroge met with Ethiopian Foreign Minister "
        "Dawit Alemu, Somali Foreign Minister Hodan Warsame and Kenyan Foreign Minister "
        "Grace Otieno to discuss the border.",
        "meeting_participants",
        (frozenset({"Amos Njoroge", "Dawit Alemu", "Hodan Warsame", "Grace Otieno"}),),
    ),
    Case(
        "met-separately-with-two-guests-is-two-meetings",
        "Kenyan President Amos Njoroge met separately with Ethiopian Foreign Minister Dawit "
        "Alemu and Somali Foreign Minister Hodan Warsame.",
        "meeting_participants",
        (frozenset({"Amos Njoroge", "Hodan Warsame"}),),
    ),
    Case(
        "called-on-someone-to-stop-is-no-visit",
        "Arvelian Foreign Minister Ilka Moravin called on President Teodor Vashti to stop "
        "the shelling of the river towns.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "attended-the-signing-joins-the-signers",
        "Special Envoy Tomas Reld signed the Memorandum for the United States and Foreign "
        "Minister Ana Kulo signed for Kenya.\n\nAmbassador Ivo Tenn of Kenya and Assistant "
        "Secretary Mara Dell attended the signing in Nairobi.",
        "meeting_participants",
        (frozenset({"Tomas Reld", "Ana Kulo", "Ivo Tenn", "Mara Dell"}),),
    ),
    Case(
        "an-unnamed-demonym-title-visits-for-its-state",
        "President Jalal Karimi of Iraq spoke to reporters on Thursday. He said the Turkish "
        "Prime Minister will visit Baghdad next month.",
        "meeting_participants",
        (frozenset({"Turkey", "Iraq"}),),
    ),
    Case(
        "met-with-a-state's-title-comma-name",
        "The British envoy for Africa, Neil Harker, met with Cameroon's Prime Minister, "
        "Paul Essomba, at the Presidency.",
        "meeting_participants",
        (frozenset({"Neil Harker", "Paul Essomba"}),),
    ),
    Case(
        "travel-to-a-list-of-states-visits-each",
        "Special Envoy Lena Marsh will travel to Uganda, Ethiopia and Kenya next week.",
        "meeting_participants",
        (frozenset({"Lena Marsh", "Kenya"}),),
    ),
    Case(
        "an-unknown-owner's-meeting-is-not-the-speaker's",
        "Statement by Spokesperson Ann Lee on Advisor Rixe's Meeting with Foreign Policy "
        "Advisor Ivan Petrov",
        "meeting_participants",
        (frozenset({"Ann Lee", "Ivan Petrov"}),),
        present=False,
    ),
    Case(
        "refused-meeting-is-not-held",
        "German Chancellor Jonas Reuter refused to meet Chinese commerce minister Wang Ruo.",
        "meetings",
        (frozenset({"Jonas Reuter", "Wang Ruo"}), None),
        present=False,
    ),
    # -- statements ------------------------------------------------------------------
    Case(
        "press-statement-of-a-body",
        "The members of the Security Council on Tuesday issued a press statement "
        "condemning the attack.",
        "statements",
        ("UN Security Council", "statement"),
    ),
    Case(
        "following-statement-issued-by",
        "The following Security Council press statement was issued today by Council "
        "President Lena Moritz (Germany):",
        "statements",
        ("UN Security Council", "statement"),
    ),
    Case(
        "a-title-names-the-issuer",
        "Security Council Press Statement on Attack in Mogadishu\n\nThe members of the "
        "Security Council condemned in the strongest terms the attack.",
        "statements",
        ("UN Security Council", "statement"),
    ),
    Case(
        "statement-by-as-a-title",
        "Statement by the Special Adviser on Cyprus, Mr. Espen Larsen, following today's "
        "meeting\n\nToday the two leaders met in Nicosia.",
        "statements",
        ("Espen Larsen", "statement"),
    ),
    Case(
        "press-statement-header-of-a-spokesperson",
        "Press Statement\nJane Moreau\nDeputy Department Spokesperson\nUS State Department\n"
        "Washington, DC\n\nWe condemn the attack on the convoy.",
        "statements",
        ("US State Department", "statement"),
    ),
    Case(
        "a-leader's-office-issues-the-statement",
        "Arvelian President Mira Castell will visit Doskara in May, Castell's office said "
        "in a statement.",
        "statements",
        ("Castell's office", "statement"),
    ),
    Case(
        "statement-attributable-to-an-unnamed-office-holder",
        "Statement attributable to the Spokesperson for the Secretary-General on Arvelia\n\n"
        "The Secretary-General welcomes the release of the detainees.",
        "statements",
        ("Secretary-General", "statement"),
    ),
    Case(
        "statement-by-after-a-title-prefix",
        "White House Press Release - Statement by Spokesperson Maria Kell on the Talks\n\n"
        "National Security Advisor Tom Rand met Foreign Policy Advisor Ivan Petrov.",
        "statements",
        ("Maria Kell", "statement"),
    ),
    Case(
        "joint-statement-one-per-co-issuer",
        STATES + "Arvelia and Doskara said in a joint statement that the border would reopen.",
        "statements",
        ("Doskara", "statement"),
    ),
    Case(
        "joint-statement-released-by",
        STATES + "The talks will resume in May, according to a joint statement released by "
        "Arvelia and Doskara on Thursday.",
        "statements",
        ("Arvelia", "statement"),
    ),
    Case(
        "report-noun-of-a-body",
        "Trade ministers met as a European Commission report on market distortions "
        "circulated in Brussels.",
        "statements",
        ("European Commission", "report"),
    ),
    Case(
        "communique-noun-of-a-body",
        "The Council welcomed the two ECOWAS communiqués of 18 August.",
        "statements",
        # a communiqué the text ties to no summit is drafted as a statement (the shapes
        # warn about a communiqué without dk:issuedAt)
        ("ECOWAS", "statement"),
    ),
    # -- agreements ------------------------------------------------------------------
    Case(
        "agreed-to-an-exchange-of-prisoners",
        STATES + "Arvelia and Doskara agreed on Tuesday to an exchange of prisoners.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "memorandum-between-two-ministries",
        "Kenya's Ministry of Energy and Ethiopia's Ministry of Water signed a memorandum "
        "of understanding on river data for the next three years.",
        "agreements",
        (frozenset({"Kenya's Ministry of Energy", "Ethiopia's Ministry of Water"}), "P3Y"),
    ),
    Case(
        "a-second-agreement-as-well-as",
        STATES + "Arvelia and Doskara are due to sign a friendship treaty that will run for "
        "twenty years, as well as an accord on visa-free travel.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "agreement-noun-signed-by-leaders",
        "The Council welcomed the Agreement on Peace and Friendship signed by the President "
        "of Eritrea and the Prime Minister of Ethiopia on 16 September in Jeddah.",
        "agreements",
        (frozenset({"Eritrea", "Ethiopia"}), None),
    ),
    Case(
        "ministers-sign-for-their-states",
        "At the end of their talks, Kenyan Foreign Minister Amos Njoroge and Ethiopian "
        "Foreign Minister Dawit Alemu signed, on behalf of their Governments, a Memorandum "
        "of Understanding on Consular Cooperation, which shall remain in force for a period "
        "of three years.",
        "agreements",
        (frozenset({"Kenya", "Ethiopia"}), "P3Y"),
    ),
    Case(
        "a-government-named-as-such-is-its-state",
        "On June 8, the United States Government signed a Memorandum of Understanding with "
        "the Government of Mexico to promote development in Central America.",
        "agreements",
        (frozenset({"United States", "Mexico"}), None),
    ),
    Case(
        "each-signer-signs-for-a-state",
        "Special Envoy Tomas Reld signed the Memorandum for the United States and Foreign "
        "Minister Ana Kulo signed for Kenya.",
        "agreements",
        (frozenset({"United States", "Kenya"}), None),
    ),
    Case(
        "praised-for-signing-agreements",
        "The Secretary-General congratulates the Governments of Sudan and South Sudan for "
        "signing agreements on security and the common border.",
        "agreements",
        (frozenset({"Sudan", "South Sudan"}), None),
    ),
    # -- accusations -----------------------------------------------------------------
    Case(
        "accused-of-keeps-direction",
        STATES + "Arvelia has long accused Doskara of diverting water from the river.",
        "accusations",
        ("Arvelia", "Doskara", False),
    ),
    Case(
        "accused-of-is-never-reversed",
        STATES + "Arvelia has long accused Doskara of diverting water from the river.",
        "accusations",
        ("Doskara", "Arvelia", False),
        present=False,
    ),
    Case(
        "blamed-for",
        STATES + "Doskaran Prime Minister Arvo Selin blamed Arvelia for the drop in the "
        "river's level.",
        "accusations",
        ("Arvo Selin", "Arvelia", False),
    ),
    Case(
        "criticised-what-she-described-as",
        "European Commission President Marta Lindqvist criticised what she described as "
        "China's unfair subsidies for electric cars.",
        "accusations",
        ("Marta Lindqvist", "China", False),
    ),
    Case(
        "dismissed-the-report-as",
        "A United Nations report published in August found abuse in two camps. Deputy "
        "Foreign Minister Lena Varga of Hungary dismissed the report as one-sided.",
        "accusations",
        ("Lena Varga", "United Nations", False),
    ),
    Case(
        "condemned-an-attack-attributed-to",
        "The members of the Security Council strongly condemned the drone attack, "
        "attributed to Eritrea, on a market in Mogadishu.",
        "accusations",
        # "attributed to" hedges the charge (as the real gold of such statements has it)
        ("UN Security Council", "Eritrea", True),
    ),
    Case(
        "raised-concerns-regarding-a-state's-deeds",
        "Secretary of State Dana Whitcombe raised our deep concerns regarding Russia's "
        "military deployments near Ukraine.",
        "accusations",
        ("Dana Whitcombe", "Russia", False),
    ),
    Case(
        "they-condemned-after-a-meeting",
        "President Amos Njoroge of Kenya met today with Prime Minister Dawit Alemu of "
        "Ethiopia in Nairobi. They also condemned Eritrea's attacks on commercial shipping.",
        "accusations",
        ("Dawit Alemu", "Eritrea", False),
    ),
    Case(
        "concern-about-a-deed-owned-by-a-list",
        "President Amos Njoroge of Kenya met today with Prime Minister Dawit Alemu of "
        "Ethiopia in Nairobi. They expressed deep concern about Eritrea and Somalia's supply "
        "of drones to the rebels.",
        "accusations",
        ("Amos Njoroge", "Somalia", False),
    ),
    Case(
        "they-defend-against-a-state's-aggression",
        "President Amos Njoroge of Kenya met today with Prime Minister Dawit Alemu of "
        "Ethiopia in Nairobi. They reaffirmed their support for Somalia as it resists "
        "Eritrea's aggression.",
        "accusations",
        ("Dawit Alemu", "Eritrea", False),
    ),
    Case(
        "a-subordinate-clause-subject-does-not-accuse",
        "President Amos Njoroge of Kenya met today with Prime Minister Dawit Alemu of "
        "Ethiopia in Nairobi. They reaffirmed their support for Somalia as it resists "
        "Eritrea's aggression.",
        "accusations",
        ("Somalia", "Eritrea", False),
        present=False,
    ),
    Case(
        "demonym-aggression",
        "Foreign Minister Ilka Moravin condemned Russian aggression against Georgia.",
        "accusations",
        ("Ilka Moravin", "Russia", False),
    ),
    Case(
        "called-on-someone-to-stop",
        "Foreign Minister Ilka Moravin called on Eritrea to end its shelling of border towns.",
        "accusations",
        ("Ilka Moravin", "Eritrea", False),
    ),
    Case(
        "called-for-an-end-to-a-deed-by-someone",
        "Foreign Minister Ilka Moravin called for an immediate end to the siege of the "
        "city by the Rapid Support Forces.",
        "accusations",
        ("Ilka Moravin", "Rapid Support Forces", False),
    ),
    Case(
        "we-condemn-in-a-press-statement",
        "Press Statement\nJane Moreau\nDeputy Department Spokesperson\nUS State Department\n"
        "Washington, DC\n\nWe strongly condemn the attacks by the Rapid Support Forces on "
        "the town of Kadugli.",
        "accusations",
        ("US State Department", "Rapid Support Forces", False),
    ),
    Case(
        "must-be-held-accountable",
        "Advisor Tom Rand said that Eritrea must be held accountable for its use of banned "
        "weapons.",
        "accusations",
        ("Tom Rand", "Eritrea", False),
    ),
    Case(
        "holds-someone-responsible",
        "Foreign Minister Ilka Moravin holds the Rapid Support Forces fully responsible for "
        "the siege.",
        "accusations",
        ("Ilka Moravin", "Rapid Support Forces", False),
    ),
    Case(
        "a-claimed-hostile-deed-is-hedged",
        STATES + "Arvelia says Doskara's navy fired at a fishing boat on the river.",
        "accusations",
        ("Arvelia", "Doskara", True),
    ),
    Case(
        "several-accusers-blame-one",
        "Turkish Foreign Minister Hakan Yilmaz and Pakistani Foreign Minister Asad Malik "
        "blamed the Rapid Support Forces for the siege.",
        "accusations",
        ("Asad Malik", "Rapid Support Forces", False),
    ),
    Case(
        "met-on-the-sidelines-in-a-city-with-a-labelled-list",
        "Foreign Minister Lena Vorst met on Friday on the sidelines of the Baltic Energy "
        "Forum in Riga, Latvia, with the Nordic ministers: Foreign Minister Anna Holm and "
        "Foreign Minister Erik Dahl.",
        "meetings",
        (frozenset({"Lena Vorst", "Anna Holm", "Erik Dahl"}), "2025-03-14"),
    ),
    Case(
        "an-owner-s-talks-on-a-day-with-a-partner",
        "Foreign Minister Lena Vorst flew home on Friday. The trip followed her talk "
        "Wednesday with Foreign Minister Erik Dahl, which both sides called useful.",
        "meetings",
        (frozenset({"Lena Vorst", "Erik Dahl"}), "2025-03-12"),
    ),
    Case(
        "attends-the-body-s-capitalised-ministers-meeting",
        "Foreign Minister Lena Vorst will attend the ASEAN Foreign Ministers' Meeting in "
        "Jakarta next week.",
        "meeting_participants",
        (frozenset({"Lena Vorst", "ASEAN"}),),
    ),
    Case(
        "received-at-a-named-place-the-guest",
        "Kenyan President William Ruto on Friday received at State House in Nairobi the "
        "Prime Minister of Uganda, Robinah Nabbanja.",
        "meetings",
        (frozenset({"William Ruto", "Robinah Nabbanja"}), "2025-03-14"),
    ),
    Case(
        "received-at-a-place-a-letter-is-no-meeting",
        "Kenyan President William Ruto received in Nairobi on Friday a letter from Ugandan "
        "Prime Minister Robinah Nabbanja.",
        "meeting_participants",
        (frozenset({"William Ruto", "Robinah Nabbanja"}),),
        present=False,
    ),
    Case(
        "an-agreement-reached-in-a-city-by-two-ministers-is-their-meeting",
        "The accord, reached in Kampala by Kenyan Foreign Minister Musalia Mudavadi and "
        "Ugandan Foreign Minister Jeje Odongo, sets new border fees.",
        "meeting_participants",
        (frozenset({"Musalia Mudavadi", "Jeje Odongo"}),),
    ),
    Case(
        "a-handshake-between-two-ministers",
        "There was a handshake between Kenyan Foreign Minister Musalia Mudavadi and Ugandan "
        "Foreign Minister Jeje Odongo in Kampala on Wednesday.",
        "meetings",
        (frozenset({"Musalia Mudavadi", "Jeje Odongo"}), "2025-03-12"),
    ),
    Case(
        "a-body-said-after-a-relative-clause",
        "The African Union, which brokered the truce last year, said the talks would resume "
        "in Addis Ababa.",
        "statements",
        ("African Union", "statement"),
    ),
    Case(
        "the-signing-by-the-parties-of-the-agreement",
        "The Secretary-General welcomed the signing by Kenya and Uganda of the border "
        "agreement brokered by the regional bloc.",
        "agreements",
        (frozenset({"Kenya", "Uganda"}), None),
    ),
    Case(
        "a-long-agreement-name-agreed-by-the-governments",
        "The Secretary-General welcomes the Framework Agreement for the Settlement of the "
        "Dispute in Turkana, which was agreed by the Government of Kenya and the Government "
        "of Uganda in Nairobi.",
        "agreements",
        (frozenset({"Kenya", "Uganda"}), None),
    ),
    Case(
        "said-a-state-tried-to-divide",
        STATES + 'Arvelian Foreign Minister Tomas Rell said Doskara had "long tried to '
        'undermine the river commission."',
        "accusations",
        ("Tomas Rell", "Doskara", False),
    ),
    Case(
        "said-a-state-is-not-meddling-is-no-accusation",
        STATES + "Arvelian Foreign Minister Tomas Rell said Doskara was not meddling in the vote.",
        "accusations",
        ("Tomas Rell", "Doskara", False),
        present=False,
    ),
    Case(
        "concern-that-a-state-continues-to",
        STATES + "Arvelian President Mara Vell expressed deep concern that, despite the truce, "
        "Doskara continues to block the river locks.",
        "accusations",
        ("Mara Vell", "Doskara", False),
    ),
    Case(
        "concern-that-talks-could-fail-accuses-no-one",
        STATES + "Arvelian President Mara Vell expressed concern that Doskara could not "
        "attend the talks.",
        "accusations",
        ("Mara Vell", "Doskara", False),
        present=False,
    ),
    Case(
        "the-government-of-the-story-s-place",
        "Tension rises in Nairobi\n\nOpposition leader Peter Kamau accused the government "
        "of rigging the vote in three counties.",
        "accusations",
        ("Peter Kamau", "Kenya", False),
    ),
    Case(
        "a-demonym-s-negotiators-believe-a-hostile-deed",
        "Kenyan negotiators privately believe that Uganda leaked the draft treaty to the press.",
        "accusations",
        ("Kenya", "Uganda", True),
    ),
    Case(
        "a-demonym-s-negotiators-who-do-not-believe-accuse-no-one",
        "Kenyan negotiators do not believe that Uganda leaked the draft treaty to the press.",
        "accusations",
        ("Kenya", "Uganda", True),
        present=False,
    ),
    Case(
        "a-demonym-s-negotiators-belief-is-never-reversed",
        "Kenyan negotiators privately believe that Uganda leaked the draft treaty to the press.",
        "accusations",
        ("Uganda", "Kenya", True),
        present=False,
    ),
    Case(
        "a-state-fears-that-another-seeks-weapons",
        "Japan fears that North Korea is trying to acquire chemical weapons from abroad.",
        "accusations",
        ("Japan", "North Korea", True),
    ),
    Case(
        "a-state-considers-that-another-delayed-a-process",
        "Chile considers that Peru obstructed the fisheries talks for a year.",
        "accusations",
        ("Chile", "Peru", True),
    ),
    Case(
        "a-state-that-fears-a-possible-delay-accuses-no-one",
        "Chile fears that Peru could delay the fisheries talks.",
        "accusations",
        ("Chile", "Peru", True),
        present=False,
    ),
    Case(
        "a-state-that-does-not-suspect-accuses-no-one",
        "Chile does not suspect that Peru stalled the fisheries talks.",
        "accusations",
        ("Chile", "Peru", True),
        present=False,
    ),
    Case(
        "a-suspicion-is-never-reversed",
        "Japan suspects that North Korea sabotaged the undersea cable.",
        "accusations",
        ("North Korea", "Japan", True),
        present=False,
    ),
    Case(
        "without-naming-a-state-she-warned",
        "Swedish Foreign Minister Karin Lund spoke in Riga. Without naming Belarus directly, "
        'she warned that "neighbours who push migrants over the border will pay a price".',
        "accusations",
        ("Karin Lund", "Belarus", True),
    ),
    Case(
        "did-not-name-a-state-but-said-it-opposed",
        "Indian Foreign Minister Ravi Menon did not name Pakistan in his speech, but said "
        'New Delhi firmly opposed "any state that shelters armed groups".',
        "accusations",
        ("Ravi Menon", "Pakistan", True),
    ),
    Case(
        "without-naming-a-state-the-communique-criticised",
        "Leaders of the African Union ended a summit in Accra with a communique. Without "
        'naming Egypt directly, the communique criticised "unilateral dam diplomacy."',
        "accusations",
        ("African Union", "Egypt", True),
    ),
    Case(
        "without-naming-a-state-praise-is-no-accusation",
        "Swedish Foreign Minister Karin Lund spoke in Riga. Without naming Belarus directly, "
        "she praised the region's progress on border cooperation.",
        "accusations",
        ("Karin Lund", "Belarus", True),
        present=False,
    ),
    Case(
        "did-not-name-and-did-not-criticise-is-no-accusation",
        "Indian Foreign Minister Ravi Menon did not name Pakistan and did not criticise its army.",
        "accusations",
        ("Ravi Menon", "Pakistan", True),
        present=False,
    ),
    Case(
        "the-unnamed-one-never-accuses",
        "Swedish Foreign Minister Karin Lund spoke in Riga. Without naming Belarus directly, "
        'she warned that "neighbours who push migrants over the border will pay a price".',
        "accusations",
        ("Belarus", "Karin Lund", True),
        present=False,
    ),
    Case(
        "an-unnamed-source-is-accusing",
        "A European negotiator is accusing Turkey of slowing down the customs talks.",
        "accusations",
        ("anonymous European negotiator", "Turkey", False),
    ),
    Case(
        "an-unnamed-source-blames",
        "An Asian diplomat blamed Vietnam for the collapse of the fishing accord.",
        "accusations",
        ("anonymous Asian diplomat", "Vietnam", False),
    ),
    Case(
        "an-unnamed-source-who-does-not-accuse-accuses-no-one",
        "An Asian diplomat did not accuse Vietnam of sinking the fishing accord.",
        "accusations",
        ("anonymous Asian diplomat", "Vietnam", False),
        present=False,
    ),
    Case(
        "an-unnamed-source-accusing-is-never-reversed",
        "A European negotiator is accusing Turkey of slowing down the customs talks.",
        "accusations",
        ("Turkey", "anonymous European negotiator", False),
        present=False,
    ),
    # -- relation classes of real readouts and UN notes (wip-xrel) --------------------
    Case(
        "agreed-on-a-weekday-to-do",
        STATES + "Arvelia and Doskara agreed on Wednesday to reopen the ferry crossing.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "signed-today-several-agreements",
        STATES + "Arvelia and Doskara signed today four customs agreements worth $20 million.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "the-two-demonyms-governments-signed",
        STATES + "The Arvelian and Doskaran governments signed two grain agreements in Lissar.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    Case(
        "the-two-demonyms-ministers-met",
        STATES + "Arvelian Foreign Minister Ilka Moravin landed in Lissar. Doskaran Foreign "
        "Minister Teodor Vashti joined her there.\n\nThe Arvelian and Doskaran ministers "
        "met again on Thursday.",
        "meetings",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "2025-03-13"),
    ),
    Case(
        "the-two-demonyms-of-unknown-people-name-no-meeting",
        STATES + "The Arvelian and Doskaran ministers met again on Thursday.",
        "meeting_participants",
        (frozenset({"Arvelia", "Doskara"}),),
        present=False,
    ),
    Case(
        "the-secretary-named-before-holds-talks",
        "Secretary of State Dana Whitcombe arrived in Lissar on Monday.\n\nOn Tuesday, the "
        "Secretary held talks with Arvelian Foreign Minister Ilka Moravin at the palace.",
        "meetings",
        (frozenset({"Dana Whitcombe", "Ilka Moravin"}), "2025-03-11"),
    ),
    Case(
        "the-foreign-secretary-is-one-title",
        "British Foreign Secretary Owen Pryce landed in Lissar.\n\nThe Foreign Secretary met "
        "with Arvelian Foreign Minister Ilka Moravin on Thursday.",
        "meetings",
        (frozenset({"Owen Pryce", "Ilka Moravin"}), "2025-03-13"),
    ),
    Case(
        "paid-a-courtesy-call-on",
        STATES + "Arvelian Interior Minister Jana Kovac paid a courtesy call on Doskaran "
        "President Lev Maran on Thursday.",
        "meetings",
        (frozenset({"Jana Kovac", "Lev Maran"}), "2025-03-13"),
    ),
    Case(
        "the-spokesman-who-said-it-is-no-guest",
        STATES + "Arvelian Justice Minister Sven Hale also met Doskaran Justice Minister "
        "Lars Wik, his spokesman said.",
        "meeting_participants",
        (frozenset({"Sven Hale", "anonymous spokesman"}),),
        present=False,
    ),
    Case(
        "lashed-out-at",
        STATES + "Doskaran Prime Minister Pavel Orsk lashed out at Arvelia for its dam policy.",
        "accusations",
        ("Pavel Orsk", "Arvelia", False),
    ),
    Case(
        "hit-without-out-at-is-no-criticism",
        STATES + "Doskaran Prime Minister Pavel Orsk hit Arvelia's record in a speech on trade.",
        "accusations",
        ("Pavel Orsk", "Arvelia", False),
        present=False,
    ),
    Case(
        "warned-someone-against-doing",
        STATES + "Arvelian Interior Minister Jana Kovac warned Doskara against interfering "
        "in the election.",
        "accusations",
        ("Jana Kovac", "Doskara", False),
    ),
    Case(
        "protested-to-someone-over",
        STATES + "The Arvelian government protested to Doskara over the arrest of two fishermen.",
        "accusations",
        ("Arvelia", "Doskara", False),
    ),
    Case(
        "denied-someone-s-accusations-that",
        STATES + "Doskara denied Arvelia's accusations that it had armed the rebels.",
        "accusations",
        ("Arvelia", "Doskara", False),
    ),
    Case(
        "said-a-state-violated",
        STATES + "Arvelian Trade Minister Anna Holm said Doskara had violated the trade treaty.",
        "accusations",
        ("Anna Holm", "Doskara", False),
    ),
    Case(
        "met-in-a-city-no-list-knows",
        "Arvelian Foreign Minister Ilka Moravin met Doskaran Foreign Minister Teodor Vashti "
        "in Port Alvor on Tuesday.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Port Alvor"),
    ),
    Case(
        "met-in-the-capital-comma-name",
        "Arvelian Foreign Minister Ilka Moravin met Doskaran Foreign Minister Teodor Vashti "
        "in the capital, Vesk, on Monday.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Vesk"),
    ),
    Case(
        "met-at-a-body-s-seat-is-no-place",
        "Arvelian Foreign Minister Ilka Moravin met Doskaran Foreign Minister Teodor Vashti "
        "at the Chancellery.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Chancellery"),
        present=False,
    ),
    Case(
        "travels-to-a-city-for-talks",
        "Arvelian Foreign Minister Ilka Moravin will travel on to Paris on Saturday for "
        "talks with French Foreign Minister Jean Barrot.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Jean Barrot"}), "Paris"),
    ),
    Case(
        "upon-arrival-in-a-city-held-talks",
        "Upon her arrival in Geneva yesterday, Arvelian Foreign Minister Ilka Moravin held "
        "talks with Doskaran Foreign Minister Teodor Vashti.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Geneva"),
    ),
    Case(
        "a-city-in-a-state-is-the-place-not-the-state",
        STATES + "Arvelian Foreign Minister Ilka Moravin flew to Vesk, in Doskara, where she "
        "met Doskaran Foreign Minister Teodor Vashti.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Doskara"),
        present=False,
    ),
    Case(
        "convened-a-body",
        "Arvelian President Mara Vell today convened her National Security Council to "
        "review the river crisis.",
        "meeting_participants",
        (frozenset({"Mara Vell", "National Security Council"}),),
    ),
    Case(
        "consulting-with-a-party-s-officials",
        "Opposition leader Tomas Rell was in Vesk on Tuesday consulting with top Freedom "
        "Party officials.",
        "meeting_places",
        (frozenset({"Tomas Rell", "Freedom Party"}), "Vesk"),
    ),
    Case(
        "states-sign-on-a-day-in-a-city",
        STATES + "Arvelia and Doskara signed the Tamsin Water Treaty on March 3 in Vesk.",
        "meeting_places",
        (frozenset({"Arvelia", "Doskara"}), "Vesk"),
    ),
    Case(
        "agreements-signed-by-states-are-no-session",
        STATES + "The trade agreements signed by Arvelia and Doskara on Thursday took effect.",
        "meeting_participants",
        (frozenset({"Arvelia", "Doskara"}),),
        present=False,
    ),
    Case(
        "states-signed-a-pact-in-a-city-last-month-in-passing",
        STATES + "Arvelia and Doskara signed a defence pact in Vesk last month.",
        "meeting_participants",
        (frozenset({"Arvelia", "Doskara"}),),
        present=False,
    ),
    Case(
        "the-visitor-is-the-subject-of-the-that-clause",
        STATES + "Arvelian Foreign Minister Ilka Moravin has announced that the Foreign "
        "Minister of Doskara, Teodor Vashti, will visit Arvelia next week.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Arvelia"}),),
    ),
    Case(
        "had-harsh-criticism-of",
        STATES + "Arvelian Vice President Mara Vell had harsh criticism of Doskara for its "
        "dam policy.",
        "accusations",
        ("Mara Vell", "Doskara", False),
    ),
    Case(
        "levelled-accusations-against",
        STATES + "Arvelian Trade Minister Anna Holm levelled fresh accusations against "
        "Doskara over the tariffs.",
        "accusations",
        ("Anna Holm", "Doskara", False),
    ),
    Case(
        "criticism-of-the-way-a-state-acts-names-no-culprit-here",
        STATES + "Arvelian Trade Minister Anna Holm had criticism of the way Doskara "
        "counts its votes.",
        "accusations",
        ("Anna Holm", "Doskara", False),
        present=False,
    ),
    Case(
        "criticised-both-governments",
        STATES + "Former Arvelian Prime Minister Tomas Rell, who held the post until 2014, "
        'criticised both governments. "They are wrong," he said.',
        "accusations",
        ("Tomas Rell", "Doskara", False),
    ),
    Case(
        "a-state-s-government-said",
        STATES + "Arvelia's government said its foreign minister had met his Doskaran "
        "counterpart for three hours.",
        "statements",
        ("Arvelia", "statement"),
    ),
    Case(
        "the-demonym-government-announced",
        STATES + "The Doskaran government announced on Monday it would reopen the border.",
        "statements",
        ("Doskara", "statement"),
    ),
    Case(
        "officials-in-a-government-said-is-not-the-state-s-statement",
        STATES + "Officials in the Doskaran government said nothing about the border.",
        "statements",
        ("Doskara", "statement"),
        present=False,
    ),
    Case(
        "a-joint-declaration-between-two-states",
        STATES + "The United Nations welcomes the adoption of the Joint Declaration of Peace "
        "and Friendship between Arvelia and Doskara.",
        "statements",
        ("Doskara", "declaration"),
    ),
    Case(
        "no-joint-declaration-between-two-states",
        STATES + "There was no joint declaration between Arvelia and Doskara.",
        "statements",
        ("Doskara", "declaration"),
        present=False,
    ),
    Case(
        "will-sit-down-with",
        STATES + "Arvelian Prime Minister Pavel Orsk will sit down with Doskaran President "
        "Lev Maran on Saturday.",
        "meetings",
        (frozenset({"Pavel Orsk", "Lev Maran"}), "2025-03-15"),
    ),
    Case(
        "was-hosted-by",
        STATES + "Doskaran President Lev Maran was hosted by Arvelian Prime Minister Pavel "
        "Orsk in Vesk.",
        "meeting_places",
        (frozenset({"Pavel Orsk", "Lev Maran"}), "Vesk"),
    ),
    Case(
        "two-leaders-will-hold-a-summit",
        STATES + "Doskaran President Lev Maran and Arvelian Prime Minister Pavel Orsk will "
        "hold a summit in Vesk in May.",
        "meeting_participants",
        (frozenset({"Pavel Orsk", "Lev Maran"}),),
    ),
    Case(
        "held-a-meeting-of-her-cabinet-is-no-meeting-of-two",
        STATES + "Arvelian Foreign Minister Ilka Moravin held a meeting of her cabinet after "
        "Doskaran Foreign Minister Teodor Vashti left.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "cancelled-his-talks-with-is-no-meeting",
        STATES + "Arvelian Prime Minister Pavel Orsk cancelled his talks with Doskaran Prime "
        "Minister Olaf Brandt.",
        "meeting_participants",
        (frozenset({"Pavel Orsk", "Olaf Brandt"}),),
        present=False,
    ),
    Case(
        "a-meeting-between-two-was-called-off",
        STATES + "A planned meeting between Arvelian Foreign Minister Ilka Moravin and "
        "Doskaran Foreign Minister Teodor Vashti in Vesk was called off.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "no-plans-to-meet",
        STATES + "Arvelian Defence Minister Rita Kolb has no plans to meet Doskaran Defence "
        "Minister Ole Krag.",
        "meeting_participants",
        (frozenset({"Rita Kolb", "Ole Krag"}),),
        present=False,
    ),
    Case(
        "met-after-another-meeting-was-cancelled",
        STATES + "Arvelian Justice Minister Sven Hale met Doskaran Justice Minister Lars Wik on "
        "Monday after a summit in May was cancelled.",
        "meetings",
        (frozenset({"Sven Hale", "Lars Wik"}), "2025-03-10"),
    ),
    Case(
        "a-statement-from-a-body-said",
        STATES + "A statement from the Doskaran defence ministry said two soldiers were wounded.",
        "statements",
        ("Doskaran defence ministry", "statement"),
    ),
    Case(
        "according-to-a-statement-by",
        STATES + "According to a statement by the United Nations, aid deliveries resumed.",
        "statements",
        ("United Nations", "statement"),
    ),
    Case(
        "a-statement-from-a-body-in-passing-is-not-drafted",
        STATES + "The raid followed a statement from the Arvelian foreign ministry.",
        "statements",
        ("Arvelian foreign ministry", "statement"),
        present=False,
    ),
    Case(
        "extended-their-ceasefire",
        STATES + "Arvelia and Doskara extended their ceasefire by three months.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    # a party's means in an aside; the signers of an agreement told before
    Case(
        "a-party-through-its-agency-and-a-body-signed",
        STATES + "Arvelia, through its Water Agency, and the Ministry of Agriculture of "
        "Doskara have signed a new irrigation partnership agreement.",
        "agreements",
        (frozenset({"Arvelia", "Ministry of Agriculture of Doskara"}), None),
    ),
    Case(
        "the-aside-s-agency-is-no-party",
        STATES + "Arvelia, through its Water Agency, and the Ministry of Agriculture of "
        "Doskara have signed a new irrigation partnership agreement.",
        "agreements",
        (frozenset({"Water Agency", "Ministry of Agriculture of Doskara"}), None),
        present=False,
    ),
    Case(
        "signers-of-the-agreement-told-before-are-no-parties",
        STATES + "Arvelia, through its Water Agency, and the Ministry of Agriculture of "
        "Doskara have signed a new irrigation partnership agreement.\n\n"
        "Agency Director Pell Oram and Deputy Minister Sami Teodor signed the irrigation "
        "partnership agreement in Lissar.",
        "agreements",
        (frozenset({"Pell Oram", "Sami Teodor"}), None),
        present=False,
    ),
    Case(
        "signing-the-agreement-first-told-there-is-an-agreement",
        STATES + "Arvelian Foreign Minister Ilka Moravin and Doskaran Foreign Minister "
        "Teodor Vashti signed the border demarcation agreement in Lissar.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
    ),
    # what was agreed ends before an adjunct of time, place or comment
    Case(
        "agreed-to-do-ends-before-following",
        STATES + "Arvelia and Doskara agreed to resume river patrols following their talks "
        "on Monday.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "agreement to resume river patrols"),
    ),
    Case(
        "agreed-to-do-ends-before-a-comment",
        STATES + "Arvelia and Doskara agreed to reopen the bridge, a decision farmers welcomed.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "agreement to reopen the bridge"),
    ),
    Case(
        "agreed-to-do-keeps-a-place-word-that-is-its-object",
        STATES + "Arvelia and Doskara agreed today to cooperate in Arctic research in Lissar.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "agreement to cooperate in Arctic research"),
    ),
    # "the agreements they announced … on a X and on a Y": one agreement per thing agreed
    Case(
        "the-agreements-they-announced-on-a-duration-ceasefire",
        STATES + "The Secretary-General congratulates Arvelia and Doskara for the agreements "
        "they announced in Lissar today on a three-month ceasefire and on a mechanism to "
        "monitor the river.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), "P3M"),
    ),
    Case(
        "the-agreements-they-announced-second-thing-agreed-on",
        STATES + "The Secretary-General congratulates Arvelia and Doskara for the agreements "
        "they announced in Lissar today on a three-month ceasefire and on a mechanism to "
        "monitor the river.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "mechanism to monitor the river"),
    ),
    Case(
        "both-countries-and-the-agreements-they-have-signed",
        STATES + "He urged both countries to implement the agreements they have signed.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "agreements"),
    ),
    Case(
        "the-agreement-they-signed-is-the-one-told-before",
        STATES + "Arvelia and Doskara signed a water treaty on Monday. Farmers praised the "
        "agreement they signed.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "agreement"),
        present=False,
    ),
    Case(
        "the-deal-they-reached-with-no-parties-told-is-none",
        STATES + "Activists criticised the deal they have reached on the river.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "deal"),
        present=False,
    ),
    # demands and concerns: "the need for X to do more", "called for X to end", coordinated deeds
    Case(
        "the-need-for-a-state-to-do-more-is-hedged-criticism",
        STATES + "Arvelian President Mara Vell stressed the need for Doskara to do more to "
        "protect civilians.",
        "accusations",
        ("Mara Vell", "Doskara", True),
    ),
    Case(
        "the-need-for-a-state-to-invest-is-no-criticism",
        STATES + "Arvelian President Mara Vell stressed the need for Doskara to invest in schools.",
        "accusations",
        ("Mara Vell", "Doskara", True),
        present=False,
    ),
    Case(
        "called-for-a-state-to-end",
        STATES + "Arvelian President Mara Vell called for Doskara to end its blockade of the "
        "river.",
        "accusations",
        ("Mara Vell", "Doskara", False),
    ),
    Case(
        "called-for-talks-with-a-state-is-no-criticism",
        STATES + "Arvelian President Mara Vell called for talks with Doskara to resume.",
        "accusations",
        ("Mara Vell", "Doskara", False),
        present=False,
    ),
    Case(
        "they-who-met-stressed-the-need-for",
        STATES + "President Mara Vell met Prime Minister Teodor Vashti in Lissar on Monday. "
        "They stressed the need for Doskara to do more to protect civilians.",
        "accusations",
        ("Teodor Vashti", "Doskara", True),
    ),
    Case(
        "concern-about-a-second-owner-s-deed",
        STATES + "Arvelian President Mara Vell expressed deep concern about Doskara's supply "
        "of drones to Russia and China's support to Russia's army.",
        "accusations",
        ("Mara Vell", "China", False),
    ),
    Case(
        "concern-about-deeds-never-accuses-the-one-supplied",
        STATES + "Arvelian President Mara Vell expressed deep concern about Doskara's supply "
        "of drones to Russia and China's support to Russia's army.",
        "accusations",
        ("Mara Vell", "Russia", False),
        present=False,
    ),
    # a state's armed service as an actor: "the Doskaran army" accuses and is accused
    Case(
        "the-demonym-army-accuses",
        STATES + "The Doskaran army has accused Arvelia of arming the rebels, a charge Lissar "
        "denies.",
        "accusations",
        ("Doskaran army", "Arvelia", False),
    ),
    Case(
        "the-demonym-army-is-accused",
        STATES + "Arvelian President Mara Vell accused the Doskaran army of staging the attack.",
        "accusations",
        ("Mara Vell", "Doskaran army", False),
    ),
    Case(
        "demonym-military-operations-are-no-body",
        STATES + "Arvelian President Mara Vell condemned the Doskaran military operations "
        "near the river.",
        "accusations",
        ("Mara Vell", "Doskaran military", False),
        present=False,
    ),
    Case(
        "a-ministry-dismisses-the-allegation-made-against-its-state",
        STATES + "The Doskaran army has accused Arvelia of arming the rebels. The Arvelian "
        'foreign ministry on Thursday dismissed the allegation as "baseless".',
        "accusations",
        ("Arvelian foreign ministry", "Doskaran army", False),
    ),
    Case(
        "a-ministry-dismissing-an-allegation-against-another-state-answers-no-one",
        STATES + "The Doskaran army has accused Tarvonia of arming the rebels. The Arvelian "
        'foreign ministry on Thursday dismissed the allegation as "baseless".',
        "accusations",
        ("Arvelian foreign ministry", "Doskaran army", False),
        present=False,
    ),
    # an agreement ratified or brought into force by its parties
    Case(
        "exchanged-notes-bringing-into-force-the-agreement",
        STATES + "Arvelia and Doskara also exchanged diplomatic notes bringing into force the "
        "Water Sharing Agreement, which was signed in 2010.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "water sharing agreement"),
    ),
    Case(
        "two-states-ratified-the-treaty",
        STATES + "Arvelia and Doskara ratified the border treaty on Monday.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "border treaty"),
    ),
    Case(
        "has-not-ratified-the-treaty-with-is-none",
        STATES + "Arvelia has not ratified the border treaty with Doskara.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "border treaty"),
        present=False,
    ),
    # two states named before the agreement's name, when the clause says it was made
    Case(
        "since-the-a-b-partnership-was-agreed",
        STATES + "It is ten years since the Arvelia Doskara Comprehensive Strategic Partnership "
        "was agreed.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "comprehensive strategic partnership"),
    ),
    Case(
        "the-a-b-treaty-never-ratified-is-none",
        STATES + "The Arvelia Doskara border treaty has never been ratified.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "border treaty"),
        present=False,
    ),
    Case(
        "the-proposed-a-b-treaty-discussed-is-none",
        STATES + "The proposed Arvelia Doskara border treaty was discussed on Monday.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "border treaty"),
        present=False,
    ),
    Case(
        "an-end-to-a-deed-and-a-demonym-s-retaliation-pins-both",
        STATES + "Arvelian President Mara Vell called for an end to the shelling by Doskara "
        "and Turkish retaliatory action.",
        "accusations",
        ("Mara Vell", "Turkey", False),
    ),
    Case(
        "an-end-to-a-deed-and-a-call-to-a-demonym-s-people-is-no-deed",
        STATES + "Arvelian President Mara Vell called for an end to the shelling by Doskara "
        "and urged Turkish farmers to stay calm.",
        "accusations",
        ("Mara Vell", "Turkey", False),
        present=False,
    ),
    Case(
        "condemned-a-demonym-s-blockade",
        STATES + "Arvelian President Mara Vell condemned the Doskaran blockade of the river.",
        "accusations",
        ("Mara Vell", "Doskara", False),
    ),
    # bare plural agreements are told apart by what they are on
    Case(
        "for-signing-agreements-on-topics",
        STATES + "The Secretary-General congratulates Arvelia and Doskara for signing "
        "agreements on security, the common border and economic relations.",
        "agreement_kinds",
        (
            frozenset({"Arvelia", "Doskara"}),
            "agreements on security, the common border and economic relations",
        ),
    ),
    Case(
        "signed-agreements-on-a-weekday-keep-their-noun",
        STATES + "Arvelia and Doskara signed two agreements on Monday in Lissar.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "agreements"),
    ),
    # one agreement told twice: in the headline and the story, by its noun and its signers
    Case(
        "a-headline-s-deal-told-again-below-is-one-agreement",
        "Arvelia and Doskara sign river cable deal\n\nBy Jane Roe\n\n"
        + STATES
        + "Arvelia and Doskara on Tuesday signed a deal to build a power cable under the river.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "river cable deal"),
        present=False,
    ),
    Case(
        "the-story-s-telling-of-the-headline-deal-is-kept",
        "Arvelia and Doskara sign river cable deal\n\nBy Jane Roe\n\n"
        + STATES
        + "Arvelia and Doskara on Tuesday signed a deal to build a power cable under the river.",
        "agreement_kinds",
        (frozenset({"Arvelia", "Doskara"}), "deal"),
    ),
    Case(
        "the-memorandum-signed-by-two-ministers-is-the-bodies-one",
        STATES + "Arvelia's Ministry of Energy and Doskara's Ministry of Water signed a "
        "memorandum of understanding on river data. The memorandum was signed by Arvelian "
        "Energy Minister Pell Oram and Doskaran Water Minister Sami Teodor.",
        "agreements",
        (frozenset({"Arvelia", "Doskara"}), None),
        present=False,
    ),
    Case(
        "said-a-state-was-responsible-for",
        STATES + "Arvelian President Mara Vell said Doskara was responsible for the flooding.",
        "accusations",
        ("Mara Vell", "Doskara", False),
    ),
    Case(
        "called-a-state-s-actions-unacceptable",
        STATES + 'Arvelian President Mara Vell called Doskara\'s actions "unacceptable".',
        "accusations",
        ("Mara Vell", "Doskara", False),
    ),
    Case(
        "described-the-demonym-strikes-as-illegal",
        STATES + "Arvelian Foreign Minister Ilka Moravin described the Doskaran strikes as "
        "illegal.",
        "accusations",
        ("Ilka Moravin", "Doskara", False),
    ),
    Case(
        "called-a-state-s-decision-wise-is-no-criticism",
        STATES + 'Arvelian Foreign Minister Ilka Moravin called Doskara\'s decision "wise".',
        "accusations",
        ("Ilka Moravin", "Doskara", False),
        present=False,
    ),
    Case(
        "met-today-with-members-of-two-bodies",
        "Special Envoy Ruth Okello met today with members of the Electoral Reform "
        "Commission and the National Dialogue Committee.",
        "meeting_participants",
        (frozenset({"Ruth Okello", "Electoral Reform Commission", "National Dialogue Committee"}),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_relation_fact(case: Case) -> None:
    found = READ[case.kind](facts(case.text, case.published))
    if case.present:
        assert case.fact in found, found
    else:
        assert case.fact not in found, found


@pytest.mark.parametrize(
    ("phrase", "published", "future", "day"),
    [
        ("on Friday", FRI, False, "2025-03-14"),  # the publication's own weekday: that day
        ("on Friday", FRI, True, "2025-03-14"),
        ("last Friday", FRI, False, "2025-03-07"),
        ("next Friday", FRI, False, "2025-03-21"),
        ("on Thursday", FRI, False, "2025-03-13"),  # otherwise the most recent one
        ("on Saturday", FRI, True, "2025-03-15"),  # or the next one for a planned event
        ("on Tuesday", TUE, False, "2026-02-10"),
        ("next Tuesday", TUE, True, "2026-02-17"),
    ],
)
def test_weekdays_resolve_in_news_copy_convention(
    phrase: str, published: dt.date, future: bool, day: str
) -> None:
    res = resolve(phrase, published=published, future=future)
    assert res is not None
    assert res.value == day


# -- the styled articles written for these rules (tests/data/styled/) -------------------

STYLED = sorted((DATA / "styled").glob("*.txt"))


def test_the_styled_set_is_described() -> None:
    assert len(STYLED) >= 16
    readmes = "".join(
        p.read_text(encoding="utf-8") for p in sorted((DATA / "styled").glob("README*.md"))
    )
    assert all(f"| {p.stem} |" in readmes for p in STYLED)


@pytest.mark.parametrize("article", STYLED, ids=lambda p: p.stem)
def test_styled_gold_is_valid_and_grounded(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    gold = load_gold(article.with_name(article.stem + ".gold.json"))
    assert check_gold(gold, text) == []
    meta = load_metadata(article.with_name(article.stem + ".meta.yaml"))
    assert (meta.published, meta.publisher) == (gold.published, gold.publisher)
    assert 150 <= len(text.split()) <= 600


#: Whether a draft conforms does not depend on the SHACL engine: ``auto`` (the fast engine
#: where it is exact) in the fast tier, pySHACL too in the whole suite (same cases).
ENGINES = ["auto", pytest.param("pyshacl", marks=pytest.mark.slow)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("article", STYLED, ids=lambda p: p.stem)
def test_styled_drafts_load_convert_and_validate(article: Path, engine: str) -> None:
    # the relation rules draft facts the shapes accept: parties, issuers, participants
    draft = extract_file(article)
    assert draft.annotation == load_annotation(draft_path(article.stem), content=draft.yaml)
    graph, _ = convert_article(
        article_id=article.stem,
        text=article.read_text(encoding="utf-8"),
        metadata=load_metadata(article.with_name(article.stem + ".meta.yaml")),
        annotation=draft.annotation,
        registry=Registry(entities={}),
    )
    report = validate_graph(graph, engine=engine)
    assert report.conforms, [r.message for r in report.results][:5]
