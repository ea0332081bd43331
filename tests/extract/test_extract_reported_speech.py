"""Words told the ways real news tells them: a speaker set off from the verb by an aside,
a reporting verb whose subject is not one person, criticism told in reported speech, a
statement issued by a body (issue 12: recall on unseen news without losing precision).

Every sentence is written for this file. Each class has several phrasings and the
negatives it must not yield.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplokg.evaluate.predict import predict
from diplokg.extract import extract_annotation
from diplokg.model.annotation import Annotation

DAY = dt.date(2025, 3, 14)  # a Friday
INTRO = "Foreign Minister Ana Marek of Vellmark met Ivo Kral of Ostrana on Monday. "


def draft(text: str) -> Annotation:
    return extract_annotation(text, article_id="t", published=DAY, publisher="Wire").annotation


def quotes(text: str) -> dict[str, str]:
    ann = draft(text)
    return {q.text.text: ann.entities[q.speaker.key].name for q in ann.quotes}


def accusations(text: str) -> set[tuple[str, str, bool]]:
    ann = draft(text)
    found = predict(ann, text=text, published=DAY).accusations
    return {(a.accuser.name, a.accused.name, a.hedged) for a in found}


def statements(text: str) -> set[str]:
    ann = draft(text)
    return {s.issuer.name for s in predict(ann, text=text, published=DAY).statements}


# -- a speaker after the quote, set off from the verb by an aside ----------------------


@pytest.mark.parametrize(
    "text",
    [
        INTRO + '"The door stays open," Marek, speaking at a news conference, told reporters.',
        INTRO + '"The door stays open," Marek, who flew home on Tuesday, said.',
        INTRO + '"The door stays open," Marek, in a statement on Wednesday, said.',
        INTRO + '"The door stays open," Marek, asked about the talks, said on Friday.',
    ],
)
def test_an_aside_between_the_speaker_and_the_verb(text: str) -> None:
    assert quotes(text)["The door stays open"] == "Ana Marek"


@pytest.mark.parametrize(
    "text",
    [
        INTRO + '"The door stays open," Marek\'s spokesman, Lars Berg, said.',
        INTRO + '"The door stays open," Marek\'s chief of staff Lars Berg told reporters.',
    ],
)
def test_a_named_aide_after_a_possessive_speaks_not_the_principal(text: str) -> None:
    assert quotes(text)["The door stays open"] == "Lars Berg"


def test_an_unnamed_official_described_again_with_an_aside() -> None:
    text = (
        "A senior US official said the talks went well. "
        '"There was unity," the senior State Department official, speaking on condition of '
        "anonymity, told reporters."
    )
    assert quotes(text)["There was unity"] == "anonymous senior US official"


@pytest.mark.parametrize(
    "text",
    [
        # a list of names is no aside
        INTRO + '"The door stays open," Marek, Kral and the mediators said.',
        # the aside ends the sentence: no verb of saying follows
        INTRO + '"The door stays open," Marek, speaking at a news conference. Kral left.',
    ],
)
def test_no_aside_no_speaker(text: str) -> None:
    assert quotes(text).get("The door stays open") != "Ana Marek"


# -- the speaker is the whole subject of the reporting verb ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        INTRO + 'Marek said he and Kral agreed that the talks were "essential to peace".',
        INTRO
        + 'Marek told reporters that Kral and she agreed the talks were "essential to peace".',
    ],
)
def test_words_two_agreed_on_are_reported_by_the_outer_speaker(text: str) -> None:
    assert quotes(text)["essential to peace"] == "Ana Marek"


def test_a_clause_joined_by_and_after_a_place_is_no_second_subject() -> None:
    text = (
        "Foreign Minister Ana Marek of Norway met Ivo Kral of Sweden in the Oval Office and "
        'the minister says she would "love to be a mediator".'
    )
    assert quotes(text)["love to be a mediator"] == "Ana Marek"


def test_no_speaker_is_taken_from_inside_the_subject() -> None:
    # two subjects and no one reporting: no single speaker
    found = quotes(INTRO + 'He and Kral agreed that the talks were "essential to peace".')
    assert "essential to peace" not in found


def test_an_unnamed_official_speaks_not_the_ministry_inside_the_description() -> None:
    # the speaker is the unnamed official (an anonymous source that later told reporters),
    # never the ministry named inside its description
    found = quotes(
        INTRO + "A senior Foreign Ministry official, speaking on condition of anonymity, "
        'later told reporters that Ostrana had "run out of patience".'
    )
    assert found["run out of patience"] == "anonymous senior Foreign Ministry official"


# -- the day a statement was made -------------------------------------------------------


def statement_days(text: str) -> set[tuple[str, str | None]]:
    ann = draft(text)
    return {(s.issuer.name, s.date) for s in predict(ann, text=text, published=DAY).statements}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Ostranan drones hit a depot, the Vellmark Foreign Ministry said on Thursday. "
            '"The depot was empty," the Vellmark Foreign Ministry said in a statement.',
            ("Vellmark Foreign Ministry", "2025-03-13"),
        ),
        (
            "The Vellmark Foreign Ministry said in a statement on Wednesday that the border "
            "was closed.",
            ("Vellmark Foreign Ministry", "2025-03-12"),
        ),
        (
            "Foreign Minister Anna Berg of Norway held talks with Foreign Minister Lars Holm "
            "of Sweden in Oslo on Tuesday.\n\nThe border will reopen, Norway and Sweden said "
            "in a joint statement issued after the talks.",
            ("Norway", "2025-03-11"),
        ),
        (
            "Foreign Minister Ana Marek of Vellmark met Foreign Minister Ivo Kral of Ostrana "
            "in Lissar on Tuesday and issued a joint declaration on the border.",
            ("Ana Marek", "2025-03-11"),
        ),
        (
            "On Tuesday, Foreign Minister Ana Marek of Vellmark held talks with Foreign "
            "Minister Ivo Kral of Ostrana in Lissar. They issued a joint statement on the "
            "border.",
            ("Ivo Kral", "2025-03-11"),
        ),
    ],
)
def test_a_statement_is_dated_by_its_verb_or_its_talks(
    text: str, fact: tuple[str, str | None]
) -> None:
    assert fact in statement_days(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a date of the reported event, not of the saying
        (
            "Ostranan troops crossed the border on Tuesday, the Vellmark Foreign Ministry said "
            "in a statement.",
            ("Vellmark Foreign Ministry", None),
        ),
        # a statement issued after other talks than the dated ones
        (
            "Foreign Minister Anna Berg of Norway held talks with Foreign Minister Lars Holm "
            "of Sweden in Oslo on Tuesday.\n\nThe border will reopen, Norway and Sweden said "
            "in a joint statement.",
            ("Norway", None),
        ),
    ],
)
def test_a_statement_is_not_dated_by_another_event(text: str, fact: tuple[str, str | None]) -> None:
    assert fact in statement_days(text)


# -- a hostile deed told in reported words, with no verb of accusing -------------------

SPOKES = "Foreign Ministry spokeswoman Olga Veren of Russia"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            f"{SPOKES} said that it was plain that the United States had been interfering in "
            "Georgia's internal affairs.",
            ("Olga Veren", "United States", False),
        ),
        (
            f"{SPOKES} claimed on Friday that Britain should stop meddling in the domestic "
            "affairs of Belarus.",
            ("Olga Veren", "United Kingdom", True),
        ),
        (
            "According to Olga Veren, the United States uses satellites in order to "
            "destabilize both Iran and Syria.",
            ("Olga Veren", "United States", True),
        ),
        (
            "The United States has been intervening in Venezuela's affairs, Olga Veren said.",
            ("Olga Veren", "United States", False),
        ),
        (
            f"{SPOKES} told reporters that NATO was trying to undermine the ceasefire.",
            ("Olga Veren", "NATO", False),
        ),
    ],
)
def test_a_hostile_deed_in_reported_words_is_the_speakers_charge(
    text: str, fact: tuple[str, str, bool]
) -> None:
    assert fact in accusations(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            f"{SPOKES} said Britain's naval build-up posed a direct threat to the region.",
            ("Olga Veren", "United Kingdom", False),
        ),
        (
            f"{SPOKES} said NATO's expansion threatens the security of Europe.",
            ("Olga Veren", "NATO", False),
        ),
        # words of criticism and dismissal
        (
            f'{SPOKES} called the British strikes "barbaric".',
            ("Olga Veren", "United Kingdom", False),
        ),
        (
            f"{SPOKES} dismissed Britain's latest allegations as lies.",
            ("Olga Veren", "United Kingdom", False),
        ),
    ],
)
def test_a_threat_or_a_dismissal_in_reported_words(text: str, fact: tuple[str, str, bool]) -> None:
    assert fact in accusations(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            f"{SPOKES} summoned the British ambassador to protest against the arrest of a "
            "Russian journalist.",
            ("Olga Veren", "United Kingdom", False),
        ),
        (
            f"{SPOKES} summoned Britain's chargé d'affaires over the expulsions.",
            ("Olga Veren", "United Kingdom", False),
        ),
        (
            "Today I have summoned the British ambassador to condemn the arrests, Foreign "
            "Minister Olga Veren of Russia said.",
            ("Olga Veren", "United Kingdom", False),
        ),
        (
            f"{SPOKES} said Russia would work with partners to counter Britain's disruptive "
            "behaviour in the region.",
            ("Olga Veren", "United Kingdom", False),
        ),
        (
            "The United States has been interfering in Georgia's affairs, Foreign Ministry "
            "spokeswoman Olga Veren said.",
            ("Olga Veren", "United States", False),
        ),
    ],
)
def test_a_summoned_envoy_s_state_or_a_disruptive_deed(
    text: str, fact: tuple[str, str, bool]
) -> None:
    assert fact in accusations(text)


def test_the_regime_called_on_is_the_state_named_just_before() -> None:
    text = (
        "Britain summoned Iran's envoy on Monday. The UK has repeatedly called on the regime "
        "to end the use of the death penalty."
    )
    assert ("United Kingdom", "Iran", False) in accusations(text)


def test_the_regime_with_no_state_named_before_is_no_one() -> None:
    text = "The UK has repeatedly called on the regime to end the use of the death penalty."
    assert not accusations(text)


def test_an_envoy_summoned_to_talk_is_no_charge() -> None:
    text = f"{SPOKES} summoned the British ambassador to discuss the fishing quotas."
    assert ("Olga Veren", "United Kingdom") not in {(a, b) for a, b, _ in accusations(text)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a threat told as an intention, or a threat with no doer named
        (
            f"{SPOKES} said the United States threatened to leave the talks.",
            ("Olga Veren", "United States"),
        ),
        (
            f"{SPOKES} said climate change posed a grave threat to the United States.",
            ("Olga Veren", "United States"),
        ),
        # a warning not to do it: no charge that it is done
        (
            f"{SPOKES} said that the United States should not interfere in Georgia's affairs.",
            ("Olga Veren", "United States"),
        ),
        # "intervening" that is no intervention in affairs
        (
            f"{SPOKES} said the United States had grown stronger in the intervening years.",
            ("Olga Veren", "United States"),
        ),
        # the state named is the victim, not the doer
        (
            f"{SPOKES} said that hackers were interfering in the affairs of the United States.",
            ("Olga Veren", "United States"),
        ),
        # no one is said to say it
        (
            f"{SPOKES} arrived in Minsk on Friday. The United States has been interfering in "
            "Georgia's internal affairs for years.",
            ("Olga Veren", "United States"),
        ),
    ],
)
def test_no_charge_without_a_doer_a_deed_and_a_speaker(text: str, pair: tuple[str, str]) -> None:
    assert pair not in {(a, b) for a, b, _ in accusations(text)}


# -- no subject is taken from behind a preposition -------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the subject is a name the story does not know: not the state after "of"
        (
            "In their discussion of Syria, NSA Kell reiterated the view that the Assad regime "
            "must be held accountable for its use of chemical weapons.",
            ("Syria", "Assad regime"),
        ),
        (
            "After talks with Norway, envoy Kell demanded that Russia stop its attacks on "
            "Ukraine's ports.",
            ("Norway", "Russia"),
        ),
    ],
)
def test_the_object_of_a_preposition_is_no_accuser(text: str, pair: tuple[str, str]) -> None:
    assert pair not in {(a, b) for a, b, _ in accusations(text)}


def test_the_object_of_a_preposition_is_no_speaker() -> None:
    text = (
        "His comment, made in an interview with the Nordic Broadcasting Corporation, confirmed "
        'that the old approach of "quiet diplomacy" had ended.'
    )
    assert "quiet diplomacy" not in quotes(text)


def test_a_body_after_by_with_a_relative_clause_still_speaks() -> None:
    text = (
        "Norway signed a fishing deal with Britain.\n\nThe deal was criticised by the Norwegian "
        "Fishermen's Association, which said its members had been sold short and accused the "
        "government of favouring large trawlers."
    )
    assert ("Norwegian Fishermen's Association", "Norway", False) in accusations(text)


# -- words a joint statement gives are each co-issuer's ---------------------------------

TALKS = (
    "Foreign Minister Anna Berg of Norway held talks with Foreign Minister Lars Holm of "
    "Sweden in Oslo on Tuesday. "
)


def quote_speakers(text: str) -> set[tuple[str, str]]:
    ann = draft(text)
    return {(q.text.text, ann.entities[q.speaker.key].name) for q in ann.quotes}


@pytest.mark.parametrize(
    "text",
    [
        TALKS + 'They issued a joint statement condemning the "reckless" strikes on the port.',
        TALKS + "In a joint statement issued after the talks, the two ministers called the "
        'strikes "reckless".',
    ],
)
def test_words_of_a_joint_statement_are_each_co_issuers(text: str) -> None:
    found = quote_speakers(text)
    assert {("reckless", "Anna Berg"), ("reckless", "Lars Holm")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # the quote comes before the statement is told
        TALKS + 'The strikes were "reckless", and they issued a joint statement.',
        # the statement is told in another sentence
        TALKS + 'They issued a joint statement. Critics called the strikes "reckless".',
    ],
)
def test_no_joint_speakers_for_words_outside_the_statements_sentence(text: str) -> None:
    found = quote_speakers(text)
    assert ("reckless", "Lars Holm") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Vellmark Foreign Ministry on Wednesday said the border was closed.",
        "The Vellmark Foreign Ministry said on Wednesday that the border was closed.",
    ],
)
def test_a_body_said_with_its_day_before_or_after_the_verb(text: str) -> None:
    assert ("Vellmark Foreign Ministry", "2025-03-12") in statement_days(text)


# -- statements told by a joint document's signatories or by a body's spokesperson -----


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        (
            "Norway welcomed the joint media statement announced today by Japan, Australia and "
            "the United States.",
            {"Japan", "Australia", "United States"},
        ),
        (
            "Officials praised the joint declaration signed by Chile and Peru on the border.",
            {"Chile", "Peru"},
        ),
        (
            "An FCO spokeswoman said the minister would travel to Moscow.",
            {"Foreign and Commonwealth Office"},
        ),
        (
            "A spokesman for the Vellmark Foreign Ministry said the talks were useful.",
            {"Vellmark Foreign Ministry"},
        ),
    ],
)
def test_a_document_by_co_issuers_or_a_spokesperson_of_a_body(text: str, issuers: set[str]) -> None:
    assert issuers <= statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Vellmark Foreign Ministry declined to comment.",
        "The joint statement was drafted by Norwegian officials.",
        "A Downing Street spokesperson said the Prime Minister met the Secretary-General.",
    ],
)
def test_no_statement_from_a_silent_spokesperson_or_a_drafter(text: str) -> None:
    found = statements(text)
    assert "Vellmark Foreign Ministry" not in found
    assert "Norway" not in found
    assert "Downing Street" not in found


# -- quotes set out as paragraphs -------------------------------------------------------

TALKS_UK = "Foreign Secretary Anna Berg of Norway met Secretary of State Lars Holm on Monday.\n\n"


def test_a_quote_opening_a_paragraph_after_x_said_colon_is_x_s() -> None:
    text = TALKS_UK + 'Holm said:\n\n"We treasure this relationship."\n'
    assert quotes(text)["We treasure this relationship."] == "Lars Holm"


def test_an_unnamed_spokesperson_said_colon_is_the_speaker_not_the_principal() -> None:
    text = (
        TALKS_UK + "A spokesperson for the Foreign Secretary said:\n\n"
        '"The two ministers discussed trade."\n'
    )
    assert quotes(text)["The two ministers discussed trade."] == (
        "spokesperson for the Foreign Secretary"
    )


def test_a_quote_running_over_unmarked_paragraphs_is_one_quote_each() -> None:
    text = (
        TALKS_UK + "Berg said:\n\n"
        "“The two ministers discussed trade.\n\n"
        "On fishing, they agreed to meet again.\n\n"
        "They will meet in Paris in May.”\n"
    )
    found = quotes(text)
    assert found["The two ministers discussed trade."] == "Anna Berg"
    assert found["On fishing, they agreed to meet again."] == "Anna Berg"
    assert found["They will meet in Paris in May."] == "Anna Berg"


def test_a_colon_inside_a_paragraph_is_no_attribution_of_the_next() -> None:
    text = TALKS_UK + 'The agenda was short: trade.\n\n"Nobody expected more."\n'
    assert "Nobody expected more." not in quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        INTRO + '"The door stays open," the High Representative for Foreign Affairs and '
        "Security Policy Ana Marek said in a statement.",
        INTRO + '"The door stays open," Special Envoy for the Great Lakes Region Ana Marek '
        "told reporters.",
    ],
)
def test_a_long_title_before_the_speaker_after_the_quote(text: str) -> None:
    assert quotes(text)["The door stays open"] == "Ana Marek"


# -- a house style quoting with straight single quotes ---------------------------------


def test_a_paragraph_opening_with_a_straight_single_quote_is_a_quote() -> None:
    text = (
        "Foreign Minister Anna Berg of Norway will travel to Malaysia this week.\n\n"
        "'The region plays a central role in a peaceful Indo-Pacific,' Ms Berg said.\n\n"
        "'We will highlight the value of the partnership.'\n\n"
        "Norway's exports grew, and the 'green' plan's costs rose.\n"
    )
    found = quotes(text)
    assert found["The region plays a central role in a peaceful Indo-Pacific"] == "Anna Berg"
    assert found["We will highlight the value of the partnership."] == "Anna Berg"
    assert not any("green" in q for q in found)  # (a word in single quotes mid-line: none)


def test_a_hard_wrapped_quote_stays_one_quote() -> None:
    text = (
        "Foreign Minister Anna Berg of Norway spoke on Monday.\n"
        '"We will not back down\non fishing," Berg said.\n'
    )
    assert quotes(text)["We will not back down\non fishing"] == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        (
            "Joint Statement by Prime Minister Anna Berg of Norway and Prime Minister Lars "
            "Holm of Sweden\n\nThe Prime Ministers met in Oslo on Monday.\n",
            {"Anna Berg", "Lars Holm"},
        ),
        (
            "Norway-Sweden Joint Statement\n\nThe foreign ministers met in Oslo on Monday.\n",
            {"Norway", "Sweden"},
        ),
        (
            "Joint Statement on the Norway-Sweden Strategic Dialogue\n\nThe dialogue was held "
            "in Oslo on Monday.\n",
            {"Norway", "Sweden"},
        ),
    ],
)
def test_a_release_titled_as_a_joint_statement_is_each_co_issuer_s(
    text: str, issuers: set[str]
) -> None:
    assert issuers <= statements(text)


def test_a_joint_statement_named_in_passing_is_no_title() -> None:
    text = "Foreign Minister Anna Berg of Norway discussed the Norway-Sweden Joint Statement."
    assert not {"Norway", "Sweden"} <= statements(text)


# -- "he said": the subject of the sentence before, even when another name follows it ----


@pytest.mark.parametrize(
    "text",
    [
        INTRO + 'Kral, who had called Marek a "warmonger" in May, struck a softer tone. '
        '"We are neighbours and we must trade," he said.',
        INTRO + "Kral, who flew in from Ostrana, thanked Marek for the invitation. "
        '"We are neighbours and we must trade," he said.',
        INTRO + "President Ivo Kral, who had long avoided Marek, struck a softer tone. "
        '"We are neighbours and we must trade," he said.',
    ],
)
def test_a_pronoun_stands_for_the_subject_that_opens_the_sentence_before(text: str) -> None:
    assert quotes(text)["We are neighbours and we must trade"] == "Ivo Kral"


def test_a_name_after_the_opening_possessive_is_the_subject() -> None:
    text = INTRO + "Kral's aides briefed Marek. " + '"We are neighbours," he said.'
    assert quotes(text)["We are neighbours"] == "Ana Marek"


# -- an unnamed spokesperson "for" someone speaks as that spokesperson ------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (INTRO + '"This is a dark day," a spokesman for Kral told AFP.', "spokesman for Kral"),
        (INTRO + 'A spokesman for Kral told AFP: "This is a dark day."', "spokesman for Kral"),
        (
            INTRO + '"This is a dark day," a spokesperson for the Secretary-General said.',
            "spokesperson for the Secretary-General",
        ),
        (
            INTRO + 'A spokeswoman for the Ostranan Foreign Ministry said: "This is a dark day."',
            "spokeswoman for the Ostranan Foreign Ministry",
        ),
        # named in apposition: the named one speaks
        (INTRO + 'A spokesman for Kral, Juan Perez, said: "This is a dark day."', "Juan Perez"),
    ],
)
def test_an_unnamed_spokesperson_for_someone_is_the_speaker(text: str, speaker: str) -> None:
    assert quotes(text)["This is a dark day" + ("." if ': "' in text else "")] == speaker


# -- a quote running over paragraphs, as releases print it ------------------------------

RUN_ON = [
    # opening mid-paragraph after "said:", each paragraph opening with a mark
    INTRO + "Marek said: “We were pleased to welcome the minister.\n\n"
    "“We agreed to meet again.\n\n“The talks were useful.”",
    # straight marks, the quote opening its own paragraph after "said:"
    INTRO + 'Speaking in Lima, Marek said:\n\n"We were pleased to welcome the minister.\n\n'
    '"We agreed to meet again.\n\n"The talks were useful."',
    # a release's line that names the speaker, no verb
    INTRO + "Minister for Foreign Affairs, Senator the Hon Ana Marek:\n\n"
    "“We were pleased to welcome the minister.\n\n“We agreed to meet again.\n\n"
    "“The talks were useful.”",
]


@pytest.mark.parametrize("text", RUN_ON)
def test_each_paragraph_of_a_run_on_quote_is_the_speaker_s(text: str) -> None:
    found = {words.rstrip("."): who for words, who in quotes(text).items()}
    assert found == {
        "We were pleased to welcome the minister": "Ana Marek",
        "We agreed to meet again": "Ana Marek",
        "The talks were useful": "Ana Marek",
    }


@pytest.mark.parametrize(
    "text",
    [
        # a line with no name is no speaker's
        INTRO + "The joint statement read in part:\n\n“We agreed to meet again.”",
        # a line whose name is not its end (a heading that ends with something else)
        INTRO + "Ana Marek on the talks with Chile:\n\n“We agreed to meet again.”",
    ],
)
def test_a_colon_line_without_a_name_at_its_end_names_no_speaker(text: str) -> None:
    assert quotes(text).get("We agreed to meet again.") != "Ana Marek"


def test_a_closed_quote_before_a_paragraph_opening_with_a_mark_is_unchanged() -> None:
    text = INTRO + 'Marek said "no" to the plan.\n\n"We agreed to meet again," Kral said.'
    found = quotes(text)
    assert found["no"] == "Ana Marek"
    assert found["We agreed to meet again"] == "Ivo Kral"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            INTRO + "On Friday, the two sides “agreed to widen trade,” a statement from the "
            "Ostranan Foreign Ministry said.",
            "agreed to widen trade",
            "Ostranan Foreign Ministry",
        ),
        (
            INTRO + "“The talks were useful,” a Vellmark Foreign Ministry statement said.",
            "The talks were useful",
            "Vellmark Foreign Ministry",
        ),
        (
            INTRO + "“The talks were useful,” a joint communique issued by the Ostranan "
            "Foreign Ministry said.",
            "The talks were useful",
            "Ostranan Foreign Ministry",
        ),
    ],
)
def test_a_document_named_after_the_quote_says_it(text: str, words: str, speaker: str) -> None:
    assert quotes(text).get(words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the document is no one's: "a statement from the talks"
        INTRO + "“The talks were useful,” a statement from the talks said.",
        # the document is told, it does not speak
        INTRO + "“The talks were useful,” a statement from the Ostranan Foreign Ministry "
        "was read out later.",
    ],
)
def test_a_document_after_the_quote_that_names_no_body_or_says_nothing(text: str) -> None:
    assert "Ostranan Foreign Ministry" not in quotes(text).values()


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            INTRO + "Marek said the deal was “historic” and that after several hours of talks "
            "relations with Ostrana “will be very different than in the past.”",
            "will be very different than in the past.",
            "Ana Marek",
        ),
        (
            INTRO + "Marek said the talks were “useful” and that Ostrana and Vellmark would "
            "“keep working together.”",
            "keep working together.",
            "Ana Marek",
        ),
        # a second speaker in the "and that" clause speaks for themself
        (
            INTRO + "Marek said the deal was “historic” and that Ivo Kral had said it was "
            "“a mistake.”",
            "a mistake.",
            "Ivo Kral",
        ),
    ],
)
def test_a_second_quote_in_an_and_that_clause_is_the_same_speaker_s(
    text: str, words: str, speaker: str
) -> None:
    assert quotes(text).get(words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a new sentence is no second clause of the first speaker's
        INTRO + "Marek said the deal was “historic.” Ostrana said it was “a mistake.”",
        # "and that" opening a new speaker's own clause of saying
        INTRO + "Marek said the deal was “historic” and that Ivo Kral had called it “a mistake.”",
    ],
)
def test_a_quote_outside_the_and_that_clause_is_not_the_first_speaker_s(text: str) -> None:
    assert quotes(text).get("a mistake.") != "Ana Marek"


def relays_of(text: str, words: str) -> list[str]:
    ann = draft(text)
    return [
        ann.entities[r.key].name for q in ann.quotes if q.text.text == words for r in q.reported_by
    ]


@pytest.mark.parametrize(
    "text",
    [
        INTRO + "Vellmark's Foreign Ministry said that Marek told Kral that “Ostrana's "
        "rhetoric” had raised tensions.",
        INTRO + "The Vellmark Foreign Ministry said Marek told Kral the talks had been “useful.”",
    ],
)
def test_a_body_saying_that_a_person_told_relays_the_person_s_words(text: str) -> None:
    words = next(w for w in quotes(text))
    assert quotes(text)[words] == "Ana Marek"
    assert relays_of(text, words)[:1] in (
        ["Vellmark's Foreign Ministry"],
        ["Vellmark Foreign Ministry"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # a person saying what another told: no body relays it
        INTRO + "Kral said that Marek told him the talks had been “useful.”",
        # a medium reports, it is no body relaying the speaker
        INTRO + "Reuters said that Marek told Kral the talks had been “useful.”",
    ],
)
def test_only_a_body_s_outer_clause_of_saying_is_a_relay_here(text: str) -> None:
    words = next(w for w in quotes(text))
    assert quotes(text)[words] == "Ana Marek"
    assert not any("Ministry" in r or r == "Ivo Kral" for r in relays_of(text, words))


@pytest.mark.parametrize(
    "text",
    [
        INTRO + "Ostrana has said it will appeal the ruling. The statement said the moves had "
        "“eroded trust.”",
        INTRO + "Ostrana has also said it will appeal. The statement said the moves had "
        "“eroded trust.”",
    ],
)
def test_the_statement_is_not_a_state_s_stated_position(text: str) -> None:
    assert quotes(text).get("eroded trust.") != "Ostrana"


def test_the_statement_is_the_document_told_before() -> None:
    text = (
        INTRO + "The Ostranan Foreign Ministry issued a statement on Tuesday. The statement "
        "said the moves had “eroded trust.”"
    )
    assert quotes(text).get("eroded trust.") == "Ostranan Foreign Ministry"


# -- a medium's report carried over the paragraph's next sentences ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's next sentence, "added:"
        INTRO + "Reuters reported that Marek told reporters: “We are ready.” Marek added: "
        "“The door stays open.”",
        # a pronoun for the speaker, after a sentence with no quote of its own
        INTRO + "Reuters showed Marek saying that talks would go on. She stressed that the "
        "door was “open.”",
        # "went on to say": the pronoun is the verb's subject
        INTRO + "Reuters reported that Marek will travel on Sunday, quoting her as telling the "
        "press that she hopes to meet Kral. She went on to say, “The door stays open.”",
    ],
)
def test_a_medium_s_report_relays_the_speaker_s_next_sentences(text: str) -> None:
    words = "open." if "“open.”" in text else "The door stays open."
    assert quotes(text)[words] == "Ana Marek"
    assert relays_of(text, words) == ["Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence between reports someone else's news: the search stops there
        INTRO + "Reuters reported that Marek told reporters she was ready. Reuters also "
        "reported that Kral left. Marek said the talks were “useful.”",
        # the quote's own sentence names another source
        INTRO + "Reuters reported that Marek told reporters she was ready. Other networks "
        "reported that Marek called the talks “useful.”",
        # a new paragraph
        INTRO + "Reuters reported that Marek told reporters she was ready.\n\nMarek said the "
        "talks were “useful.”",
        # the medium's report does not name the speaker
        INTRO + "Reuters reported that Kral left early. Marek said the talks were “useful.”",
    ],
)
def test_a_medium_s_report_does_not_carry_past_its_bounds(text: str) -> None:
    assert quotes(text)["useful."] == "Ana Marek"
    assert "Reuters" not in relays_of(text, "useful.")


@pytest.mark.parametrize(
    "opening",
    [
        "She went on to say",
        "She continued to insist",
        "She was quick to say",
        "Marek went on to say",
    ],
)
def test_a_verb_of_saying_after_went_on_to_has_the_subject_before(opening: str) -> None:
    text = INTRO + f"{opening}, “The door stays open.”"
    assert quotes(text)["The door stays open."] == "Ana Marek"


@pytest.mark.parametrize(
    "tail",
    [
        "Marek in turn told her guest.",
        "Marek, for her part, said.",
        "Marek in reply told reporters.",
        "Marek herself said.",
    ],
)
def test_an_adverb_of_reply_between_the_speaker_and_the_verb(tail: str) -> None:
    text = INTRO + "“We welcome you,” Kral told Marek. “The door stays open,” " + tail
    assert quotes(text)["The door stays open"] == "Ana Marek"
    assert quotes(text)["We welcome you"] == "Ivo Kral"


def test_a_reply_adverb_does_not_make_a_name_in_the_quote_s_tail_the_speaker() -> None:
    text = INTRO + "“The door stays open,” Kral told Marek. Marek in turn left early."
    assert quotes(text)["The door stays open"] == "Ivo Kral"


@pytest.mark.parametrize(
    "text",
    [
        INTRO + "Marek praised the so-called ‘Lake Group’ of donors.",
        INTRO + "Marek met the group, more commonly labelled as the ‘V4+2’, in the capital.",
        INTRO + "Marek thanked both the ‘Quad’ and Ostrana.",
    ],
)
def test_a_name_in_quotes_after_so_called_or_the_is_no_quote(text: str) -> None:
    assert not any(w in ("Lake Group", "V4+2", "Quad") for w in quotes(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a label not named as one: the speaker's word
        (INTRO + "Marek said the plan was “Vellmark-first.”", "Vellmark-first."),
        (INTRO + "Marek called the talks “useful.”", "useful."),
    ],
)
def test_a_speaker_s_words_are_no_label(text: str, words: str) -> None:
    assert quotes(text)[words] == "Ana Marek"


@pytest.mark.parametrize("verb", ["applauded", "lauded", "commended", "congratulated", "praised"])
def test_a_verb_of_praise_before_a_quote_has_the_speaker(verb: str) -> None:
    text = INTRO + f"Marek {verb} Kral for the talks as “a testament to dialogue.”"
    assert quotes(text)["a testament to dialogue."] == "Ana Marek"


@pytest.mark.parametrize(
    "text",
    [
        INTRO + "The Vellmark Foreign Ministry said Marek, Kral and their aides will discuss "
        "“a full range of issues.”",
        INTRO + "The Vellmark Foreign Ministry said Marek and Kral will discuss “a full range of "
        "issues.”",
    ],
)
def test_the_subjects_of_the_clause_said_are_no_relays(text: str) -> None:
    assert not {"Ana Marek", "Ivo Kral"} & set(relays_of(text, "a full range of issues."))


def test_a_person_after_said_ending_the_clause_still_relays() -> None:
    text = INTRO + "“The door stays open,” Marek told Kral, said Pavel Orsk."
    assert quotes(text)["The door stays open"] == "Ana Marek"
    assert relays_of(text, "The door stays open") == ["Pavel Orsk"]


@pytest.mark.parametrize(
    "said", ["the spokesperson added in a note", "the spokesman said", "the spokeswoman also said"]
)
def test_the_spokesperson_after_a_quote_is_the_one_told_of_before(said: str) -> None:
    text = (
        INTRO + "They discussed the river, according to information provided by Ms. Marek's "
        f"spokesperson.\n\n“Both sides must now act,” {said}."
    )
    assert quotes(text)["Both sides must now act"] == "spokesperson for Ana Marek"


def test_no_spokesperson_after_a_quote_when_none_was_told_of() -> None:
    text = INTRO + "“Both sides must now act,” the spokesperson added."
    assert "spokesperson" not in quotes(text).get("Both sides must now act", "")
