"""The extractor's word lists (src/diplokg/data/lexicon/words-*.tsv) and what is made of them.

Each file is one entry a line, lower case, sorted, without duplicates, and read by the
extractor. A list that makes both a pattern and a scan's head words (diplokg.extract.words)
must make a pattern that matches every entry: each case below puts every entry of one
list in a context where its pattern must find it. Where a scan's head words are read off
its pattern instead (diplokg.extract.text.first_words, or group_words where the key word
is inside the match), or the words a pattern anchored at the end ends in (last_words), the
last tests show what is read and that a pattern whose first or last word is not spelled
out is refused. The few sets still kept by hand beside a pattern are checked against it.
"""

from __future__ import annotations

import re

import pytest

import diplokg.extract  # noqa: F401 - reads every word list
from diplokg.extract import (
    charging,
    clauses,
    dating,
    deeds,
    entities,
    meetings,
    names,
    patterns,
    protests,
    quotes,
    referring,
    serving,
    statements,
    subjects,
    visits,
    words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN, Scan, first_words, group_words, last_words
from diplokg.resources import resource_dir

LEXICON = resource_dir("lexicon")
FILES = sorted(f.name for f in LEXICON.iterdir() if f.name.startswith("words-"))
ENTRY = re.compile(r"[a-z]+(?: [a-z]+)*")  # (no character a pattern would need escaped)


def test_there_are_word_lists() -> None:
    assert len(FILES) >= 7, FILES


@pytest.mark.parametrize("name", FILES)
def test_a_word_list_is_clean_and_sorted(name: str) -> None:
    text = (LEXICON / name).read_text(encoding="utf-8")
    assert name.endswith(".tsv"), name
    assert text.endswith("\n") and not text.endswith("\n\n"), f"{name}: one final line break"
    entries = text.splitlines()
    bad = [e for e in entries if not ENTRY.fullmatch(e)]
    assert not bad, f"{name}: entries must be lower-case words with single spaces: {bad}"
    assert entries == sorted(entries), f"{name}: keep the entries sorted"
    assert len(entries) == len(set(entries)), f"{name}: an entry is listed twice"


def test_every_word_list_is_read_by_the_extractor() -> None:
    on_disk = {name.removeprefix("words-").removesuffix(".tsv") for name in FILES}
    assert on_disk == words.LOADED


def test_an_alternation_of_entries_matches_each_whole_entry() -> None:
    pattern = re.compile(rf"(?:{words.alternation(('exchanged views', 'met'))})\b")
    assert pattern.fullmatch("exchanged \n views")
    assert pattern.fullmatch("met")
    assert not pattern.fullmatch("exchanged")
    # the longer of two entries where one starts the other is tried first
    then_space = re.compile(rf"(?:{words.alternation(('called', 'called for'))})\s+")
    m = then_space.match("called for peace")
    assert m is not None and m.group() == "called for "


# (list, pattern, context with {} for the entry, the group that holds the entry or None)
CASES = [
    ("claim-verbs", deeds._CLAIM, "Manila {} that", None),
    ("speech-verbs", patterns._SPEECH, "she {} it", None),
    ("title-words", serving._TITLE_BEFORE_STATE, "the {} of ", None),
    ("speech-verbs", quotes._SAID_AFTER_QUOTE, "”, {} Lima", "verb"),
    ("conference-nouns", patterns._CONF_NP, "the annual {}", "head"),
    ("visit-nouns", visits._VISIT_NOUN, "his first {} to ", None),
    ("said-verbs", patterns._SAID_AFTER_NAME, "Ministry {}", None),
    ("said-verbs", statements._GOVERNMENT_SAID, "government also {}", None),
    ("name-connectors", names._TRAIL_CONNECTORS, "Bank {}", None),
    ("name-connectors", names._LEAD_CONNECTORS, "{} Bank", None),
    ("organisation-references", referring._ORG_REFERENCE, "the {} said", "w"),
    ("demonym-bodies", entities._DEMONYM_BODY, "Chinese {} said", None),
    ("deceit-verbs", protests._NEG_VERB_AFTER, " has been {} them", None),
    ("deceit-verbs", charging._NEG_WORDS, "a {} claim", None),
]


@pytest.mark.parametrize(
    ("name", "pattern", "context", "group"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_each_entry_is_found_by_the_pattern_made_from_its_list(
    name: str, pattern: re.Pattern[str], context: str, group: str | None
) -> None:
    for entry in words.word_list(name):
        text = context.format(entry)
        m = pattern.search(text)
        assert m is not None and entry in m.group(), (name, text)
        if group is not None:
            assert m.group(group) == entry, (name, text)


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (r"\b(?:was|were)\s+(?:also\s+)?received\s+by|met(?:\s+with)?\b", {"was", "were", "met"}),
        (
            r"(?:have\s+|has\s+)?signed|finali[sz]ed|sits?\s+down",
            {"have", "has", "signed"} | {"finalised", "finalized", "sit", "sits"},
        ),
        (r"(?:(?<=[’'s]\s)|(?<=[Hh]er\s))[Tt]alks?(?=\s+with)", {"talk", "talks"}),
        (r"didn[’']t\s+attend|(?i:Communiqué)\b", {"didn", "communiqué"}),
        (r"(?:also\s+)*said\b", {"also", "said"}),
    ],
)
def test_the_first_words_of_a_pattern_are_its_scan_heads(pattern: str, heads: set[str]) -> None:
    assert first_words(re.compile(pattern)) == heads


@pytest.mark.parametrize(
    "pattern",
    [r"\w+\s+said", r"[A-Z][a-z]+\s+met", r"spokes\w+", r"(?:a|b)*c", r"[^ ]said", r".said"],
)
def test_a_pattern_whose_first_word_is_not_spelled_out_has_no_first_words(pattern: str) -> None:
    with pytest.raises(ValueError):
        first_words(re.compile(pattern))


@pytest.mark.parametrize(
    ("pattern", "ends"),
    [
        (r"\b(?:he|He)\s+(?:(?:also|had\s+also|due\s+to)\s+)*$", ("He", "also", "he", "to")),
        (r"(?:spokes(?:man|woman)|envoy),?\s+$", ("envoy", "spokesman", "spokeswoman")),
        (r"(?i:\b(?:visit(?:ed|s)?|back\s+to)\s+)$", ("to", "visit", "visited", "visits")),
    ],
)
def test_the_last_words_of_a_pattern_anchored_at_the_end(
    pattern: str, ends: tuple[str, ...]
) -> None:
    assert last_words(re.compile(pattern)) == ends


@pytest.mark.parametrize("pattern", [r"(?:\band|,)\s+$", r"\s+[A-Z]\w*\s+$", r"said\s+\w+$"])
def test_a_pattern_whose_last_word_is_not_spelled_out_has_no_last_words(pattern: str) -> None:
    with pytest.raises(ValueError):
        last_words(re.compile(pattern))


@pytest.mark.parametrize(
    ("pattern", "group", "heads"),
    [
        (
            r"\bhad\s+(?:harsh\s+)?(?P<n>criticism|accusations?)\s+of",
            "n",
            {"criticism", "accusation", "accusations"},
        ),
        (r"\b(?P<neg>did\s+not|skipped)\s*(?P<rest>attend)?", "neg", {"did", "skipped"}),
        (r"(?:a|b)(?P<g>(?:x|y)(?P<h>zed|[Ww]ye))", "h", {"zed", "wye"}),
        (r"\b(?P<v>(?:will\s+)?visit(?:s|ed)?)\s+", "v", {"will", "visit", "visits", "visited"}),
    ],
)
def test_the_words_a_named_group_starts_with(pattern: str, group: str, heads: set[str]) -> None:
    assert group_words(re.compile(pattern), group) == heads


@pytest.mark.parametrize(
    ("pattern", "group"),
    [(r"a(?P<g>\w+)", "g"), (r"a(?P<g>b?)c", "g"), (r"(?P<g>[A-Z]\w*) met", "g")],
)
def test_a_group_whose_first_word_is_not_spelled_out_has_no_group_words(
    pattern: str, group: str
) -> None:
    with pytest.raises(ValueError):
        group_words(re.compile(pattern), group)


def test_the_scans_read_off_a_named_group_look_for_its_words() -> None:
    assert SCAN.CRITICISM_NOUN.heads == {
        "criticism",
        "condemnation",
        "accusation",
        "accusations",
    }
    assert {"hackers", "militias", "hacker", "hacking"} <= entities._GROUP_SCAN.heads
    assert {"skipped", "didn", "withdrew", "cancelled"} <= visits._ABSENCE_FIRST
    assert "skippedattend" not in visits._ABSENCE_FIRST
    assert entities._MEDIA_AFTER_SCAN.heads == set(last_words(RX.MEDIA_AFTER))
    assert "agency" in entities._MEDIA_AFTER_SCAN.heads  # "news agency" ends in it


def test_the_visit_verb_heads_kept_by_hand_are_words_its_pattern_spells() -> None:
    # by hand: the pattern's "will visit", "to visit" start with "will", "to", which the
    # scan skips (chunks=1 finds "visit"); "leave" is the second word of "will leave"
    spelled = group_words(RX.VISIT_VERB, "v")
    assert visits._VISIT_VERB_HEADS - {"leave"} <= spelled
    assert spelled - visits._VISIT_VERB_HEADS == {"will", "to", "travell"}
    assert RX.VISIT_VERB.search("She will leave for Lima ")


def test_the_coordinated_ends_are_the_lists_its_pattern_is_made_of() -> None:
    # every conjunction and adverb the pattern is built of, and no other word, is an end
    assert set(subjects._COORDINATED_ENDS) - {","} == _spelled_words(subjects._COORDINATED)
    for lead in (*subjects._COORDINATING, ","):
        for word in subjects._COORDINATED_BETWEEN:
            head = f"X {lead} {word} "
            assert subjects._COORDINATED.search(head), head
            assert patterns._may_end_with(head, subjects._COORDINATED_ENDS), head


def test_every_demonym_ending_makes_a_demonym_like_word() -> None:
    for end in patterns._DEMONYM_ENDS:
        assert patterns._DEMONYM_LIKE.match(f"Ostr{end}"), end
        assert patterns._demonym_like(f"Ostr{end}"), end


def test_every_first_word_of_the_negation_holds_a_negation_word() -> None:
    # by hand: parts of words for a substring test; "n" is the "n't" the list spells
    for word in first_words(RX.NEGATION) - {"n"}:
        assert any(part in word for part in patterns._NEGATION_WORDS), word
    for text in ("not going ", "No longer ", "refused to go ", "stopped short of it "):
        assert patterns._negation(text), text


def _spelled_words(pattern: re.Pattern[str]) -> set[str]:
    """The letter runs of a pattern's source, its escapes (\\b, \\s) taken out."""
    return set(re.findall(r"[a-zé]+", re.sub(r"\\[A-Za-z]", " ", pattern.pattern.lower())))


@pytest.mark.parametrize(
    "scan",
    [
        meetings._MINISTERS_OF_STATES_SCAN,
        entities._PRESS_SERVICE_SCAN,
        referring._THE_SAME_SCAN,
        statements._DOCUMENT_ADOPTED_SCAN,
        dating._DATE_SCAN,
    ],
    ids=["ministers-of-states", "press-service", "the-same", "adopted", "date"],
)
def test_a_scan_with_heads_kept_by_hand_looks_for_words_its_pattern_spells(scan: Scan) -> None:
    assert scan.heads | scan.far <= _spelled_words(scan.pattern)


def test_the_sets_that_pick_some_of_a_pattern_s_matches_are_among_them() -> None:
    for trigger in meetings._SIGNING_TRIGGERS | meetings._DISCUSS_TRIGGERS:
        m = meetings._MEET.search(f"They {trigger} it")
        assert m is not None and m.group("trig") == trigger, trigger
    for word in clauses._PAIR_OF_STATES:
        m = RX.DEMONYM_PAIR.match(f"The Ostran and Kestrian {word} met")
        assert m is not None and m.group("w") == word, word


def test_the_state_before_heads_are_its_first_words_but_the() -> None:
    spelled = first_words(RX.STATE_CONTEXT_BEFORE)
    assert spelled - entities._STATE_BEFORE_HEADS == {"the"}
    # "the government of", "the capital of"
    assert entities._STATE_BEFORE_HEADS - spelled == {"government", "capital"}
