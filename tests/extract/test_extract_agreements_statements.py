"""Agreements and statements on unseen news (issue 12): one case per class of phrasing.

Each case is a text written for this file (two invented states, their ministers), the
fact it must yield or must not, read back through the evaluation as in
``test_extract_relations``: parties and issuers as sets of canonical names, with the
agreement's kind (or the statement's) and, where the text fixes it, the day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from diplokg.evaluate.items import FactSet
from diplokg.extract import extract_annotation
from tests.extract.test_extract_relations import STATES, facts

FRI = dt.date(2025, 3, 14)  # a Friday: "on Tuesday" is 2025-03-11
MINISTERS = (
    STATES + "Arvelian Foreign Minister Ilka Moravin and Doskaran Foreign Minister Teodor "
    "Vashti met in Lissar on Tuesday.\n\n"
)
BOTH = frozenset({"Arvelia", "Doskara"})
#: a spokesperson's readout of the talks, quoted for paragraphs ("{}": its last paragraph)
READOUT = (
    STATES + "Arvelian Foreign Minister Ilka Moravin met Doskaran Foreign Minister Teodor "
    "Vashti in Lissar on Tuesday.\n\nA spokesperson for the Foreign Minister said:\n\n"
    "“During their meeting, the two ministers discussed a full range of issues.\n\n"
    "On trade, the Foreign Minister set out her views.\n\n{}”"
)
#: a joint release whose prose tells no meeting, only the dialogue held
RELEASE = (
    "Arvelia-Doskara Strategic Dialogue Joint Outcomes Statement\n\n"
    + STATES
    + "The Second Arvelia-Doskara Strategic Dialogue was held in Lissar on 11 March 2025.\n\n"
)


def agreements(f: FactSet) -> set[tuple[object, ...]]:
    return {(frozenset(p.name for p in a.parties), a.kind, a.date) for a in f.agreements}


def agreement_parties(f: FactSet) -> set[frozenset[str]]:
    return {frozenset(p.name for p in a.parties) for a in f.agreements}


def statements(f: FactSet) -> set[tuple[object, ...]]:
    return {(s.issuer.name, s.kind) for s in f.statements}


@dataclass(frozen=True)
class Case:
    """A text and the agreement (parties, kind, date) it must yield, or none of ``BOTH``."""

    id: str
    text: str
    fact: tuple[object, ...] | None


AGREEMENT_CASES = [
    # -- "the ministers / the two sides agreed …": those who met, for their states --------
    Case(
        "the-ministers-agreed-on-the-need-to",
        MINISTERS + "The ministers agreed on the need to widen cooperation on river security.",
        (BOTH, "agreement to widen cooperation on river security", "2025-03-11"),
    ),
    Case(
        "the-two-sides-agreed-to",
        MINISTERS + "The two sides agreed to set up a joint water commission.",
        (BOTH, "agreement to set up a joint water commission", "2025-03-11"),
    ),
    Case(
        "a-coordinated-subject-agreed-on-the-need-to",
        STATES + "Arvelia and Doskara agreed on the need to reopen the border crossings.",
        (BOTH, "agreement to reopen the border crossings", None),
    ),
    Case(
        "the-two-signed-with-an-aside",
        MINISTERS + "The two signed, on behalf of their countries, a memorandum on river policing.",
        (BOTH, "memorandum", "2025-03-11"),
    ),
    Case(
        "they-agreed-on-the-day-they-met",  # ministers agree for their states
        MINISTERS.rstrip() + " They agreed to set up a joint water commission.",
        (BOTH, "agreement to set up a joint water commission", "2025-03-11"),
    ),
    Case(
        "they-stand-for-the-group-the-sentence-before-opens-with",
        MINISTERS + "The two ministers confirmed that President Aram Velis will meet President "
        "Dana Korr in Lissar in May. They agreed to speed up preparations for that summit.",
        (BOTH, "agreement to speed up preparations for that summit", "2025-03-11"),
    ),
    Case(
        "they-stand-for-the-names-the-sentence-before-opens-with",
        STATES + "Arvelia and Doskara have long disputed the river. They agreed on Monday to "
        "share its water.",
        (BOTH, "agreement to share its water", "2025-03-10"),
    ),
    Case(
        "they-after-a-sentence-whose-subject-is-something-else",
        STATES + "The river divides Arvelia and Doskara. They agreed on Monday to share its water.",
        None,
    ),
    # -- "concurred / confirmed / agreed that they will …": a commitment both make ------------
    Case(
        "the-two-sides-decided-to",
        MINISTERS + "The two sides decided to set up a joint water commission.",
        # (a decision, as the gold tells what two decided to do: p08, z05)
        (BOTH, "decision to set up a joint water commission", "2025-03-11"),
    ),
    Case(
        "the-leaders-decided-on-the-way-forward-not-on-the-day-of-a-statement",
        MINISTERS + "In line with the statement of 3 March, the ministers decided on the way "
        "forward for the negotiations.",
        (BOTH, "agreement on the way forward for the negotiations", "2025-03-11"),
    ),
    Case(
        "one-state-decided-to",
        STATES + "Arvelia decided to withdraw its ambassador from Doskara.",
        None,
    ),
    Case(
        "agreed-with-a-state-to",
        STATES + "Arvelia agreed with Doskara on Monday to reopen the border crossings.",
        (BOTH, "agreement to reopen the border crossings", "2025-03-10"),
    ),
    Case(
        "agreed-with-her-counterpart-to",
        STATES + "Arvelian Foreign Minister Ilka Moravin agreed with her counterpart, Doskaran "
        "Foreign Minister Teodor Vashti, to reopen the border crossings.",
        (BOTH, "agreement to reopen the border crossings", None),
    ),
    Case(
        "never-agreed-with",
        STATES + "Arvelia never agreed with Doskara to reopen the border crossings.",
        None,
    ),
    Case(
        "agreed-to-remain-in-close-touch-is-a-courtesy",
        MINISTERS + "The ministers agreed to remain in close touch.",
        None,
    ),
    Case(
        "the-two-ministers-concurred-that-they-would",
        MINISTERS + "The two Ministers concurred that they would further strengthen security "
        "cooperation.",
        (BOTH, "agreement to strengthen security cooperation", "2025-03-11"),
    ),
    Case(
        "after-a-leading-phrase-they-confirmed-that-they-will",
        MINISTERS + "On the river, they confirmed that they will closely coordinate their "
        "responses.",
        (BOTH, "agreement to coordinate their responses", "2025-03-11"),
    ),
    Case(
        "concurred-that-after-an-aside-the-two-countries-would",
        MINISTERS + "The ministers concurred that, in order to build on recent progress, the two "
        "countries would continue to deepen discussions on flood control.",
        (BOTH, "agreement to continue deepening discussions on flood control", "2025-03-11"),
    ),
    Case(
        "confirmed-that-the-named-states-would",
        MINISTERS + "Furthermore, they confirmed that Arvelia and Doskara would continue to "
        "fund the river commission.",
        (BOTH, "agreement to continue funding the river commission", "2025-03-11"),
    ),
    Case(
        "the-two-ministers-confirmed-in-a-later-numbered-paragraph",
        MINISTERS + "1. The ministers discussed the river.\n\n2. With regard to the dam, the "
        "two ministers confirmed that they will cooperate on flood control.",
        (BOTH, "agreement to cooperate on flood control", "2025-03-11"),
    ),
    Case(
        "named-ministers-agreed-upon-the-importance-of",
        MINISTERS + "Minister Moravin and Minister Vashti agreed upon the importance of the "
        '"rule of law."',
        (BOTH, "agreement on the importance of the rule of law", "2025-03-11"),
    ),
    Case(
        "they-agreed-on-the-importance-of",
        MINISTERS.rstrip() + " On the dam, they agreed on the importance of moving towards a "
        "shared plan, officials said.",
        (BOTH, "agreement on the importance of moving towards a shared plan", "2025-03-11"),
    ),
    Case(
        "did-not-agree-on-the-importance-of",
        MINISTERS + "The ministers did not agree on the importance of the new dam.",
        None,
    ),
    Case(
        "stressed-the-importance-of-is-no-agreement",
        MINISTERS + "Both ministers stressed the importance of the rule of law.",
        None,
    ),
    Case(
        "confirmed-that-their-relations-will-be-advanced",
        MINISTERS + "The ministers also confirmed that Arvelia-Doskara cooperative relations "
        "will be further advanced in a wide range of areas.",
        (
            BOTH,
            "agreement that Arvelia-Doskara cooperative relations will be advanced",
            "2025-03-11",
        ),
    ),
    Case(
        "confirmed-that-a-session-will-be-held",
        MINISTERS + "The ministers confirmed that the Joint Commission session will be held "
        "in Lissar.",
        None,
    ),
    Case(
        "confirmed-that-it-is-important-is-a-view",
        MINISTERS + "The two ministers confirmed that it is important to reopen the border.",
        None,
    ),
    Case(
        "agreed-that-these-were-is-a-view",
        MINISTERS + "The ministers agreed that these talks were a clear sign of trust.",
        None,
    ),
    Case(
        "confirmed-that-another-will-visit-is-no-agreement",
        MINISTERS + "The two ministers confirmed that President Aram Velis will visit Doskara "
        "in May.",
        None,
    ),
    Case(
        "agreed-that-a-session-will-be-held-is-no-agreement",
        MINISTERS + "The two sides agreed that the next session of the joint commission will be "
        "held in Lissar.",
        None,
    ),
    Case(
        "agreed-that-they-would-meet-again-is-a-planned-meeting",
        MINISTERS + "The ministers agreed that they would meet again in June.",
        None,
    ),
    Case(
        "confirmed-that-they-will-attend-is-a-planned-meeting",
        MINISTERS + "The two ministers confirmed that they will attend the river summit in May.",
        None,
    ),
    Case(
        "did-not-confirm-that-they-would",
        MINISTERS + "The ministers did not confirm that Arvelia and Doskara would reopen the "
        "border.",
        None,
    ),
    Case(
        "might-have-concurred-that-they-would",
        MINISTERS + "Analysts said the ministers might have concurred that they would reopen "
        "the border.",
        None,
    ),
    Case(
        "the-two-ministers-capitalised",
        MINISTERS + "The two Ministers signed a memorandum on river policing.",
        (BOTH, "memorandum", "2025-03-11"),
    ),
    Case(
        "the-ministers-did-not-agree",
        MINISTERS + "The ministers did not agree on the need to reopen the border.",
        None,
    ),
    Case(
        "the-ministers-might-have-agreed",
        MINISTERS + "Analysts said the ministers might have agreed to reopen the border.",
        None,
    ),
    Case(
        "the-ministers-did-not-sign-the-planned-one",
        MINISTERS + "The ministers did not sign the planned water agreement.",
        None,
    ),
    # -- "agreed on a new tariff": an agreement on what the noun names ---------------------
    Case(
        "agreed-on-weekday-on-a-new-noun",
        STATES + "Arvelia and Doskara agreed on Wednesday on a new tariff for the power "
        "produced by their shared dam.",
        (BOTH, "tariff agreement", "2025-03-12"),
    ),
    Case(
        "have-agreed-on-a-noun",
        STATES + "Arvelia and Doskara have agreed on a roadmap for the return of refugees.",
        (BOTH, "roadmap agreement", None),
    ),
    Case(
        "have-not-agreed-on-a-noun",
        STATES + "Arvelia and Doskara have not agreed on a date for the next round.",
        None,
    ),
    Case(
        "agreed-on-the-need-for-calm-is-no-agreement",
        STATES + "Arvelia and Doskara agreed on the need for calm.",
        None,
    ),
    Case(
        "could-have-agreed-on-a-noun",
        STATES + "Arvelia and Doskara could have agreed on a new tariff for the dam.",
        None,
    ),
    # -- "an NP was signed between A and B"; talks on one that failed are no agreement -----
    Case(
        "a-memorandum-was-signed-between",
        STATES + "A memorandum of understanding was signed between Arvelia and Doskara on Monday.",
        (BOTH, "memorandum of understanding", "2025-03-10"),
    ),
    Case(
        "talks-on-a-deal-between-collapsed",
        STATES + "Talks on a deal between Arvelia and Doskara collapsed on Monday.",
        None,
    ),
    Case(
        "negotiations-over-an-agreement-between-stalled",
        STATES + "Negotiations over a trade agreement between Arvelia and Doskara stalled.",
        None,
    ),
    Case(
        "a-draft-circulated-between",
        STATES + "A draft agreement was circulated between Arvelia and Doskara.",
        None,
    ),
    # -- told by signing, concluding, initialling: the instrument's name is its kind -----
    Case(
        "signed-a-named-instrument-with-an-inner-agreement-noun",
        STATES + "Arvelia and Doskara signed the landmark Partnership and Cooperation Agreement "
        "on Monday.",
        (BOTH, "Partnership and Cooperation Agreement", "2025-03-10"),
    ),
    Case(
        "signed-a-status-of-forces-agreement",
        STATES + "Arvelia and Doskara signed a Status of Forces Agreement on Monday.",
        (BOTH, "status of forces agreement", "2025-03-10"),
    ),
    Case(
        "signed-the-treaty-on-a-named-topic",
        STATES + "Arvelia and Doskara signed the Treaty on Good Neighbourliness on Monday.",
        (BOTH, "good neighbourliness treaty", "2025-03-10"),
    ),
    Case(
        "signed-the-treaty-of-a-named-purpose-not-its-day",
        STATES + "Arvelia and Doskara signed the Treaty of Friendship and Cooperation on Monday.",
        (BOTH, "Treaty of Friendship and Cooperation", "2025-03-10"),
    ),
    Case(
        "signed-a-memorandum-of-cooperation",
        STATES + "Arvelia and Doskara signed a Memorandum of Cooperation in the Field of Energy "
        "in Lissar.",
        (BOTH, "Memorandum of Cooperation in the Field of Energy", None),
    ),
    Case(
        "a-named-treaty-was-ratified-by",
        STATES + "The Border Treaty was ratified by Arvelia and Doskara on Monday.",
        (BOTH, "border treaty", "2025-03-10"),
    ),
    Case(
        "initialled-an-agreement",
        STATES + "Arvelia and Doskara initialled a free trade agreement on Monday.",
        (BOTH, "free trade agreement", "2025-03-10"),
    ),
    Case(
        "the-two-sides-signed-several-mous",
        MINISTERS + "The two sides signed four MoUs on trade, energy and culture.",
        (BOTH, "memoranda of understanding on trade, energy and culture", "2025-03-11"),
    ),
    Case(
        "signed-an-mou-with",
        STATES + "Arvelia signed an MoU with Doskara on Monday.",
        (BOTH, "memorandum of understanding", "2025-03-10"),
    ),
    Case(
        "an-agreement-on-a-topic-was-signed-between",
        STATES + "An agreement on fisheries was signed between Arvelia and Doskara on Monday.",
        (BOTH, "agreement", "2025-03-10"),
    ),
    Case(
        "a-partnership-illustrated-by-the-signing-of-a-named-instrument",
        STATES + "The Prime Minister welcomed the expanding partnership between Arvelia and "
        "Doskara, as illustrated by the signing of the landmark Partnership and Cooperation "
        "Agreement today.",
        (BOTH, "Partnership and Cooperation Agreement", "2025-03-14"),
    ),
    Case(
        "the-purpose-of-the-visit-is-to-conclude-with-his-counterpart",
        STATES + "Arvelian Defence Minister Ilka Moravin departs tonight for Doskara. The "
        "purpose of the visit is to conclude a bilateral Status of Forces Agreement with his "
        "counterpart, Teodor Vashti.",
        (BOTH, "status of forces agreement", None),
    ),
    Case(
        "travels-to-sign-with-her-counterpart",
        STATES + "Arvelian Trade Minister Ilka Moravin travels to Doskara to sign a customs "
        "agreement with her counterpart.",
        (BOTH, "customs agreement", None),
    ),
    Case(
        "the-purpose-of-the-visit-is-to-discuss",
        STATES + "Arvelian Defence Minister Ilka Moravin departs tonight for Doskara. The "
        "purpose of the visit is to discuss a Status of Forces Agreement with his counterpart.",
        None,
    ),
    Case(
        "the-purpose-of-the-visit-is-not-to-conclude",
        STATES + "Arvelian Defence Minister Ilka Moravin departs tonight for Doskara. The "
        "purpose of the visit is not to conclude a Status of Forces Agreement with his "
        "counterpart.",
        None,
    ),
    Case(
        "a-kind-in-lower-case-takes-the-name-given-later",
        STATES + "Arvelia and Doskara will this week sign a collaboration arrangement on "
        "indigenous issues.\n\nThe Indigenous Collaboration Arrangement signing will be held "
        "in Lissar.",
        (BOTH, "Indigenous Collaboration Arrangement", None),
    ),
    Case(
        "a-kind-keeps-its-words-when-two-names-end-in-them",
        STATES + "Arvelia and Doskara signed a trade agreement.\n\nThe Arvelia-Ruskany Trade "
        "Agreement and the Doskara-Ruskany Trade Agreement remain in force.",
        (BOTH, "trade agreement", None),
    ),
    Case(
        "a-headline-s-capitals-are-no-name",
        "Minister Welcomes Trade Agreement\n\n" + STATES + "Arvelia and Doskara signed a "
        "trade agreement.",
        (BOTH, "trade agreement", None),
    ),
    Case(
        "refused-to-sign",
        STATES + "Arvelia refused to sign a defence agreement with Doskara.",
        None,
    ),
    Case(
        "has-yet-to-sign",
        STATES + "Arvelia has yet to sign a defence agreement with Doskara.",
        None,
    ),
    Case(
        "failed-to-sign",
        STATES + "Arvelia and Doskara failed to sign a trade agreement.",
        None,
    ),
    Case(
        "the-two-ministers-witnessed-the-signing-of",
        MINISTERS + "The two ministers witnessed the signing of three agreements on trade, "
        "energy and culture.",
        # counted, its topics adding up: one agreement a topic (as the gold of w02, x03)
        (BOTH, "trade agreement", "2025-03-11"),
    ),
    Case(
        "named-presidents-witnessed-the-signing-of-mous",
        STATES + "Arvelian President Aram Velis and Doskaran President Dana Korr witnessed the "
        "signing of four MoUs.",
        (BOTH, "memoranda of understanding", None),
    ),
    Case(
        "a-third-party-witnessed-the-signing",
        MINISTERS + "The UN envoy witnessed the signing of two agreements.",
        None,
    ),
    Case(
        "did-not-attend-the-signing",
        MINISTERS + "The ministers did not attend the signing of the agreements.",
        None,
    ),
    Case(
        "wants-to-sign",
        STATES + "Arvelia wants to sign a trade agreement with Doskara.",
        None,
    ),
    Case(
        "hopes-to-sign",
        STATES + "Arvelia and Doskara hope to sign a trade agreement soon.",
        None,
    ),
    Case(
        "could-sign",
        STATES + "Arvelia and Doskara could sign a trade agreement next year.",
        None,
    ),
    Case(
        "are-expected-to-sign-is-a-planned-agreement",
        STATES + "Arvelia and Doskara are expected to sign a trade agreement.",
        (BOTH, "trade agreement", None),
    ),
    Case(
        "signed-a-letter",
        STATES + "Arvelia and Doskara signed a letter to the river commission.",
        None,
    ),
    Case(
        "signed-into-law",
        STATES + "The Arvelian president signed into law a bill ratifying the defence agreement "
        "with Doskara.",
        None,
    ),
    # -- "bound by a treaty": a treaty in force between the subject and its partner -------
    Case(
        "bound-to-a-state-by-a-treaty",
        STATES + "Arvelia is bound to Doskara by a 1962 mutual defence treaty.",
        (BOTH, "mutual defence treaty", None),
    ),
    Case(
        "both-bound-by-a-pact",
        STATES + "Arvelia and Doskara are bound by a decades-old friendship pact.",
        (BOTH, "friendship pact", None),
    ),
    Case(
        "not-bound-by-any-treaty",
        STATES + "Arvelia is not bound to Doskara by any treaty.",
        None,
    ),
    Case(
        "would-be-bound-by-a-new-pact",
        STATES + "Arvelia would be bound to Doskara by a new defence pact if the talks succeed.",
        None,
    ),
    Case(
        "bound-by-a-draft-treaty-is-no-treaty",
        STATES + "Arvelia and Doskara are bound by a draft treaty neither has ratified.",
        None,
    ),
    # -- the next sentence names the instrument a generic kind stands for ---------------
    Case(
        "this-named-agreement-names-the-one-signed",
        STATES + "Arvelia and Doskara signed their first ever agreement on Tuesday. This "
        "River Partnership Agreement sets up a joint commission.",
        (BOTH, "River Partnership Agreement", "2025-03-11"),
    ),
    Case(
        "this-new-agreement-the-quoted-name",
        STATES + "Arvelia and Doskara have agreed a new arrangement on the river. This new "
        "agreement, the ‘Tamsin Framework’, opens the border crossings.",
        (BOTH, "Tamsin Framework", None),
    ),
    Case(
        "this-new-agreement-called-the-name",
        STATES + "Arvelia and Doskara signed a water deal. This deal, called the Tamsin "
        "Accord, shares the river's water.",
        (BOTH, "Tamsin Accord", None),
    ),
    Case(
        "a-later-sentence-on-another-subject-names-nothing",
        STATES + "Arvelia and Doskara signed a water deal. This Tuesday the Lissar Convention "
        "was discussed by others.",
        (BOTH, "water deal", None),
    ),
    # -- "the two sides" of a joint release that tells no meeting: its issuers ----------
    Case(
        "the-two-sides-of-a-joint-release",
        RELEASE + "The two sides agreed to widen cooperation on river security.",
        (BOTH, "agreement to widen cooperation on river security", "2025-03-11"),
    ),
    Case(
        "they-after-a-bulleted-list",
        RELEASE + "The two sides agreed to restart dialogue in areas including:\n\n"
        "• Trade\n• Consular affairs\n\nThey also agreed to support student exchanges.",
        (BOTH, "agreement to support student exchanges", "2025-03-11"),
    ),
    Case(
        "they-after-a-sentence-opening-with-a-number-and-a-phrase",
        RELEASE + "30 years on from the treaty, the two sides reiterated their friendship. "
        "They agreed to support student exchanges.",
        (BOTH, "agreement to support student exchanges", "2025-03-11"),
    ),
    Case(
        "they-after-the-two-sides-with-a-comma-later",
        RELEASE + "The two sides agreed to restart dialogue, and to widen trade. They also "
        "agreed to support student exchanges.",
        (BOTH, "agreement to support student exchanges", "2025-03-11"),
    ),
    Case(
        "we-committed-to-in-a-joint-release",
        RELEASE + "2. We committed to strengthening our river partnership.",
        (BOTH, "commitment to strengthening our river partnership", "2025-03-11"),
    ),
    Case(
        "we-agreed-to-in-a-joint-release",
        RELEASE + "We agreed to widen cooperation on river security.",
        (BOTH, "agreement to widen cooperation on river security", "2025-03-11"),
    ),
    Case(
        "we-committed-to-in-a-story-is-none",
        STATES + "We committed to strengthening our river partnership.",
        None,
    ),
    Case(
        # a joint pledge the pair makes together (tests/data/CONVENTIONS.md, "A joint
        # pledge is an agreement"; part S's s07 "The United States and Kenya commit to …")
        "the-two-countries-committed-to-together-is-their-commitment",
        RELEASE + "Arvelia and Doskara committed to strengthening their river partnership.",
        (BOTH, "commitment to strengthening their river partnership", "2025-03-11"),
    ),
    Case(
        "one-country-committed-to-is-none",
        RELEASE + "Arvelia committed to strengthening its river partnership with Doskara.",
        None,
    ),
    Case(
        "the-two-sides-of-a-story-are-no-release-s",
        STATES + "The two sides agreed to widen cooperation on river security.",
        None,
    ),
    # -- the day of the meeting the text tells, for "the two ministers concurred …" ------
    Case(
        "the-ministers-concurred-after-a-meeting-held-on-a-day",
        STATES + "On Tuesday, Arvelian Foreign Minister Ilka Moravin held a meeting with "
        "Doskaran Foreign Minister Teodor Vashti. The overview of the meeting is as follows."
        "\n\nThe two ministers concurred that they would widen cooperation on river security.",
        (BOTH, "agreement to widen cooperation on river security", "2025-03-11"),
    ),
    Case(
        "the-ministers-concurred-after-a-meeting-whose-sentence-is-cut-at-a-m",
        STATES + "On Tuesday, commencing at 8:45 a.m. local time for about an hour, Arvelian "
        "Foreign Minister Ilka Moravin held a meeting with Doskaran Foreign Minister Teodor "
        "Vashti.\n\nThe two ministers concurred that they would widen cooperation on river "
        "security.",
        (BOTH, "agreement to widen cooperation on river security", "2025-03-11"),
    ),
    Case(
        "a-meeting-of-others-told-before-dates-no-agreement",
        STATES + "On Monday, the river commission held a meeting with farmers in Vesk.\n\n"
        "Arvelia and Doskara agreed to widen cooperation on river security.",
        (BOTH, "agreement to widen cooperation on river security", None),
    ),
    Case(
        "they-agreed-to-a-statement-is-none",
        MINISTERS.rstrip() + " They agreed to a statement on the river.",
        None,
    ),
    # -- a spokesperson's readout, quoted for paragraphs, tells the talks as prose -------
    Case(
        "they-agreed-in-a-spokesperson-s-readout",
        READOUT.format(
            "On the river, they agreed on the importance of moving towards a shared water "
            "plan that would end the drought."
        ),
        (BOTH, "agreement on the importance of moving towards a shared water plan", "2025-03-11"),
    ),
    Case(
        "they-agreed-in-a-minister-s-own-long-quote-is-none",
        READOUT.replace("A spokesperson for the Foreign Minister said", "Ilka Moravin said").format(
            "On the river, they agreed on the importance of a shared water plan."
        ),
        None,
    ),
    Case(
        "they-agreed-in-a-one-paragraph-spokesperson-quote-is-none",
        MINISTERS + "A spokesperson for the Foreign Minister said:\n\n“On the river, they "
        "agreed on the importance of a shared water plan.”",
        None,
    ),
    # -- "They discussed and agreed …": the agreeing verb coordinated with a first one ----
    Case(
        "they-discussed-and-agreed-to",
        MINISTERS.rstrip() + " They discussed and agreed to set up a joint water commission.",
        (BOTH, "agreement to set up a joint water commission", "2025-03-11"),
    ),
    Case(
        "the-two-ministers-discussed-and-agreed-on-the-need-to",
        MINISTERS + "The two ministers discussed and agreed on the need to reopen the border "
        "crossings.",
        (BOTH, "agreement to reopen the border crossings", "2025-03-11"),
    ),
    # -- "agreed that experts from both sides will hold talks": a deed agreed ----------
    Case(
        "agreed-that-experts-from-both-sides-will-hold-talks",
        MINISTERS.rstrip() + " They further discussed and agreed that experts from both sides "
        "will hold technical discussions on river pollution.",
        (BOTH, "agreement to hold technical discussions on river pollution", "2025-03-11"),
    ),
    Case(
        "confirmed-that-they-will-hold-talks-is-a-meeting",
        MINISTERS.rstrip() + " They confirmed that they will hold talks in Lissar in May.",
        None,
    ),
    # -- "continue to V" is told as "continue Ving" ---------------------------------------
    Case(
        "agreed-to-continue-to-work",
        MINISTERS.rstrip() + " They agreed to continue to work closely together.",
        (BOTH, "agreement to continue working closely together", "2025-03-11"),
    ),
    Case(
        "concurred-that-they-would-continue-to-make",
        MINISTERS + "The two ministers concurred that they would continue to make progress "
        "on the border talks.",
        (BOTH, "agreement to continue making progress on the border talks", "2025-03-11"),
    ),
    Case(
        "agreed-to-continue-to-closely-align",
        MINISTERS.rstrip() + " They agreed to continue to closely align their river policies.",
        (BOTH, "agreement to continue closely aligning their river policies", "2025-03-11"),
    ),
    Case(
        "a-deed-cut-short-ends-on-no-small-word",
        MINISTERS.rstrip() + " They agreed to fund technical studies regarding "
        "strengthening the protection of the river banks.",
        (
            BOTH,
            "agreement to fund technical studies regarding strengthening the protection",
            "2025-03-11",
        ),
    ),
    Case(
        "agreed-to-continue-to-stop",
        MINISTERS.rstrip() + " They agreed to continue to stop smuggling on the river.",
        (BOTH, "agreement to continue stopping smuggling on the river", "2025-03-11"),
    ),
    # -- "agreed to a <noun phrase>": an agreement on it ---------------------------------
    Case(
        "they-agreed-to-a-relationship",
        MINISTERS.rstrip() + " They agreed to a relationship based on mutual respect, "
        "equality and trust.",
        (BOTH, "agreement on a relationship based on mutual respect", "2025-03-11"),
    ),
    Case(
        "they-agreed-to-a-ceasefire-is-the-ceasefire",
        MINISTERS.rstrip() + " They agreed to a ceasefire on the river.",
        (BOTH, "ceasefire", "2025-03-11"),
    ),
    Case(
        "they-agreed-to-a-meeting-is-none",
        STATES + "Arvelia and Doskara agreed to a meeting of their ministers in May.",
        None,
    ),
    Case(
        "they-agreed-to-a-proposal-is-none",
        STATES + "Arvelia and Doskara agreed to a proposal from the river commission.",
        None,
    ),
    # -- the subject nearest the verb agreed, not the names of who announced it ---------
    Case(
        "an-announcement-by-two-that-two-others-agreed",
        STATES + "The announcement by President Aram Velis and President Dana Korr that "
        "Arvelia and Doskara have agreed a new tariff deal is welcome.",
        (BOTH, "tariff deal", None),
    ),
    Case(
        "two-signers-and-two-witnesses-after-them-are-not-the-parties",
        STATES + "Arvelia and Doskara, watched by President Aram Velis and President Dana Korr, "
        "signed a tariff deal.",
        (BOTH, "tariff deal", None),
    ),
    # -- "confirmed that, for the next summit, they will …": an adjunct before "they" ---
    Case(
        "confirmed-that-for-an-occasion-they-will",
        MINISTERS + "The two ministers confirmed that for the next summit, they will "
        "cooperate on river security.",
        (BOTH, "agreement to cooperate on river security", "2025-03-11"),
    ),
    Case(
        "confirmed-that-for-an-occasion-they-will-meet-is-a-meeting",
        MINISTERS + "The two ministers confirmed that for the next summit, they will meet "
        "in Lissar.",
        None,
    ),
    # -- a deed agreed to, cut short at eight words, ends on a whole phrase --------------
    Case(
        "a-long-deed-is-cut-before-a-purpose-clause",
        STATES + "Arvelia and Doskara agreed on Monday to set up a joint commission to "
        "demarcate their shared border.",
        (BOTH, "agreement to set up a joint commission", "2025-03-10"),
    ),
    Case(
        "a-long-deed-is-cut-before-a-that-clause",
        STATES + "Arvelia and Doskara agreed on Monday to work together to ensure that the "
        "river is kept clean.",
        (BOTH, "agreement to work together", "2025-03-10"),
    ),
    Case(
        "a-short-deed-keeps-its-purpose",
        STATES + "Arvelia and Doskara agreed on Monday to build a bridge to link the banks.",
        (BOTH, "agreement to build a bridge to link the banks", "2025-03-10"),
    ),
    # -- "memorandums of understanding": the instrument's kind, spelt in the singular ----
    Case(
        "memorandums-of-understanding",
        STATES + "Arvelia and Doskara signed memorandums of understanding on education and "
        "on cultural exchanges.",
        (BOTH, "memorandum of understanding", None),
    ),
    # -- the agreed deed quoted, the clause the reporter's: 'have “agreed to …”', 'agreed “to'
    Case(
        "a-quote-woven-in-before-agreed",
        STATES + "Arvelia and Doskara have “agreed to reopen the border crossings,” the "
        "Arvelian Foreign Ministry said.",
        (BOTH, "agreement to reopen the border crossings", None),
    ),
    Case(
        "a-quote-woven-in-after-agreed",
        STATES + "Arvelia and Doskara agreed “to reopen the border crossings.”",
        (BOTH, "agreement to reopen the border crossings", None),
    ),
    Case(
        "a-quote-of-a-whole-sentence-is-the-speaker-s-words",
        STATES + "“Arvelia and Doskara agreed to reopen the border crossings,” an analyst said.",
        None,
    ),
    Case(
        "memoranda-of-understanding",
        STATES + "Arvelia and Doskara signed memoranda of understanding on trade.",
        (BOTH, "memorandum of understanding", None),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        # another noun's term is no agreement's: "ends a ten-year dispute"
        ("signed a fisheries deal on Monday that ends a ten-year dispute over fishing.", None),
        (
            "signed a fisheries deal on Monday that ends a ten-year dispute. The deal will run "
            "for five years.",
            "P5Y",
        ),
        ("signed a 20-year pact on energy.", "P20Y"),
        ("signed a ten-year energy pact.", "P10Y"),
        ("signed a ferry deal for three years.", "P3Y"),
    ],
)
def test_an_agreement_runs_for_its_own_term(sentence: str, duration: str | None) -> None:
    f = facts(STATES + "Arvelia and Doskara " + sentence, FRI)
    assert {a.duration for a in f.agreements if frozenset(p.name for p in a.parties) == BOTH} == {
        duration
    }


@pytest.mark.parametrize("case", AGREEMENT_CASES, ids=lambda c: c.id)
def test_agreement_class(case: Case) -> None:
    f = facts(case.text, FRI)
    if case.fact is None:
        assert BOTH not in agreement_parties(f)
    else:
        assert case.fact in agreements(f)


STATEMENT_CASES = [
    Case(
        "a-body-readout-said",
        STATES + "A Foreign Ministry readout said the two envoys discussed water sharing.",
        ("Foreign Ministry", "statement"),
    ),
    Case(
        "said-in-a-readout",
        STATES + "Arvelia's foreign ministry said in a readout that the talks covered water.",
        ("Arvelia's foreign ministry", "statement"),
    ),
    Case(
        "according-to-a-readout-from",
        "According to a readout from the Arvelian Foreign Ministry, the envoys discussed "
        "water sharing.",
        ("Arvelian Foreign Ministry", "statement"),
    ),
    Case(
        "a-statement-issued-by-an-honorific-name-s-spokesperson",
        "Aram Velis is the Arvelian President. The launch was “regrettable,” said a statement "
        "issued by Mr. Velis’s spokesperson.",
        ("Aram Velis", "statement"),
    ),
    Case(
        "in-a-joint-declaration-the-ministers",
        MINISTERS.rstrip() + " In a joint declaration, the ministers pledged to reopen the border.",
        ("Ilka Moravin", "declaration"),
    ),
    Case(
        "the-ministers-then-issued-a-joint-statement",
        MINISTERS.rstrip() + " The ministers then issued a joint statement on river security.",
        ("Teodor Vashti", "statement"),
    ),
    Case(
        "the-ministers-with-no-meeting-told-issue-nothing",
        "In a joint declaration, the ministers pledged to reopen the border.",
        None,
    ),
    Case(
        "a-readout-told-in-passing-is-not-its-issuers",
        "The envoy, who has read a readout from the Arvelian Foreign Ministry, left.",
        None,
    ),
    # -- "the two presidents": the last two the text titles so, not the last two people
    Case(
        "the-two-presidents-skip-a-prime-minister-named-between",
        STATES + "Arvelian President Aram Velis arrived in Doskara on Monday. He was welcomed "
        "by Doskaran Prime Minister Lena Oris and held talks with President Dana Korr.\n\n"
        "In a joint declaration issued after the talks, the two presidents pledged to reopen "
        "the border.",
        ("Aram Velis", "declaration"),
    ),
    Case(
        "the-two-presidents-second",
        STATES + "Arvelian President Aram Velis arrived in Doskara on Monday. He was welcomed "
        "by Doskaran Prime Minister Lena Oris and held talks with President Dana Korr.\n\n"
        "In a joint declaration issued after the talks, the two presidents pledged to reopen "
        "the border.",
        ("Dana Korr", "declaration"),
    ),
    # -- "A and B agreed …, a joint communique issued after their talks said": theirs
    Case(
        "a-joint-communique-after-their-talks-said",
        STATES + "Arvelian President Aram Velis and Doskaran President Dana Korr agreed on "
        "Monday to reopen the border, a joint communique issued after their talks said.",
        ("Dana Korr", "statement"),
    ),
    Case(
        "a-joint-communique-after-talks-in-a-new-clause-is-not-the-subject-s",
        STATES + "Arvelian President Aram Velis and Doskaran President Dana Korr agreed on "
        "Monday to reopen the border, while a joint communique issued after the talks was "
        "delayed.",
        None,
    ),
    # -- "X has said …": a state's stated position is its statement
    Case(
        "a-state-has-said",
        STATES + "There are fears the ruling could raise tensions. Doskara has said it does "
        "not recognise the ruling.",
        ("Doskara", "statement"),
    ),
    Case(
        "a-state-has-also-said",
        STATES + "There are fears the ruling could raise tensions. Doskara has also said it "
        "will appeal.",
        ("Doskara", "statement"),
    ),
    Case(
        "officials-in-a-state-have-said-is-not-the-state-s",
        STATES + "There are fears the ruling could raise tensions. Officials in Doskara have "
        "said they will appeal.",
        None,
    ),
    Case(
        "a-headline-has-said-is-no-statement",
        "Doskara has said it will appeal\n\nThere are fears the ruling could raise tensions.",
        None,
    ),
    # -- "the presidents of A and B approved a joint statement": the presidents named before
    Case(
        "the-presidents-of-two-states-approved-a-joint-statement",
        STATES + "President Aram Velis of Arvelia met President Dana Korr of Doskara on "
        "Monday. The presidents of Arvelia and Doskara have approved a joint statement on "
        "the river.",
        ("Dana Korr", "statement"),
    ),
    Case(
        "the-presidents-of-two-states-issued-a-joint-statement-first",
        STATES + "President Aram Velis of Arvelia met President Dana Korr of Doskara on "
        "Monday. The presidents of Arvelia and Doskara issued a joint statement on the river.",
        ("Aram Velis", "statement"),
    ),
    Case(
        "unnamed-presidents-of-two-states-are-not-their-states",
        STATES + "The presidents of Arvelia and Doskara issued a joint statement on the river.",
        None,
    ),
    # -- "released by X, which said …": X issued it, not those its relative clause names
    Case(
        "released-by-a-body-which-said-others-drafted-it",
        STATES + "The statement was released by the Arvelian Foreign Ministry, which said the "
        "document had been drafted by experts from Doskara.",
        ("Arvelian Foreign Ministry", "statement"),
    ),
]


def test_a_relative_clause_after_the_issuer_names_no_issuer() -> None:
    text = (
        STATES + "The statement was released by the Arvelian Foreign Ministry, which said the "
        "document had been drafted by experts from Doskara."
    )
    assert "Doskara" not in {issuer for issuer, _ in statements(facts(text, FRI))}


@pytest.mark.parametrize("case", STATEMENT_CASES, ids=lambda c: c.id)
def test_statement_class(case: Case) -> None:
    got = statements(facts(case.text, FRI))
    if case.fact is None:
        assert not got
    else:
        assert case.fact in got


def test_stateless_leaders_agree_as_themselves() -> None:
    text = (
        "Aram Velis, the leader of the northern community, met Dana Korr, the leader of the "
        "southern community, in Lissar on Tuesday. The two leaders agreed to reopen the "
        "crossings."
    )
    assert frozenset({"Aram Velis", "Dana Korr"}) in agreement_parties(facts(text, FRI))


def test_only_some_holding_a_states_post_is_no_party_list() -> None:
    text = (
        "Arvelian Foreign Minister Ilka Moravin met the rebel commander, Dana Korr, in "
        "Lissar on Tuesday. The two agreed to reopen the crossings."
    )
    assert not facts(STATES + text, FRI).agreements


def statement_dates(f: FactSet) -> set[tuple[object, ...]]:
    return {(s.issuer.name, s.date) for s in f.statements}


HEADER = "Arvelia's Border Talks\n\nPress Statement\nIlka Moravin\nForeign Minister\nLissar\n"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        pytest.param(HEADER + "March 12, 2025\n\n", "2025-03-12", id="a-header-line-day"),
        pytest.param(HEADER + "\n", None, id="no-day-in-the-header"),
        pytest.param(HEADER + "March 2025\n\n", None, id="a-month-is-no-day"),
    ],
)
def test_a_release_is_dated_by_its_header(header: str, day: str | None) -> None:
    body = (
        "The Government of Arvelia welcomes the talks held with Doskara on the Tamsin "
        "river, which were held on 2 March in a constructive spirit.\n"
    )
    got = statement_dates(facts(header + STATES + body, FRI))
    assert ("Ilka Moravin", day) in got


def test_a_day_in_the_prose_does_not_date_the_release() -> None:
    text = (
        "Press Statement\nIlka Moravin\nForeign Minister\n\n"
        "On March 12, 2025, the Government of Arvelia welcomed the talks held with "
        "Doskara on the Tamsin river in a constructive spirit.\n"
    )
    got = statement_dates(facts(text.replace("\n\n", "\n\n" + STATES, 1), FRI))
    assert ("Ilka Moravin", None) in got


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Arvelia and Doskara concluded a free trade agreement on Monday.", "signed"),
        (
            "Arvelia and Doskara concluded negotiations on a free trade agreement on Monday.",
            "agreed",
        ),
        ("Arvelia and Doskara initialled a free trade agreement on Monday.", "agreed"),
    ],
)
def test_concluding_talks_on_an_agreement_is_no_signing(sentence: str, status: str) -> None:
    draft = extract_annotation(STATES + sentence, article_id="t", published=FRI, publisher="Wire")
    assert [(a.kind, a.status) for a in draft.annotation.agreements] == [
        ("free trade agreement", status)
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # probe 5, class A: a headline's present tense tells a signing done
        ("Arvelia and Doskara sign fisheries agreement\n\nOfficials welcomed it.", "signed"),
        ("Arvelia and Doskara are due to sign a fisheries agreement on Monday.", "agreed"),
        ("Arvelia and Doskara will sign a fisheries agreement on Monday.", "agreed"),
        # the headline's agreement told again with "signed" is signed
        (
            "Arvelia and Doskara agreed a fisheries agreement\n\n"
            "Arvelia has signed a fisheries agreement with Doskara on Monday.",
            "signed",
        ),
    ],
)
def test_a_headline_sign_is_a_signing_done(text: str, status: str) -> None:
    draft = extract_annotation(STATES + text, article_id="t", published=FRI, publisher="Wire")
    assert [(a.kind, a.status) for a in draft.annotation.agreements] == [
        ("fisheries agreement", status)
    ]


# Readout phrasings written for wip-fixrel (merged with the agreement rules of main).
READOUT_CASES = [
    Case(
        "the-ministers-concurred-that-the-two-countries-would-after-an-adjunct",
        MINISTERS + "The ministers concurred that, in order to bolster the progress made, the "
        "two countries would deepen their security talks.",
        (BOTH, "agreement to deepen their security talks", "2025-03-11"),
    ),
    Case(
        "they-confirmed-that-a-and-b-would-continue-to",
        MINISTERS + "They also confirmed that Arvelia and Doskara would continue to assist the "
        "river authority.",
        (BOTH, "agreement to continue assisting the river authority", "2025-03-11"),
    ),
    Case(
        "the-importance-of-something-stressed-alone-is-no-agreement",
        MINISTERS + "Minister Moravin stressed the importance of the rule of law.",
        None,
    ),
    Case(
        "confirmed-that-they-will-attend-is-no-agreement",
        MINISTERS + "The ministers confirmed that they will attend the summit.",
        None,
    ),
]


@pytest.mark.parametrize("case", READOUT_CASES, ids=lambda c: c.id)
def test_readout_agreement_class(case: Case) -> None:
    test_agreement_class(case)


def test_a_second_agreement_told_in_the_next_sentence_is_drafted_too() -> None:
    text = (
        MINISTERS + "The ministers agreed to set up a joint water commission. They also agreed "
        "to reopen the border crossings."
    )
    kinds = {kind for parties, _, kind in _agreements_of(text) if parties == BOTH}
    assert {
        "agreement to set up a joint water commission",
        "agreement to reopen the border crossings",
    } <= kinds


def _agreements_of(text: str) -> set[tuple[object, ...]]:
    return {(p, d, k) for p, k, d in agreements(facts(text, FRI))}


@pytest.mark.parametrize(
    "title",
    [
        "Arvelia-Doskara River Dialogue Joint Outcomes Statement",
        "Joint Ministerial Statement for the 3rd Arvelia-Doskara Ministerial Meeting",
        "Joint Statement Following Arvelia-Doskara Foreign Minister Consultations",
        "Arvelia-Doskara Joint Media Statement",
    ],
)
def test_a_release_titled_as_a_joint_statement_is_each_named_state_s(title: str) -> None:
    text = title + "\n\n" + MINISTERS + "They discussed water sharing."
    got = statements(facts(text, FRI))
    assert {("Arvelia", "statement"), ("Doskara", "statement")} <= got


@pytest.mark.parametrize(
    "text",
    [
        # a statement of intent is an agreement, not a statement
        "Arvelia-Doskara Joint Statement of Intent on River Security\n\n"
        + MINISTERS
        + "They discussed water sharing.",
        # a planned joint statement, in prose, is none yet
        MINISTERS + "Arvelia-Doskara Joint Statement drafts will be issued on Friday, they said.",
        "Arvelia and Doskara will issue a Joint Statement on Friday.\n\n" + MINISTERS,
        # a joint statement quoted inside a sentence is not the release's title
        MINISTERS + "“Joint Statement on the Arvelia-Doskara Dialogue” was the draft's name.",
    ],
)
def test_a_joint_statement_that_is_no_release_title_is_no_statement(text: str) -> None:
    got = statements(facts(text, FRI))
    assert not {("Arvelia", "statement"), ("Doskara", "statement")} & got


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        (
            "Statement on behalf of the Arvelian Special Envoy for the Tamsin, Ilka Moravin",
            "Ilka Moravin",
        ),
        ("Statement on behalf of Ilka Moravin, Arvelian Special Envoy", "Ilka Moravin"),
    ],
)
def test_a_statement_on_behalf_of_a_named_official_is_theirs(title: str, issuer: str) -> None:
    text = title + "\n\nThe Special Envoy visited Lissar on Tuesday and met officials."
    assert (issuer, "statement") in statements(facts(text, FRI))


def test_acting_on_behalf_of_someone_in_prose_is_no_statement() -> None:
    text = (
        "Ilka Moravin is the Arvelian Special Envoy. Her deputy read a statement on behalf "
        "of the Special Envoy to the assembled crowd, but no text was released."
    )
    assert ("Ilka Moravin", "statement") not in statements(facts(text, FRI))


@pytest.mark.parametrize(
    ("first_paragraph", "day"),
    [
        (
            "The third Arvelian-Doskaran River Dialogue on water sharing was held in Lissar "
            "on 11 March 2025.",
            "2025-03-11",
        ),
        (
            "On 11 March, Arvelian Foreign Minister Ilka Moravin hosted Doskaran Foreign "
            "Minister Teodor Vashti in Lissar.",
            "2025-03-11",
        ),
        (
            "Arvelian Foreign Minister Ilka Moravin and Doskaran Foreign Minister Teodor "
            "Vashti have today held their annual talks.",
            "2025-03-14",
        ),
        # the day of an event the release reacts to is not the day it is issued
        (
            "The ministers condemned in the strongest terms the attack on a joint river "
            "patrol on 11 March 2025.",
            None,
        ),
        (
            "The ministers welcome the signing yesterday by both river commissions of the "
            "accord on water sharing.",
            None,
        ),
    ],
)
def test_an_undated_joint_release_is_dated_by_the_talks_it_tells(
    first_paragraph: str, day: str | None
) -> None:
    text = "Arvelia-Doskara Joint Ministerial Statement\n\n" + first_paragraph + "\n\n" + STATES
    got = {(s.issuer.name, s.date) for s in facts(text, FRI).statements}
    assert {("Arvelia", day), ("Doskara", day)} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint media statement announced today by Norway and Sweden, and Finland, "
        "Estonia and Latvia, welcomed the new undersea cable.",
        "The joint statement issued by Norway, Sweden and Finland, and the Republic of "
        "Estonia (ROE), Latvia and Lithuania welcomed the new undersea cable.",
    ],
)
def test_a_joint_statement_by_two_joined_lists_is_each_listed_states(sentence: str) -> None:
    issuers = {s.issuer.name for s in facts(sentence, FRI).statements}
    assert {"Norway", "Sweden", "Finland", "Estonia", "Latvia"} <= issuers


def test_a_list_after_a_joint_statement_s_issuers_is_not_theirs() -> None:
    text = (
        "The joint media statement announced today by Norway and Sweden welcomed the cable, "
        "and Finland criticised it."
    )
    issuers = {s.issuer.name for s in facts(text, FRI).statements}
    assert {"Norway", "Sweden"} <= issuers
    assert "Finland" not in issuers


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilka Moravin praised the joint statement released following the recent "
        "Arvelia-Doskara Summit.",
        "The ministers will implement the joint declaration issued after the Arvelia-Doskara "
        "talks in Lissar.",
        "She cited a joint communiqué adopted at the first Arvelia-Doskara River Dialogue.",
    ],
)
def test_a_joint_statement_of_a_named_summit_is_each_side_s(sentence: str) -> None:
    issuers = {s.issuer.name for s in facts(STATES + sentence, FRI).statements}
    assert {"Arvelia", "Doskara"} <= issuers


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint statement will be released after the Arvelia-Doskara Summit next week.",
        "They hope to sign a joint declaration at the Arvelia-Doskara talks in May.",
        "“The joint statement released following the Arvelia-Doskara Summit was weak,” "
        "Moravin said.",
    ],
)
def test_a_planned_or_quoted_summit_statement_is_none(sentence: str) -> None:
    issuers = {s.issuer.name for s in facts(STATES + sentence, FRI).statements}
    assert not {"Arvelia", "Doskara"} & issuers


@pytest.mark.parametrize(
    "later",
    [
        "On behalf of Arvelia, the agreement was signed by Ilka Moravin, Ambassador, "
        "Permanent Representative of Kestria, Chair of the Lissar Committee.",
        "The memorandum was signed by Ilka Moravin and Teodor Vashti.",
    ],
)
def test_the_bare_noun_signed_later_is_the_one_signed_before(later: str) -> None:
    head = (
        "a visa waiver agreement"
        if later.startswith("On behalf")
        else "a memorandum of understanding on river policing"
    )
    text = STATES + f"Arvelia and Doskara signed {head} on Tuesday. {later}"
    found = agreements(facts(text, FRI))
    assert len(found) == 1, found
    assert next(iter(found))[0] == BOTH


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Also signed was an agreement between Arvelia and Doskara on establishing "
            "centres of river studies.",
            "agreement on establishing centres of river studies",
        ),
        (
            "Also signed was a memorandum between Arvelia and Doskara on river policing, "
            "officials said.",
            "memorandum on river policing",
        ),
        (
            "The agreement between Arvelia and Doskara on river policing has held for years.",
            "agreement on river policing",
        ),
        # not a topic: a day, the sidelines
        ("An agreement between Arvelia and Doskara was signed on Tuesday.", "agreement"),
        (
            "Also signed was a river treaty between Arvelia and Doskara on water sharing.",
            "river treaty",
        ),
    ],
)
def test_a_bare_agreement_between_two_on_a_topic_is_an_agreement_on_it(
    sentence: str, kind: str
) -> None:
    found = agreements(facts(STATES + sentence, FRI))
    assert {k for p, k, _ in found if p == BOTH} == {kind}, found


@pytest.mark.parametrize(
    "sentence",
    [
        # the group and the posts its signers hold, before their names
        "Observers praised the trade agreement signed by the two countries’ foreign ministers "
        "Ilka Moravin and Teodor Vashti.",
        "Observers praised the trade agreement signed by their foreign ministers, Ilka Moravin "
        "and Teodor Vashti.",
        # the states named last, when a signer holds no known post
        "Observers praised the trade agreement signed by the two neighbours’ leaders Ilka "
        "Moravin and Pavel Orsk, respectively.",
        # "between the leaders of A and B"
        "Observers praised the trade agreement between the leaders of Arvelia and Doskara.",
        "Observers praised the trade agreement between the foreign ministers of Arvelia and "
        "Doskara.",
    ],
)
def test_the_group_before_the_signers_names_is_no_party(sentence: str) -> None:
    text = (
        STATES + "Arvelian Foreign Minister Ilka Moravin and Doskaran Foreign Minister Teodor "
        "Vashti spoke by phone.\n\n" + sentence
    )
    assert BOTH in agreement_parties(facts(text, FRI))


@pytest.mark.parametrize(
    "sentence",
    [
        # a proposed agreement between the leaders: none made
        "Observers called for a trade agreement between the leaders of Arvelia and Doskara.",
        # a signer named by the group with no other state to stand for
        "Observers praised the trade agreement signed by the two countries’ leaders Ilka "
        "Moravin and Pavel Orsk.",
    ],
)
def test_no_agreement_from_a_group_of_signers_without_two_states(sentence: str) -> None:
    text = "Arvelian Foreign Minister Ilka Moravin spoke to reporters.\n\n" + sentence
    assert all(len(p) < 2 or "Pavel Orsk" not in p for p in agreement_parties(facts(text, FRI)))
    assert frozenset({"Arvelia", "Doskara"}) not in agreement_parties(facts(text, FRI))


def test_signers_each_on_their_own_respectively_did_not_meet() -> None:
    text = (
        STATES + "Arvelian Foreign Minister Ilka Moravin and Doskaran Foreign Minister Teodor "
        "Vashti spoke by phone.\n\nObservers praised the accords reached by Ilka Moravin and "
        "Teodor Vashti, respectively, last month."
    )
    f = facts(text, FRI)
    assert BOTH in agreement_parties(f)
    assert not any(
        {p.name for p in m.participants} == {"Ilka Moravin", "Teodor Vashti"} for m in f.meetings
    )


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "They discussed the river, according to information provided by Ms. Moravin's "
            "spokesperson.",
            "spokesperson for Ilka Moravin",
        ),
        (
            "They discussed the river, according to details released today by Moravin’s spokesman.",
            "spokesperson for Ilka Moravin",
        ),
        (
            "They discussed the river, according to a spokesperson for the Secretary-General.",
            "spokesperson for the Secretary-General",
        ),
        (
            "According to a spokesperson for Ilka Moravin, they discussed the river.",
            "spokesperson for Ilka Moravin",
        ),
    ],
)
def test_according_to_an_unnamed_spokesperson_is_their_statement(
    sentence: str, issuer: str
) -> None:
    text = MINISTERS + sentence
    assert (issuer, "statement") in statements(facts(text, FRI))


@pytest.mark.parametrize(
    "sentence",
    [
        # the spokesperson is named: no unnamed one
        "They discussed the river, according to Pavel Orsk, Moravin's chief of staff.",
        # quoted words about a spokesperson
        "Vashti said “according to the spokesperson for the Secretary-General, all is well.”",
        # a possessive naming no person
        "They discussed the river, according to the ministry's spokesperson.",
        # a read-out a spokesperson issued gives the talks' words, no statement of theirs
        "They discussed the river, according to a read-out issued by a spokesperson for the "
        "Secretary-General.",
    ],
)
def test_no_spokesperson_statement_without_an_unnamed_spokesperson(sentence: str) -> None:
    text = MINISTERS + sentence
    assert not any("spokes" in i for i, _ in statements(facts(text, FRI)))
