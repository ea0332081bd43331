"""Entities and mentions found before the capitalised names: known names, unknown states,
media, acronyms and special noun phrases ("the Chinese delegation", "alleged hackers").
Persons told of without a name (anonymous sources, "the minister", "the latter") are
extract/referring.py's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from diplokg.extract.clauses import Clauses
from diplokg.extract.lexicon import _Cand, _gaps
from diplokg.extract.namewords import _MILITARY_RANK_BEFORE, _NOT_NAME_WORDS
from diplokg.extract.patterns import (
    _COMMON_CAPS,
    _DAY_MONTH_WORDS,
    _GOVERNMENT_WORDS,
    _HONORIFIC_WORDS,
    _MEDIA,
    _PORTFOLIO_WORDS,
    _ROLE_HEADS,
    _ROLE_TITLE_RE,
    _SPEECH,
    MILITARY_RANK,
    _is_name_token,
    _is_role_head,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _add_alias
from diplokg.extract.text import (
    _CASE_ODD_CHARS,
    SCAN,
    Scan,
    _fold,
    _rx,
    first_words,
    group_words,
    last_words,
    singular,
    tokens,
)
from diplokg.extract.words import alternation, word_list
from diplokg.gazetteer import ORG_HEADS, PLACE_HEADS
from diplokg.model.evidence import find_occurrences
from diplokg.rdf.terms import slugify

# What RX.LOCATIVE's words end in, lower-cased ("arrived in": "in"; "back to": "to").
_LOCATIVE_ENDS = last_words(RX.LOCATIVE)


# What a long form defining initials ends in when it names a meeting, a scheme, a document or
# a place, no body: "the OECD Ministerial Council Meeting (MCM)", "the Southeast Asia
# Regional Programme (SEARP)", "the United Nations Protected Area (UNPA)".
# Capitalised words that tell what fighters are, not whose ("Islamist militants",
# "Maoist rebels"): no group's own name.
_GROUP_KIND_WORDS = frozenset(
    _words("Islamist Jihadist Opposition Government Rebel Tribal Sunni Shia Shiite Maoist")
    + _words("Marxist Extremist Terrorist Separatist Militia Foreign Local Suspected Unknown")
)
# A ranked officer's name, then "of" ("Gen. Fang Fenghui of | the Chinese army"): built
# from the ranks' pattern.
_RANKED_NAME_OF_BEFORE = re.compile(
    rf"(?<![\w’'-]){MILITARY_RANK}(?:[A-Z]\.[ \t]+|[A-Z][a-z][\w’'-]*[ \t]+){{1,4}}of[ \t]+$"
)
_NOT_BODY_HEADS = frozenset(
    _words(
        "Meeting Meetings Programme Program Area Zone Declaration Agreement Treaty Initiative "
        "Plan Strategy Framework Process Roadmap Accord Agenda Dialogue Consultations"
    )
    # a law's or a document's initials: "the … Opportunity Act (AGOA)", "Memoranda of
    # Understanding (MoUs)", "the … Protocol (GMP)"
    + _words("Act Bill Law Memorandum Memoranda Understanding Convention Protocol Charter Pact")
)
# A state's body after its demonym ("the Chinese delegation", "the Peruvian foreign ministry").
_DELEGATION_BODY = (
    r"delegation|mission|embassy|"
    r"consulate|representation|presidency|(?:presidential|national)[ ]+(?:press[ ]+service|"
    r"administration|office|security[ ]+council)|(?:foreign|interior|defen[cs]e|justice|"
    r"finance|trade)[ ]+ministry|foreign[ ]+office|coast[ ]+guard|police|government|"
    r"authorities|army|navy|military|parliament"
)
_DELEGATION = re.compile(
    r"\b(?:the[ ]+|The[ ]+)?(?P<name>(?P<dem>[A-Z][a-z]+)[ ]+(?:"
    + _DELEGATION_BODY
    # (a whole word: "the Mozambican governments" is no body's name)
    + r")\b(?:[ ]+(?:to|in|at)[ ]+(?:the[ ]+)?"
    # (not a named meeting: "the Indian delegation at the Indian Ocean Conference" is at it)
    r"(?![A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)*?[ ]+(?:Conference|Summit|Forum|Meeting|"
    r"Ministerial|Dialogue)\b)"
    r"[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)*)?)"
)
# A body a state's name owns ("Dravena’s foreign ministry", "New Varia’s presidency").
_STATE_BODY = (
    r"(?:foreign|interior|defen[cs]e|justice|"
    r"finance|trade)[ ]+ministry|presidency|foreign[ ]+office"
)
_STATE_POSS_BODY = re.compile(
    r"\b[A-Z][\w-]+(?:[ ][A-Z][\w-]+)?[’']s[ ]+(?P<body>" + _STATE_BODY + r")\b"
)
_BODY_OF_STATE_MODS = r"presidential|national|foreign|interior"  # "the national security council"
_BODY_OF_STATE = re.compile(
    rf"\b(?:the|The)[ ]+(?P<name>(?:{_BODY_OF_STATE_MODS})[ ]+(?:press[ ]+service|"
    r"administration|office|ministry|security[ ]+council)(?:[ ]+of[ ]+(?P<st>[A-Z][\w-]+))?)"
)
_BODIES_OF_STATES_SCAN = Scan(RX.BODIES_OF_STATES, frozenset(("ministries", "embassies")), chunks=1)
_DELEGATION_HEADS = first_words(re.compile(_DELEGATION_BODY))
_BODY_OF_STATE_HEADS = first_words(re.compile(_BODY_OF_STATE_MODS))
_DEMONYM_BODIES = word_list("demonym-bodies")  # "the Chinese officials", "Iranian authorities"
_DEMONYM_BODY_HEADS = frozenset(_DEMONYM_BODIES)


_STATE_CONTEXT = (  # the nouns in any case: "Karavia’s Foreign Minister"
    r"(?:[’']s\s+(?i:(?:new|former|current|acting|interim|opposition|ruling|main|own)\s+)?(?i:"
    r"(?:government|president|prime\s+minister|foreign\s+minister|foreign\s+ministry|parliament|"
    r"capital|army|military|armed\s+forces|opposition|ambassador|interior\s+minister|"
    r"defen[cs]e\s+minister|king|queen|embassy|territory|navy|leader|leadership|sovereignty|"
    r"foreign\s+affairs|cabinet|presidency|authorities|border|borders|troops|forces|"
    r"ministry|minister)\b))"
)
_NOT_STATES = frozenset(
    _words(
        """
        Asia Africa Europe America Arctic Antarctica Antarctic Oceania Eurasia Caucasus Balkans
        Scandinavia Caribbean Pacific Atlantic Sahara Siberia Anatolia Crimea Patagonia Bavaria
        Catalonia Flanders Mesopotamia Arabia Persia Sahel Levant Maghreb Nordic Baltic Iberia
        Indochina Polynesia Melanesia Micronesia Andes Amazon Alps Himalaya Christ Islam Europa Saud
        Russia China India Brazil Korea Media Academia Utopia Olympia
        Kingdom Republic Federation Union Commonwealth Confederation Emirate Sultanate
        Principality Realm
        """
    )
)
_MEDIA_NAME_NOUN_SCAN = Scan(  # the name's last words: "news agency" ends in "agency"
    RX.MEDIA_NAME_NOUN,
    frozenset(word.lower() for word in last_words(RX.MEDIA_NAME_NOUN)),
    chunks=4,
    capitals=True,
)

_STATE_CONTEXT_RE = re.compile(r"\b([A-Z][\w-]+)" + _STATE_CONTEXT)
# Every match holds the possessive "’s" right after the name ("Veldania’s"): its "s" is one
# word, and the name is in the same white-space-separated chunk. Far fewer than the nouns
# after it ("minister", "foreign", "president" are in most sentences of the news).
_STATE_CONTEXT_HEADS = frozenset({"s"})  # see Scan


# (by hand: first_words(RX.STATE_CONTEXT_BEFORE) but "government" and "capital" for "the", in
# most sentences)
_STATE_BEFORE_HEADS = frozenset(  # RX.STATE_CONTEXT_BEFORE ("the government of")
    _words(
        "neighbouring neighboring government president minister embassy people ambassador "
        "ministers king queen capital"
    )
)


def _coordinated_words(text: str) -> Iterator[tuple[int, str]]:
    """Each "Peru, Vellmark and Ostrana" of ``text``, in order: the matches of the head
    and tail patterns read as one, each list's words read once."""
    pos = 0
    while (head := RX.COORDINATED_HEAD.search(text, pos)) is not None:
        tail = RX.COORDINATED_TAIL.match(text, head.end())
        if tail is None:
            pos = head.end()
            continue
        yield head.start(), text[head.start() : tail.end()]
        pos = tail.end()


@lru_cache(maxsize=4096)
def _demonym_forms(name: str) -> tuple[str, ...]:
    forms = [
        name + "n",
        name + "an",
        name + "ian",
        name + "i",
        name + "ese",
        name + "ish",
        name + "ic",
    ]
    if name[-1] in "aeiouy":
        stem = name[:-1]
        forms += [stem + "ian", stem + "an", stem + "ese", stem + "i", stem + "ish", stem + "n"]
    return tuple(f for f in forms if f != name)


_TITLE_OR_WORD_BEFORE = re.compile(
    rf"\b(?:{_ROLE_HEADS}|The|In|To|From|Of|And|With|Neighbouring|Neighboring)[ \t]+$"
)
# Abbreviations that open a place's name with a dot: "St. Petersburg", "Mt. Kenya"
_ABBR = frozenset({"St", "Mt", "Ft", "S", "N"})  # (and "S. Korea", "N. Korea")
_DEMONYM_BODY = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+"
    rf"(?:{alternation(_DEMONYM_BODIES)})\b"
)
_STATE_IN_PLACE_AFTER = re.compile(
    r"[ \t]+(?:"
    + "|".join(sorted(PLACE_HEADS - {"Palace", "Hall", "Hotel", "Square", "Street", "Avenue"}))
    + r")\b"
)
# The head words of a natural or drawn place, never of a body ("West Philippine Sea").
_FEATURE_HEADS = frozenset(
    _words(
        "Sea Ocean Gulf Bay Strait Straits River Lake Island Islands Peninsula Basin Delta "
        "Desert Strip Valley Mountains Coast Region Province Corridor"
    )
)
# Words before such a list that name no group: "the States (A and B)", "the Parties (…)".
_QUIET_GROUP_WORDS = frozenset(_words("States Parties Countries Governments Sides Members"))
# Where or what a list of places is about, up to a later member: "discussed the situation in
# A, B, C and", "the situations in A, B, ", "flashpoints, including A, B and ".
_LIST_MEMBER = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+the\s+)?[A-Z][\w’'-]*){0,4}"
_TOPIC_LIST_BEFORE = re.compile(
    r"(?:\b(?:situations?|crisis|crises|conflicts?|developments|fighting|violence)\s+in\s+|"
    r"\b(?:issues|flashpoints|hotspots|topics|crises|conflicts|situations|matters|questions|"
    r"subjects|areas|cooperation|priorities|(?:benefit\w*|recipient|beneficiary)\s+countries)"
    r"\b[^.;:]{0,40}?\b(?:including|such\s+as|notably|especially)\s+)"
    rf"(?:{_LIST_MEMBER},\s+)*{_LIST_MEMBER}(?:,\s+|,?\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?$"
    r"|\b(?:issues|flashpoints|hotspots|topics|crises|conflicts|situations|matters|questions|"
    r"subjects|areas|cooperation|priorities|(?:benefit\w*|recipient|beneficiary)\s+countries)"
    r"\b[^.;:]{0,40}?\b(?:including|such\s+as|notably|especially)\s+$"
    # "the conflict between A and B": the states the conflict is about
    r"|\b(?:conflicts?|wars?|disputes?|tensions|hostilities|fighting|clashes)\s+between\s+"
    rf"(?:the\s+)?(?:{_LIST_MEMBER}\s+and\s+(?:the\s+)?)?$"
)
_SEATS = frozenset(  # bodies named by their building, a place after "at the"
    {"White House", "Kremlin", "Elysée", "Pentagon", "Downing Street"}
)


# Where the whole-text patterns are tried (see Scan and Extractor.scan).
_DELEGATION_SCAN = Scan(_DELEGATION, _DELEGATION_HEADS, chunks=2)  # "the Chinese …"
# (by hand: "press", inside the match, is rarer than its first word "the")
_PRESS_SERVICE_SCAN = Scan(RX.PRESS_SERVICE, frozenset(_words("press")), chunks=2)
_BODY_OF_STATE_SCAN = Scan(_BODY_OF_STATE, _BODY_OF_STATE_HEADS, chunks=1)  # "the …"
_DEMONYM_BODY_SCAN = Scan(_DEMONYM_BODY, _DEMONYM_BODY_HEADS, chunks=1)  # "Chinese …"
_STATE_CONTEXT_SCAN = Scan(_STATE_CONTEXT_RE, _STATE_CONTEXT_HEADS, chunks=1)  # "X’s new …"
_STATE_BEFORE_SCAN = Scan(RX.STATE_CONTEXT_BEFORE, _STATE_BEFORE_HEADS, chunks=1)  # "the …"
_STATE_POSS_BODY_SCAN = Scan(  # "Dravena’s foreign ministry", "New Varia’s presidency"
    _STATE_POSS_BODY,
    first_words(re.compile(_STATE_BODY)),
    chunks=2,
)
_STATE_FORM_SCAN = Scan(  # every match starts with one of these words (the main one or not)
    RX.STATE_FORM,
    first_words(RX.STATE_FORM),
)
_MEDIA_AFTER_SCAN = Scan(  # three words of a name, "the", two modifiers and "news"
    RX.MEDIA_AFTER, frozenset(last_words(RX.MEDIA_AFTER)), chunks=7, capitals=True
)
_GROUP_SCAN = Scan(  # "alleged", two modifiers ("\w+-backed" may start with "_")
    RX.GROUP, group_words(RX.GROUP, "head"), chunks=3, underscore=True
)


def _locative(before: str) -> re.Match[str] | None:
    """``RX.LOCATIVE.search(before)``: it ends in one of _LOCATIVE_ENDS and white space."""
    if any(ch in before for ch in _CASE_ODD_CHARS):
        return RX.LOCATIVE.search(before)
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped.lower().endswith(_LOCATIVE_ENDS):
        return None
    return RX.LOCATIVE.search(before)


def _initials_of(long: str) -> str:
    """The first letters of the capitalised words of ``long`` ("Secretary-General" one)."""
    return "".join(w[0] for w in _rx(r"[A-Z][\w’'-]*").findall(long))


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


class EntityRules(Clauses):
    """Rules that find entities and their mentions."""

    # -- pass 1: names --------------------------------------------------------

    def find_known_names(self) -> None:
        lex, text = self.lex, self.text
        starts, ends, words = self._tok_starts, self._tok_ends, self._tok_list
        first, forms = lex.first, lex.forms
        n = len(words)
        after = 0  # tokens before this one belong to a name found
        for i in self._known_starts:  # (the tokens in lex.first, listed by _read_words)
            if i < after:
                continue
            hit = None
            for length in first[words[i]]:
                if length > n - i:
                    continue
                form = tuple(words[i : i + length])
                bucket = forms.get(form)
                if bucket is None:
                    continue
                if length > 1:  # (a one-word name has no gaps: most hits, on the hot path)
                    spans = list(zip(starts[i : i + length], ends[i : i + length], strict=True))
                    marks = _gaps(text, spans)
                    if any(
                        mark
                        # ("St. Petersburg", "St. Lucia": the abbreviation's dot)
                        and not (mark == "." and words[j] in _ABBR)
                        for j, mark in enumerate(marks, start=i)
                    ) and marks not in lex.punctuated.get(form, ()):
                        # ("Foreign, Commonwealth & Development Office": its own marks)
                        continue
                hit = (length, bucket)
                break
            if hit is None:
                continue
            length, bucket = hit
            start, end = starts[i], ends[i + length - 1]
            self.known_hit(start, end, bucket)
            after = i + length

    def _beside_demonym(self, start: int, end: int) -> bool:
        """'Turkish Cypriot leaders': two demonyms name a community, neither state."""
        text = self.text
        nxt = _rx(r"[ \t]+([A-Z][\w-]+)").match(text, end)
        prv = _rx(r"([A-Z][\w-]+)[ \t]+$").search(text, max(0, start - 30), start)
        return any(
            m is not None
            and _fold(m.group(1)) in self.demonyms
            and _fold(m.group(1)) != _fold(text[start:end])
            and self.demonyms[_fold(m.group(1))] != self.demonyms.get(_fold(text[start:end]))
            for m in (nxt, prv)
        )

    def known_hit(self, start: int, end: int, bucket: list[_Cand]) -> None:
        text = self.text
        places = [c for c in bucket if c.type == "place" and not c.capital_of]
        states_ = [c for c in bucket if c.capital_of or (places and c.type == "state")]
        others = [c for c in bucket if c not in states_ and c.type != "place"]
        if others:
            cand = others[0]
            before = text[max(0, start - 40) : start]
            if (
                cand.type == "intergovernmental"
                and _NOT_NAME_WORDS.issuperset(text[start:end].split())
                and (dem := RX.DEMONYM_WORD_BEFORE.search(before)) is not None
                and _fold(dem.group(1)) in self.demonyms
            ):
                # "the Russian Security Council": a state's own council, named as the
                # world body is by words of the language alone (not the UN's)
                own_s = start - len(before) + dem.start(1)
                ent = self.local_ent(
                    text[own_s:end], "government-body", rule="entity:state-council", conf=0.6
                )
                self.add_mention(own_s, end, ent.key, "name", 0.6)
                return
            if cand.name in _SEATS and (
                _rx(
                    r"\b(?:at|in|inside|outside)\s+(?:the\s+|(?:Number|No\.?)\s+\d+\s+)?$"
                    r"|\b(?:Garden|Room|Hall|Wing|[Ll]awn|[Gg]rounds)\s+of\s+the\s+$"
                ).search(before)
                or RX.TOURED_BEFORE.search(before)
            ):
                # "met at the White House", "at Number 10 Downing Street", "in the Rose
                # Garden of the White House", "a walking tour of the Kremlin": the
                # building, a place
                seat = self.ent_from_cand(_Cand(f"{cand.key}-building", cand.name, "place", True))
                self.add_mention(start, end, seat.key, "place")
                return
            if (
                cand.type in ("media", "company")
                and " " not in text[start:end]
                and self._given_name_before(before)
            ):
                return  # "his envoy, Michael Bloomberg": an outlet's name as a surname
            if cand.type != "state" and RX.BUILDING_AFTER.match(text, end):
                return  # "the Grand Kremlin Palace", "the Pentagon Hotel": a building's name
            if (
                cand.type != "state"
                and " " not in cand.name
                and (
                    (
                        (of := RX.ONE_WORD_BODY_GOES_ON.match(text, end))
                        and (of.group("of") or "") not in _DAY_MONTH_WORDS
                        and (of.group("of") or of.group("and").split()[-1] in ORG_HEADS)
                    )  # "the Commonwealth of Australia", "Commonwealth & Development Office"
                    or _rx(r"\b(?:Minister|Secretary)\s+for\s+$").search(before)
                )
            ):  # ("Minister for Commonwealth": a portfolio, no body; "Mercosur of July")
                return  # (the head or the portfolio of a longer name)
            ent = self.ent_from_cand(cand)
            how = (
                "qualifier"
                if (
                    ent.type == "state"
                    and (self._state_as_place(start, end) or self._bracketed_place(start, ent.key))
                )
                # "UN matters", "NATO membership", "the UN Charter": a world body or an
                # alliance named only in what is talked about, as a state in a topic
                or (
                    ent.type in ("intergovernmental", "alliance")
                    and RX.BODY_AS_TOPIC_AFTER.match(text, end)
                )
                else "name"
            )
            self.add_mention(start, end, ent.key, how)
            return
        before = text[max(0, start - 40) : start]
        after = text[end : end + 30]
        if self._inside_person_name(start, end, before, after):
            return  # "Sofia Lindqvist", "Ana Lima": a capital's name used as a person's name
        locative = (
            bool(_locative(before))
            or bool(
                _rx(r",\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\b").match(after)
                and self._is_state_name(after)
            )
            or bool(RX.CAPITAL_AS_PLACE_BEFORE.search(before))
            or bool(RX.BUILDING_COMMA_BEFORE.search(before))  # "at State House, Nairobi"
            or bool(RX.STATE_AS_TOPIC_AFTER.match(text, end))  # "the Doha peace process"
            or bool(RX.TRAVEL_BEFORE.search(before))  # "travelled to Singapore"
            or bool(RX.POSSESSED_PLACE_OR_TOPIC.match(text, end))  # "Singapore’s Sentosa island"
            or bool(
                _rx(r"(?:^|\n)[ \t]*$").search(before)
                and RX.ENTITIES_DATELINE_AFTER.match(text, end)
            )
        )
        if states_ and all(c.capital_of for c in states_) and RX.DOCUMENT_AFTER.match(text, end):
            return  # "the Paris Agreement": a document named after a city, no state
        if states_ and not (locative and places):
            if locative and not places:
                place = _Cand(slugify(text[start:end]), text[start:end], "place", True)
                ent = self.ent_from_cand(place)
                ent.country = states_[0].key
                self.add_mention(start, end, ent.key, "place")
                return
            ent = self.ent_from_cand(states_[0])
            self.add_mention(start, end, ent.key, "metonym", 0.8)
            return
        if places:
            ent = self.ent_from_cand(places[0])
            if states_ and ent.country is None:
                ent.country = states_[0].key
            self.add_mention(start, end, ent.key, "place")

    def _bracketed_place(self, start: int, key: str) -> bool:
        """'… the situation in the Democratic Republic of the Congo (DRC)': a short form in
        brackets right after its long form is used as that is, here as a place."""
        opening = _rx(r"\s*\($").search(self.text, max(0, start - 4), start)
        if opening is None:
            return False
        return any(
            mm.key == key and mm.how == "qualifier" and mm.end == opening.start()
            for mm in self.mens
        )

    def named_only_as_topics_or_places(self) -> set[str]:
        """The entities the draft lists only when a fact uses them: those the text names
        only as a topic or a place, every mention of which is a qualifier.

        Convention 9 of ``tests/data/CONVENTIONS.md`` ("Organisations"): a state named only
        as a topic or a place ("talks on Ukraine", "in Vilnius, Lithuania", "the conflict
        between A and B", "countering China’s influence") is no organisation; one that
        acts, is acted with, is a party, issuer, accuser, accused, meeting participant or a
        role's organisation is. Which mentions are a place's or a topic's is decided where
        each is found (:meth:`_state_as_place`, a short form in brackets after its long
        form); the draft then leaves these entities out unless a fact names them. So too
        fighters or hackers told by what they are ("Russian hackers", "pro-Russia
        separatists"): a kind of actor, no organisation by name."""
        qualified = {m.key for m in self.mens if m.how == "qualifier"}
        kinds = {x.key for x in self.ents.values() if x.rule == "entity:group"}
        return (qualified - {m.key for m in self.mens if m.how != "qualifier"}) | kinds

    def _state_as_place(self, start: int, end: int) -> bool:
        """A state's name used for where something is or what it is about ("in Vilnius,
        Lithuania", "fighting in Syria", "the Cyprus talks"): where, not who."""
        text = self.text
        before = text[max(0, start - 40) : start]
        return bool(
            _rx(  # "in Vilnius, Lithuania", "in Rio de Janeiro, Brazil"
                r"(?:\b(?:in|at|near|over|off|across|outside|around)\s+[A-Z][\w-]*"
                r"(?:\s+(?:(?:de|da|do|dos|del|di|la|le|el|al|es|upon)\s+)?[A-Z][\w-]*){0,2},\s*)$"
            ).search(before)
            # a later member of a list of where or what about: "the situation in Syria,
            # Lebanon, Mali and …", "flashpoints, including A, B and C"
            or _TOPIC_LIST_BEFORE.search(text[max(0, start - 120) : start])
            # "arrived from Managua, Nicaragua": a city, then its state (not "from A, B and C")
            or self._after_city_comma(start, before)
            # "travelled to X", "left X", "refugees from X": where someone goes or comes from
            or RX.TRAVEL_BEFORE.search(before)
            # "X’s Sentosa island", "X’s sovereignty", "X’s ongoing political crisis"
            or RX.POSSESSED_PLACE_OR_TOPIC.match(text, end)
            or RX.STATE_IN_PLACE_BEFORE.search(before)
            # "the talks to reunify Cyprus", "efforts to stabilise Libya": what they are about
            or _rx(
                r"\b(?:talks|efforts?|negotiations|bid|drive|process|plan|push)\s+(?:aimed\s+at|to)"
                r"\s+(?:re)?(?:unif|unit|stabili[sz]|rebuild|reconstruct|paci|demilitari[sz]|"
                r"denucleari[sz]|de-?escalat)\w*\s+(?:the\s+)?$"
            ).search(before)
            # "In Syria, a protest movement …", "On Yemen, they agreed …": a sentence
            # opening where it happens or what it is about
            or (
                _rx(r"(?:^|[\n.!?]\s*)(?:In|On)\s+(?:the\s+)?$").search(before)
                and text.startswith(",", end)
            )
            # "Special Envoy for Syria", "Ambassador to Ukraine", "U.N. Syria envoy": an
            # envoy's brief or post, not the state that sends him
            or RX.ENVOY_BRIEF_BEFORE.search(before)
            or (
                _rx(r"(?:\bU\.N\.|\bUN|\bEU|\bAU|\bOSCE)\s+$").search(before)
                and _rx(r"\s+(?:special\s+)?envoy\b", re.I).match(text, end)
            )
            or (text.startswith("America", start) and _rx(r"\b(?:North|South)\s+$").search(before))
            or _rx(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$").search(before)
            or _STATE_IN_PLACE_AFTER.match(text, end)
            or (before.endswith("from ") and _rx(r"\s+to\s+[A-Z]").match(text, end))
            # "crises from X to climate change", "issues ranging from X to trade": topics
            or (
                _rx(r"\b(?:ranging|range|crises|issues|topics|matters|subjects)\s+from\s+$").search(
                    before
                )
                and _rx(r"\s+to\s+\w").match(text, end)
            )
            or RX.STATE_AS_TOPIC_AFTER.match(text, end)
            # "the Afghanistan training effort": what a task, before its noun, is for
            or RX.STATE_TASK_AFTER.match(text, end)
            # "contributions to X", "the training effort for X’s security forces": the
            # one helped, not one who acts
            or RX.HELP_FOR_BEFORE.search(before)
            # "(Danang, Vietnam) –": a dateline's state after its city
            or (
                RX.DATELINE_CITY_BEFORE.search(text[max(0, start - 60) : start]) is not None
                and RX.DATELINE_DASH_AFTER.match(text, end) is not None
            )
            # "issues: Belarus, Libya and …": a middle item of an agenda's list
            or _rx(rf"\b(?:issues|topics|subjects|matters):\s+(?:{_LIST_MEMBER},\s+)+$").search(
                text[max(0, start - 160) : start]
            )
            # "military observers under the Vienna Document from A, B and C": where people
            # come from, not who acts
            or RX.PEOPLE_FROM_BEFORE.search(text[max(0, start - 160) : start])
            or self._beside_demonym(start, end)
            or (
                _rx(
                    r"\b(?:(?:in|across|throughout|inside|within|near|on|about|regarding|"
                    # "they also discussed X and Y": what was talked about
                    # "issues: X, Y and Z", "among them X": an agenda's items
                    r"concerning|over|discuss(?:ed|es|ing)?|(?:issues|topics|subjects|matters):|"
                    r"among\s+them)\s+(?:the\s+|both\s+)?(?:(?:north|south|east|west|central)"
                    r"(?:ern|-?eastern|-?western)?\s+|[a-z]+-(?:torn|hit|ravaged|stricken)\s+|"
                    # "the conflict in neighbouring X": a place near the one told of
                    r"neighbou?ring\s+)?"
                    rf"(?:{_LIST_MEMBER}(?:,\s+{_LIST_MEMBER})*"
                    r",?\s+(?:and|or)\s+)?|(?:people|situation|crisis|war|conflict|parts|rest|"
                    # "the issue of X", "the stabilisation process of X": what it is about
                    r"issue|question|process|stabili[sz]ation|reconstruction|candidacy|discussions?|"
                    r"north|south|east|west|northern|southern|eastern|western|invasion|"
                    r"occupation|annexation|territory|sovereignty|borders?)\s+of\s+(?:the\s+)?|"
                    # "(the situation in A and) relations with B": what the statement is on
                    r"relations\s+with\s+(?:the\s+)?|"
                    # "support for X", "the war against X": the one helped or attacked
                    r"support\s+(?:for|to)\s+(?:the\s+)?|(?:war|aggression|invasion|attacks?|"
                    r"offensive)\s+(?:against|on)\s+(?:the\s+)?|"
                    # "the existence of the state of Israel", "recognition of X": its being
                    r"(?:existence|recognition)\s+of\s+(?:the\s+)?(?:[Ss]tate\s+of\s+)?|"
                    # "(the) sanction policy against X": the one sanctioned
                    r"sanctions?\s+(?:policy\s+|policies\s+|regimes?\s+)?(?:against|on)\s+(?:the\s+)?|"
                    # "a role in rebuilding X": the state worked on
                    r"(?:rebuilding|reconstructing|stabili[sz]ing)\s+(?:the\s+)?|"
                    r"from\s+[A-Z][\w-]+\s+to\s+(?:[A-Z][\w-]+\s+to\s+)*)$"
                ).search(before)
                # ("support for X as it defends itself": X acts)
                and not _rx(r"^\s*(?:[’']s|,\s+(?:who|which|whose)|\s+as\s+(?:it|they)\b)").match(
                    text[end : end + 12]
                )
                # "condolences to the Government and people of X": the state addressed
                and not _rx(
                    r"\b[Gg]overnment\s+and\s+(?:the\s+)?"
                    r"people\s+of\s+(?:the\s+)?$"
                ).search(before)
                # "concern about A and B's supply of arms": a list owning the deed
                and not _rx(
                    r"^(?:,\s+[A-Z][\w-]+)*,?\s+(?:and|or)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s\b"
                    # (not "… and Africa's Sahel region": a place the list ends with)
                    r"(?!\s+(?:[A-Z][\w-]*\s+)?(?:region|area|coast|border|borderlands|island|"
                    r"islands|province|peninsula|basin|belt|corridor)\b)"
                ).match(text[end : end + 80])
                # "called on A to end …", "urged upon": the one addressed, an actor
                and not _rx(r"\b(?:call(?:s|ed|ing)?|prevail(?:s|ed)?)\s+(?:up)?on\s+$").search(
                    before
                )
                and not _rx(
                    r"\b(?:authorities|government|leaders?|officials|forces|military|army|"
                    r"police|regime|people|embassy|ambassador|parliament)\s+in\s+(?:the\s+)?$"
                ).search(before)
            )
        )

    def _after_city_comma(self, start: int, before: str) -> bool:
        """``before`` (the text before ``start``) ends in "from|to|via CITY, " where CITY is
        a place the text names, no state."""
        m = _rx(r"\b(?:from|to|into|via)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s*$").search(before)
        if m is None:
            return False
        lo = start - (len(before) - m.start())
        return any(
            self.ents[mm.key].type == "place" and mm.end <= start
            for mm in self.mentions_between(lo, start)
        )

    def _inside_person_name(self, start: int, end: int, before: str, after: str) -> bool:
        text = self.text
        if " " in text[start:end]:
            return False
        if RX.POSTED_TO_BEFORE.search(before):
            return False  # "Russian Ambassador to Ankara Alexey Yerokhov": the post, a name
        nm = _rx(r"[ \t]+([A-Z][a-zß-ÿ’'-]+)\b").match(after)
        if (
            nm
            and nm.group(1) not in _COMMON_CAPS
            and nm.group(1) not in PLACE_HEADS
            and (nm.group(1) not in ORG_HEADS)
            and nm.group(1) not in _DAY_MONTH_WORDS  # "accused Moscow Monday of …"
        ):
            follower = nm.group(1)
            if (follower,) not in self.lex.forms and not _SPEECH.match(follower.lower()):
                return True
        return self._given_name_before(before)

    def _given_name_before(self, before: str) -> bool:
        """``before`` ends in a capitalised word that may be a given name ("Ana " Lima)."""
        pm = _rx(r"\b([A-Z][a-zß-ÿ’'-]+)[ \t]+$").search(before)
        if pm:
            prev = pm.group(1)
            if (
                prev not in _COMMON_CAPS
                and not prev.endswith(("’s", "'s"))  # "Monday’s Asahi": no given name
                and prev not in _HONORIFIC_WORDS
                and _fold(prev) not in self.demonyms
                and (_fold(prev),) not in self.lex.forms
                and not _is_role_head(prev)
                and not _locative(before)
                and _is_name_token(prev)
                and not self.in_lower_case(prev.lower())
            ):
                return True
        return False

    def _is_state_name(self, after: str) -> bool:
        m = _rx(r",\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)").match(after)
        if not m:
            return False
        key = tuple(t for _, _, t in tokens(m.group(1)))
        for length in range(len(key), 0, -1):
            bucket = self.lex.forms.get(key[:length])
            if bucket and any(c.type == "state" for c in bucket):
                return True
        return False

    def find_unknown_states(self) -> None:
        """States the gazetteer does not know: 'Republic of X', demonyms, 'X’s government'.

        A capitalised word is a state when the text also uses an adjective made from it
        ("Veldania" / "Veldanian", "Kalemba" / "Kalemban"), names it as a republic or
        kingdom, or gives it a government, president, capital or army.
        """
        text = self.text
        found: dict[str, float] = {}
        forms: list[tuple[int, int, str]] = []
        for m in self.scan(_STATE_FORM_SCAN):
            name, end = m.group("name"), m.end()
            if self.covered(m.start(), end) and not self.covered(m.start("name"), end):
                continue
            bucket = self.lex.forms.get(tuple(t for _, _, t in tokens(name)))
            known = next((c for c in bucket or () if c.type == "state"), None)
            if known is None:
                # the whole form is a known state's: "Japan-Republic of Korea" (the hyphen
                # hid it from the gazetteer's look-up of whole words)
                bucket = self.lex.forms.get(tuple(t for _, _, t in tokens(m.group())))
                known = next((c for c in bucket or () if c.type == "state"), None)
            if known is None and self._state_form_before_name(m):
                # "Ambassador of the Republic of Arvelia Kofi Abena": the state's one word,
                # then the holder's name
                name = name.split()[0]
                end = m.start("name") + len(name)
            if known is not None:
                self._drop_inside(m.start(), end)
                ent = self.ent_from_cand(known)
                self.add_mention(m.start(), end, ent.key, "alias", 0.85)
                _add_alias(ent, text[m.start() : end])
                continue
            if self.covered(m.start("name"), end):
                continue
            found[name] = 0.8
            forms.append((m.start(), end, name))
        words: dict[str, list[int]] = {}
        for s_, tok in zip(self._tok_starts, self._tok_list, strict=True):
            if not tok[0].isupper():
                continue
            if (len(tok) >= 4 and tok[1:].islower()) or "-" in tok:
                words.setdefault(tok, []).append(s_)
        known_first = self.lex.first
        context = self.scan(_STATE_CONTEXT_SCAN)
        state_like = {m.group(1) for m in context}
        state_like.update(m.group(1) for m in self.scan(_STATE_BEFORE_SCAN))
        state_like.update(m.group(1) for m in self.scan(SCAN.TITLED_NAME_OF))
        demonyms_of_found: set[str] = set()
        for word in sorted(words, key=len):
            if word in demonyms_of_found:
                continue
            if word in found or word in _NOT_STATES or word in known_first or word in _COMMON_CAPS:
                continue
            if word in _PORTFOLIO_WORDS:
                continue  # "State Minister of Finance": a portfolio, not a state
            if word in self.demonyms or word in _DAY_MONTH_WORDS:
                continue
            if self._people_of_state(word):
                continue
            dem = next((d for d in _demonym_forms(word) if d in words), None)
            if dem is not None:
                found[word] = 0.75
                demonyms_of_found.update(d for d in _demonym_forms(word) if d in words)
                continue
            if word in state_like and not any(
                RX.TITLE_OR_HONORIFIC_BEFORE.search(text, max(0, st - 40), st) for st in words[word]
            ):  # ("President Trump’s leadership": a person's)
                found[word] = 0.65
        self._coordinated_states(words, found)
        for word, conf in sorted(found.items()):
            # ("the Republic of Veltana Ines Carrow": the long form makes the word a state's)
            starts = [
                st for st in words.get(word, []) if not any(fs <= st < fe for fs, fe, _ in forms)
            ]
            if self._looks_like_person_part(word, starts):
                continue
            key = self._new_state(word, conf)
            for d in _demonym_forms(word):
                if d in words:
                    self.demonyms.setdefault(d, key)
            for st in words.get(word, []):
                if not self.covered(st, st + len(word)):
                    how = "qualifier" if self._state_as_place(st, st + len(word)) else "name"
                    self.add_mention(st, st + len(word), key, how, conf)
        for fs, fe, name in forms:
            state_key = next(
                (e.key for e in self.ents.values() if e.name == name and e.type == "state"), None
            )
            if state_key is None:
                continue
            self._drop_inside(fs, fe)
            self.add_mention(fs, fe, state_key, "alias", 0.8)
            _add_alias(self.ents[state_key], text[fs:fe])
        self.sort_mentions()

    def _state_form_before_name(self, form: re.Match[str]) -> bool:
        """Whether a state's long form of two words ("Republic of Arvelia Kofi") is the
        state's one word and a person's first name: the name's last word follows ("…
        Arvelia Kofi Abena signed", "… Arvelia Kofi T. Abena")."""
        return len(form.group("name").split()) == 2 and bool(
            RX.NAME_AFTER_STATE_FORM.match(self.text, form.end())
        )

    def _people_of_state(self, word: str) -> bool:
        """Whether ``word`` is a known demonym's plural ("Haiti and Haitians"): a state's
        people, no state of their own."""
        return word.endswith("s") and _fold(word[:-1]) in self.demonyms

    def _coordinated_states(self, words: dict[str, list[int]], found: dict[str, float]) -> None:
        """A word listed with a state is one too: "Vellmark and Ostrana signed", "between
        Peru and Ostrana", "France, Vellmark and Ostrana" (one known or found state suffices;
        not "Tarsk, Vellmark", a place and its state).
        """

        def is_state(word: str) -> bool:
            return word in found or any(
                c.type == "state" and c.capital_of is None
                for c in self.lex.forms.get((_fold(word),), ())
            )  # (not a capital: "in Dublin and Cork" lists cities)

        def candidate(word: str) -> bool:
            return (
                word in words
                and word not in found
                and word not in _NOT_STATES
                and word not in self.lex.first
                and word not in _COMMON_CAPS
                and word not in _PORTFOLIO_WORDS
                and word not in self.demonyms
                and not self._people_of_state(word)
                and word not in _DAY_MONTH_WORDS
                and not self.lex.forms.get((_fold(word),))
                # ("Unfortunately, Russia, China and Iran …": a sentence adverb, no item)
                and not (
                    word.endswith("ly")
                    and all(
                        self.text[st + len(word) : st + len(word) + 1] == "," for st in words[word]
                    )
                )
            )

        for _ in range(3):  # "Peru, Vellmark and Ostrana": each learns from the one before
            added = False
            for start, group in _coordinated_words(self.text):
                if RX.NAME_WORD_BEFORE.search(self.text, max(0, start - 40), start):
                    continue  # "Ana Marek and Ostrana": a longer name's last word
                if RX.TOPIC_ITEM_BEFORE.search(self.text, max(0, start - 80), start):
                    continue  # "… climate change, Afghanistan and Ebola": topics listed
                listed = _rx(r"[\w-]+").findall(group)
                listed = [w for w in listed if w not in ("and", "or")]
                if any(is_state(w) for w in listed):
                    for other in filter(candidate, listed):
                        found[other] = 0.6
                        added = True
            if not added:
                break

    def _looks_like_person_part(self, word: str, starts: list[int]) -> bool:
        """Used only next to other name words ('Sofia Lindqvist'), never on its own."""
        text = self.text
        if not starts:
            return False
        for st in starts:
            before = text[max(0, st - 30) : st]
            after = text[st + len(word) : st + len(word) + 30]
            next_name = _rx(r"[ \t]+[A-Z][a-z]").match(after) and not _rx(
                r"[ \t]+(?:City|and|Is|Has|Was|On|In|Will|Said|Says)\b"
            ).match(after)
            prev_name = _rx(r"\b[A-Z][a-z]+[ \t]+$").search(
                before
            ) and not _TITLE_OR_WORD_BEFORE.search(before)
            if not (next_name or prev_name):
                return False
        return True

    def _new_state(self, name: str, conf: float) -> str:
        for ent in self.ents.values():
            if ent.type == "state" and ent.name == name:
                return ent.key
        ent = self.local_ent(name, "state", rule="entity:unknown-state", conf=conf)
        return ent.key

    def find_media(self) -> None:
        """News organisations named by what they are: 'the broadcaster RTS', '(AFP) –'."""
        text = self.text
        spans: list[tuple[int, int]] = []
        for m in (
            *self.scan(SCAN.MEDIA_BEFORE),
            *self.scan(_MEDIA_AFTER_SCAN),
            *self._datelines(),
        ):
            spans.append(m.span("m"))
        for m in self.scan(_MEDIA_NAME_NOUN_SCAN):  # "the official QNA news agency"
            s0, e0 = m.span("m")
            # "… to meet with Chairman Kim. Fuji TV said": the name starts after the stop
            stops = list(_rx(r"(?<=[a-z])\.\s+").finditer(text, s0, e0))
            if stops:
                s0 = stops[-1].end()
            if _rx(r"[ \t]+TV\b").match(text, e0):
                e0 = text.index("TV", e0) + 2  # "Fuji TV", "Phoenix TV": the letters name it
            first = text[s0:e0].split()[0]
            lead = (not stops and RX.MEDIA_NAME_LEAD.search(text, max(0, s0 - 25), s0)) or (
                # at a sentence's start: "Fuji TV reported …"
                _rx(r"(?:^|\n|[a-z0-9][.!?])[ \t]*$").search(text[max(0, s0 - 4) : s0])
            )
            if (
                lead
                and first not in _COMMON_CAPS
                and not (
                    _fold(first) in self.demonyms
                    or any(c.type == "state" for c in self.lex.forms.get((_fold(first),), []))
                )
            ):
                spans.append((s0, e0))
        if self.publisher:
            spans += [
                (st, st + len(self.publisher)) for st in find_occurrences(text, self.publisher)
            ]
        for s_, e_ in sorted(set(spans)):
            stop = _rx(r"(?<=[a-z])\.(?:\s|$)").search(text, s_, e_)
            if stop:
                e_ = stop.start()  # "the daily Nordic Herald. The …": the sentence ends
            name = text[s_:e_].strip()
            if not name or name in _COMMON_CAPS or self.in_quote(s_):
                continue
            if name.endswith(("'s", "’s")):
                continue  # "the Embassy's website": its owner, not a news organisation
            hit = [mm for mm in self.mens if mm.start == s_ and mm.end == e_]
            if hit:
                continue
            if self.covered(s_, e_):
                continue
            known = next(  # a body known by that name (the publisher "United Nations")
                (e for e in self.ents.values() if e.name == name and e.is_org), None
            )
            if known is not None:
                self.add_mention(s_, e_, known.key, "name", 0.7)
                continue
            ent = self.local_ent(name, _MEDIA, rule="entity:media", conf=0.7)
            self.add_mention(s_, e_, ent.key, "name", 0.7)
            for st in find_occurrences(text, name):
                if not self.covered(st, st + len(name)):
                    self.add_mention(st, st + len(name), ent.key, "name", 0.7)
        self.sort_mentions()

    def _datelines(self) -> Iterator[re.Match[str]]:
        """``RX.DATELINE_MEDIA.finditer(text)``, tried only where a line starts (its ``^``).

        (A line starting with a capital letter starts at 0 or after a run of line breaks.)
        """
        text = self.text
        pos = 0
        for start in self.para_starts:
            if start >= pos:
                m = RX.DATELINE_MEDIA.match(text, start)
                if m is not None:
                    pos = m.end()
                    yield m

    def find_acronyms(self) -> None:
        text = self.text
        if "(" in text:
            self._groups_with_members()
        # "the P5+1", "the E3+3": a format of states (none without a "+": the pattern's)
        for m in RX.PLUS_GROUPING.finditer(text) if "+" in text else ():
            if not self.covered(*m.span()):
                known = self.lex.forms.get(tuple(_fold(t) for _, _, t in tokens(m.group())))
                ent = (
                    self.ent_from_cand(known[0])  # ("E3+3": the P5+1 by its other name)
                    if known
                    else self.local_ent(m.group(), "group", rule="entity:grouping", conf=0.6)
                )
                self.add_mention(m.start(), m.end(), ent.key, "name", 0.6)
        for m in self.scan(SCAN.LOWER_BODY_DEF):
            # "the Senegalese space agency (ASES)": a state's body told in lower case,
            # then its initials: the body, named by them
            short_s, short_e = m.span("short")
            if self.covered(short_s, short_e) or _fold(m.group("dem")) not in self.demonyms:
                continue
            kind = ORG_HEADS.get(m.group("head").capitalize(), "government-body")
            ent = self.local_ent(m.group("short"), kind, rule="entity:acronym", conf=0.7)
            self._mention_all(m.group("short"), ent.key, "name")
        claimed = self._services_in_brackets() if "(" in text else []
        found = []
        for par in _rx(r"\(").finditer(text):
            # look back from each "(" only: scanning every capitalised run is quadratic
            lo = max(0, par.start() - 150)
            for pat in (RX.ACRONYM_DEF, RX.ACRONYM_DEF_REV):
                # (the first match may end before this "(": "… (MINUSMA) … the … (MONUSCO)")
                for m in pat.finditer(
                    text,
                    max(0, lo if pat is RX.ACRONYM_DEF else par.start() - 15),
                    par.start() + 200,
                ):
                    if m.start() > par.start():
                        break
                    if par.start() < m.end():
                        found.append(m)
                        break
        for m in found:
            if any(s <= m.start() < e or s < m.end() <= e for s, e in claimed):
                continue  # (a service named in brackets: drafted as one body above)
            long_s, long_e = m.span("long")
            long = m.group("long")
            lm = _rx(r"(?:[Tt]he|of|for|and|on|in)\s+").match(long)
            while lm:
                long_s += lm.end()
                long = long[lm.end() :]
                lm = _rx(r"(?:[Tt]he|of|for|and|on|in)\s+").match(long)
            short = m.group("short")
            short_s, short_e = m.span("short")
            if _ROLE_TITLE_RE.fullmatch(long) and RX.TITLE_INITIALS_NAME.match(text, m.end()):
                # "Finance Secretary (SHCP) José Antonio Meade": a title, then the initials
                # of the ministry it is of (in its own language), then its holder's name
                if not any(mm.start == short_s for mm in self.mens):
                    ent = self.local_ent(
                        short, "government-body", rule="entity:title-initials", conf=0.6
                    )
                    self._mention_all(short, ent.key, "name")
                continue
            if RX.COMMAND_TITLE.match(long) and self._title_initials_holder(short, m.end()):
                continue  # "Chief of Naval Operations (CNO) Adm. X": a title's initials
            if (
                _ROLE_TITLE_RE.match(long)
                and long.split()[-1] not in ORG_HEADS
                and _initials_of(long).startswith(_rx(r"[^A-Z]").sub("", short)[:1])
            ):
                # "Special Adviser of the Secretary-General (SASG)": a title's initials; but
                # "Secretary General of the Conference of … Regions (CPMR)": the initials
                # spell the body after the title, its tail (kept below)
                continue
            if self._speaker_initials(long, m.end()):
                # "Karen Davila (KD): …": a transcript's speaker by her name and the
                # initials her turns are labelled with, a person and no body
                self._long_and_initials(long_s, long_e, short, "person", "speaker-initials")
                continue
            initials = _initials_of(long)
            letters = _rx(r"[^A-Z]").sub("", short)
            if len(letters) < 2 and tuple(_fold(t) for _, _, t in tokens(short)) in self.lex.forms:
                continue  # "… Daniel Hartley (Chile)": a name with its state, no acronym
            if not letters or not (
                initials.startswith(letters[:2])
                or _subsequence(letters, initials)
                or (  # in another language's order: "… Mission in Mali (MINUSMA)"
                    len(letters) >= 4
                    and len(initials) >= 4
                    and sum(ch in initials for ch in letters) >= 0.7 * len(letters)
                )
            ):
                continue
            if len(initials) > len(letters) + 3 or (
                len(letters) >= 2 and not initials.startswith(letters[:1])
            ):
                # "… of the Association of Southeast Asian Nations (ASEAN)", "the KMTU and
                # the Coastal Trade Group (CTG)": keep the tail the initials stand for.
                words = list(_rx(r"[A-Z][\w’'-]*").finditer(long))
                for k in range(len(words)):
                    tail_initials = "".join(w.group()[0] for w in words[k:])
                    if tail_initials.startswith(letters[:1]) and _subsequence(
                        letters, tail_initials
                    ):
                        long_s = long_s + words[k].start()
                        long = text[long_s:long_e]
                        break
            known_long = [mm for mm in self.mens if mm.start == long_s and mm.end == long_e]
            known_short = [mm for mm in self.mens if mm.start == short_s and mm.end == short_e]
            if known_long and known_short:
                continue
            if known_long or known_short:
                key = (known_long or known_short)[0].key
                ent = self.ents[key]
                if not known_long:
                    self._drop_inside(long_s, long_e)
                    self.add_mention(long_s, long_e, key, "alias", 0.85)
                    _add_alias(ent, long)
                else:
                    self._drop_inside(short_s, short_e)
                    self.add_mention(short_s, short_e, key, "alias", 0.85)
                    _add_alias(ent, short)
                self._mention_all(short, key, "alias")
                self._mention_long_form(long, key)
                continue
            last = long.split()[-1]
            # "… Ministerial Council Meeting (MCM)", "… Programme (SEARP)": no body, no
            # actor; its mentions (as places are) hold no fact and are drafted only if used
            thing = (
                (
                    last not in ORG_HEADS
                    and _rx(r"\s+on\s+").split(long)[0].split()[-1] in _NOT_BODY_HEADS
                )
                or RX.TRADE_PARTNERSHIP.search(long) is not None
                or RX.TALKS_FORMAT.search(long) is not None
                or RX.DOCUMENT_NAME.match(long) is not None
            )
            gov_of = self._state_of_government(long) if "Government" in long.split() else None
            if gov_of is not None:  # "United States Government (USG)": the state
                self._drop_inside(long_s, long_e)
                self.add_mention(long_s, long_e, gov_of, "alias", 0.8)
                self._mention_all(short, gov_of, "alias")
                continue
            if last in _FEATURE_HEADS:
                # "the West Philippine Sea (WPS)": a place by its initials, no body
                self._long_and_initials(long_s, long_e, short, "place", "place-initials")
                continue
            etype = ORG_HEADS.get(last, "intergovernmental" if "Nations" in long else "group")
            if etype == "group" and any(w in long for w in ("Party", "Front", "Movement")):
                etype = "party"
            self._drop_inside(long_s, long_e)
            ent = self.local_ent(short, etype, rule="entity:acronym", conf=0.8)
            _add_alias(ent, long)
            self.add_mention(long_s, long_e, ent.key, "qualifier" if thing else "alias", 0.8)
            self._mention_all(short, ent.key, "qualifier" if thing else "name")
            self._mention_long_form(long, ent.key, how="qualifier" if thing else "alias")

    def _title_initials_holder(self, short: str, at: int) -> bool:
        """Whether a rank or a name follows a command's initials at ``at`` ("Chief of
        Naval Operations (CNO) Adm. X"): if so the initials, there and later ("CNO
        underscored …"), name the holder X, never a body."""
        text = self.text
        rank = _MILITARY_RANK_BEFORE.match(text, at + 1) if text[at : at + 1] == " " else None
        named = RX.TITLE_INITIALS_NAME.match(text, rank.end() - 1 if rank else at)
        if named is None:
            return False
        name = named.group().strip()
        holder = self.local_ent(name, "person", rule="entity:title-initials", conf=0.7)
        _add_alias(holder, short)
        self._mention_all(short, holder.key, "alias")
        return True

    def _services_in_brackets(self) -> list[tuple[int, int]]:
        """Draft each armed service named by its force and, in brackets, the service
        ("People's Liberation Army (Navy) (PLA(N))") as one body, "People's Liberation Army
        Navy", with its initials as an alias; return the spans so drafted."""
        spans: list[tuple[int, int]] = []
        if "Army" not in self.text and "Force" not in self.text:
            return spans  # (every force the pattern names holds one of them)
        for m in RX.SERVICE_IN_BRACKETS.finditer(self.text):
            name = " ".join(f"{m.group('force')} {m.group('service')}".split())
            self._drop_inside(*m.span())
            ent = self.local_ent(name, "government-body", rule="entity:service", conf=0.8)
            self.add_mention(m.start(), m.end(), ent.key, "name", 0.8)
            if (short := m.group("short")) is not None:
                _add_alias(ent, short)
                self._mention_all(short, ent.key, "alias")
            spans.append(m.span())
        return spans

    def _long_and_initials(
        self, long_s: int, long_e: int, short: str, etype: str, rule: str
    ) -> None:
        """Draft the entity named at ``long_s:long_e`` with its bracketed initials ``short``
        as an alias: a person ("Karen Davila (KD)") by name, a place by where it is."""
        self._drop_inside(long_s, long_e)
        ent = self.local_ent(self.text[long_s:long_e], etype, rule=f"entity:{rule}", conf=0.7)
        _add_alias(ent, short)
        how = "place" if etype == "place" else "name"
        self.add_mention(long_s, long_e, ent.key, how, 0.7)
        self._mention_all(short, ent.key, "place" if etype == "place" else "alias")

    def _groups_with_members(self) -> None:
        """'The Troika (Norway, the United States and the United Kingdom)': a group of
        states named by a capitalised word or two, its members listed in brackets after
        it (two states or more, nothing else): a group, by that name."""
        for m in self.scan(SCAN.GROUP_WITH_MEMBERS):
            s, e = m.span("name")
            if self.covered(s, e) or self.in_quote(s) or m.group("name") in _QUIET_GROUP_WORDS:
                continue
            states = [
                mm
                for mm in self.mentions_between(*m.span("list"))
                if self.ents[mm.key].type == "state" and not mm.inner
            ]
            rest = m.group("list")
            for mm in reversed(states):
                rest = rest[: mm.start - m.start("list")] + rest[mm.end - m.start("list") :]
            if len(states) < 2 or not _rx(r"(?:\s*(?:,|and|the)\s*)*").fullmatch(rest):
                continue
            ent = self.local_ent(m.group("name"), "group", rule="entity:member-group", conf=0.7)
            self._mention_all(m.group("name"), ent.key, "name")

    def _speaker_initials(self, long: str, end: int) -> bool:
        """Whether ``long``, defining initials that close at ``end`` and open a speaker's
        label ("Karen Davila (KD): …"), is a person's name: two to four capitalised words,
        none a body's, a place's or a common word, naming nothing the lexicon knows, and
        the initials its words' own."""
        words = long.split()
        if not RX.SPEAKER_INITIALS.match(self.text, end) or not 2 <= len(words) <= 4:
            return False
        if any(
            not w[:1].isupper() or w in ORG_HEADS or w in PLACE_HEADS or w in _COMMON_CAPS
            for w in words
        ):
            return False
        short = self.text[self.text.rfind("(", 0, end) + 1 : end - 1]
        return short == "".join(w[0] for w in words) and not self.lex.forms.get(
            tuple(t for _, _, t in tokens(long))
        )

    def _state_of_government(self, long: str) -> str | None:
        """The state whose government ``long`` names ("United States Government"), if any."""
        rest = " ".join(w for w in long.split() if w not in _GOVERNMENT_WORDS)
        if not rest:
            return None
        key = self.demonyms.get(_fold(rest))
        if key is None:
            bucket = self.lex.forms.get(tuple(t for _, _, t in tokens(rest)), [])
            key = next((c.key for c in bucket if c.type == "state" and not c.capital_of), None)
        return self.ensure(key)

    def _drop_inside(self, start: int, end: int) -> None:
        self.mens = [m for m in self.mens if not (start <= m.start and m.end <= end)]
        self.mens_sorted = False
        self.sort_mentions()

    def _mention_all(self, surface: str, key: str, how: str) -> None:
        for s in find_occurrences(self.text, surface):
            if not any(m.start == s and m.key == key for m in self.mens) and not self.covered(
                s, s + len(surface)
            ):
                self.add_mention(s, s + len(surface), key, how, 0.8)

    def _mention_long_form(self, long: str, key: str, *, how: str = "alias") -> None:
        """Every other occurrence of an acronym's long form is the acronym's entity (a
        headline's "Mission in the Republic of X" before "… (MIRX)" in the body), unless
        a longer name holds it."""
        if " " not in long:
            return
        for s in find_occurrences(self.text, long):
            e = s + len(long)
            if any(m.start == s and m.end == e for m in self.mens):
                continue
            if any(
                m.start < e and s < m.end and (m.start < s or m.end > e)
                for m in self.mentions_between(max(0, s - self.max_mention), e, outer=False)
            ):
                continue
            self._drop_inside(s, e)
            self.add_mention(s, e, key, how, 0.8)

    def _bodies_of_states(self) -> None:
        """'the Ministries of Foreign Affairs of Latvia and Lithuania': a body of each
        state the list names (only states), named in the singular ("Ministry of Foreign
        Affairs of Latvia"); the first told from the plural noun, each other from the word
        before its state."""
        for m in self.scan(_BODIES_OF_STATES_SCAN):
            if self.in_quote(m.start()) or self.covered(m.start("t"), m.end("t")):
                continue
            t = " ".join(m.group("t").split())
            one = singular(m.group("n"))
            for told, st in self.states_listed(m.start("t"), *m.span("list")):
                name = f"{t.replace(m.group('n'), one)} of {self.ents[st.key].name}"
                ent = self.local_ent(name, "government-body", rule="entity:state-body", conf=0.6)
                ent.country = st.key
                self.add_mention(told, st.end, ent.key, "name", 0.6)
        self.sort_mentions()

    def _chair_term(self, s: int, e: int, head: str) -> bool:
        """Whether the state's "presidency" or "chairmanship" at ``s:e`` is its turn in a
        body's chair: "of" a body after it ("Brazil's presidency of Mercosur") or "during"
        before it ("during the Brazilian presidency")."""
        return RX.CHAIR_TERM.fullmatch(head) is not None and (
            RX.OF_BODY_AFTER.match(self.text, e) is not None
            or RX.DURING_BEFORE.search(self.text, max(0, s - 20), s) is not None
        )

    def _service_of_named(self, at: int) -> bool:
        """Whether a ranked officer's name and "of" stand right before ``at`` ("Gen. Tomas
        Varga of | the Arvelian army", "Maj. Gen. Ole T. Brand of | the …"); "Deputy
        Commander of the … navy", a post, is read by the roles."""
        return _RANKED_NAME_OF_BEFORE.search(self.text, max(0, at - 80), at) is not None

    def _group_by_its_name(self, mods: list[str], tail: str | None) -> bool:
        """Whether fighters are told by their group's own name, one capitalised word that
        is no people's, state's or common word ("Taleban insurgents", "Shabaab militants";
        not "Russian hackers", "pro-Russia separatists", "Islamist militants")."""
        if len(mods) != 1 or tail:
            return False
        word = mods[0]
        return (
            _rx(r"[A-Z][a-z]+").fullmatch(word) is not None
            and _fold(word) not in self.demonyms
            and not word.endswith(("ian", "ese"))  # ("Arvelian", "Doskarese")
            and word not in _COMMON_CAPS
            and word not in _GROUP_KIND_WORDS
            and not self.lex.forms.get((_fold(word),))
        )

    def find_special_nps(self) -> None:
        """Delegations and ministries, groups of hackers or rebels (anonymous sources are
        :meth:`ReferringRules.find_anonymous_sources`)."""
        text = self.text
        for m in self.scan(_DELEGATION_SCAN):
            dem = _fold(m.group("dem"))
            state = self.demonyms.get(dem)
            if state is None:
                continue
            s, e = m.span("name")
            if any(mm.start <= s and e <= mm.end and mm.end - mm.start > e - s for mm in self.mens):
                continue
            if self.covered(s, s + 1):
                continue
            name = text[s:e]
            if name.split()[-1] in {"government", "authorities", "army", "navy", "military"}:
                continue  # "the Chinese government" stands for the state
            if (
                (at := name.find(" delegation")) != -1
                and not name.startswith(" to ", at + len(" delegation"))
                and (own := self.ensure(state))
            ):
                # "the Russian delegation (in Geneva)": the state's envoys at talks, the
                # state ("the Chinese delegation to the EU", a standing mission, is a body)
                self.add_mention(s, s + at + len(" delegation"), own, "alias", 0.7)
                continue
            if self._chair_term(s, e, name.split()[-1]):
                continue  # "during the Brazilian presidency (of Mercosur)": a term
            ent = self.local_ent(name, "government-body", rule="entity:delegation", conf=0.75)
            ent.country = state
            self.add_mention(s, e, ent.key, "name", 0.75)
        for m in self.scan(_PRESS_SERVICE_SCAN):
            s, e = m.span("name")
            if self.in_quote(s) or any(mm.start < s < mm.end for mm in self.mens):
                continue
            self._drop_inside(s, e)
            ent = self.local_ent(
                text[s:e], "government-body", rule="entity:press-service", conf=0.7
            )
            self.add_mention(s, e, ent.key, "name", 0.7)
            self.sort_mentions()
        for m in self.scan(_STATE_POSS_BODY_SCAN):
            s, e = m.span()
            owner = [mm for mm in self.mens if mm.start == s and self.ents[mm.key].type == "state"]
            if not owner or self.covered(m.start("body"), e) or self.in_quote(s):
                continue
            if self._chair_term(s, e, m.group("body")):
                continue  # "Brazil's presidency of Mercosur": its turn in the chair, no body
            ent = self.local_ent(text[s:e], "government-body", rule="entity:state-body", conf=0.6)
            self.remove_mention(owner[0])
            self.sort_mentions()
            self.add_mention(s, e, ent.key, "name", 0.6)
        self._bodies_of_states()
        for m in self.scan(_BODY_OF_STATE_SCAN):
            s, e = m.span("name")
            st = m.group("st")
            # ("the foreign ministry of Mauritania": the state's own mention is inside)
            if self.covered(s, m.start("st") if st else e) or self.in_quote(s):
                continue
            owner = [
                mm
                for mm in self.mens
                if st is not None
                and (mm.start, mm.end) == m.span("st")
                and self.ents[mm.key].type == "state"
            ]
            if st is not None and not owner:
                continue
            ent = self.local_ent(text[s:e], "government-body", rule="entity:state-body", conf=0.6)
            if owner:
                self.remove_mention(owner[0])
                self.sort_mentions()
            self.add_mention(s, e, ent.key, "name", 0.6)
        for m in self.scan(_DEMONYM_BODY_SCAN):
            state = self.ensure(self.demonyms.get(_fold(m.group("dem"))))
            if state is None or self.covered(m.start(), m.end()) or self.in_quote(m.start()):
                continue
            self.add_mention(m.start(), m.end(), state, "metonym", 0.6)
        if (
            "army" in text
            or "military" in text
            or "navy" in text
            or "air force" in text
            or "coast guard" in text
        ):
            for m in RX.DEMONYM_FORCE.finditer(text):
                s, e = m.span("name")
                state = self.ensure(self.demonyms.get(_fold(m.group("dem"))))
                if (
                    state is None
                    or self.covered(s, e)
                    or self.in_quote(s)
                    or RX.FORCE_WORKED_ON_BEFORE.search(text, max(0, m.start() - 40), m.start())
                ):
                    continue
                if self._service_of_named(m.start()):
                    # "Gen. Tomas Varga of the Arvelian army": the officer's service, told
                    # to say whose he is: the state, no body of its own
                    self.add_mention(s, e, state, "metonym", 0.6)
                    continue
                force = self.local_ent(
                    text[s:e], "government-body", rule="entity:state-force", conf=0.6
                )
                force.country = force.country or state
                self.add_mention(s, e, force.key, "name", 0.6)
        for m in self.scan(_GROUP_SCAN):
            s, e = m.span()
            if self.in_quote(s):
                continue
            head = m.group("head").split()[0]
            mods = [w for w in (m.group("mods") or "").split() if w.lower() != "armed"]
            if not mods and not m.group("tail"):
                continue  # "militias", "armed rebels": a kind of actor, not a named group
            if mods and any(
                mm.start == m.start("mods")
                and text[mm.end : m.start("head")].strip() == ""
                and self.ents[mm.key].type in ("group", "party")
                for mm in self.mentions_between(m.start("mods"), m.start("head"))
            ):
                continue  # "Islamic State militants": the group named, its fighters
            name = text[s:e]
            core = text[m.end("hedge") : e] if m.group("hedge") else name
            if self._group_by_its_name(mods, m.group("tail")):
                # "Taleban insurgents", "Taleban rebels": the group its name names, once
                ent = self.local_ent(mods[0], "group", rule="entity:group-name", conf=0.7)
                _add_alias(ent, core)
                self.add_mention(s, e, ent.key, "group", 0.7)
                continue
            existing = next(
                (x for x in self.ents.values() if x.type == "group" and x.anon_head == head), None
            )
            if existing is None:
                existing = self.local_ent(core, "group", rule="entity:group", conf=0.7)
                existing.anon_head = head
            else:
                if len(core) > len(existing.name) and m.group("tail"):
                    _add_alias(existing, existing.name)
                    self.rename(existing, core)
                _add_alias(existing, name)
            self.add_mention(s, e, existing.key, "group", 0.7)
        if "regime" in text:
            for m in RX.REGIME.finditer(text):  # "the Syrian regime", "the Assad regime"
                s, e = m.span()
                if not (
                    text[max(0, s - 4) : s] in ("the ", "The ")
                    or _fold(m.group("by")) in self.demonyms
                ):
                    continue  # "Assad regime" after "the"; "Syrian regime forces"
                if self.in_quote(s) or any(
                    mm.start < e and s < mm.end and (mm.start < s or mm.end > e) for mm in self.mens
                ):
                    continue
                self._drop_inside(s, e)
                ent = self.local_ent(text[s:e], "government-body", rule="entity:regime", conf=0.6)
                self.add_mention(s, e, ent.key, "name", 0.6)
