"""The media and bodies that relay a speaker's words, for the quote rules: the
outlets named around a quote ("told Reuters", "Interfax and the Guardian reported",
"in comments carried by TASS", "according to a readout from …"), outlets not yet known
("Russia's RIA news agency reported"), media left unnamed ("state media reported") and
the bodies that quote someone ("quoted by the Kremlin as saying"), nearest the speaker
first; and the spokespersons who issue a principal's words ("said a statement issued by
Mr. Ban’s spokesperson").

Below :mod:`diplokg.extract.quotes`, as charging and serving are below their rule modules:
functions of the shared clause helpers (each rule class extends
:class:`~diplokg.extract.clauses.Clauses` alone)."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import (
    _COMMON_CAPS,
    _MEDIA,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _add_alias, _Pos
from diplokg.extract.text import _fold, _rx, tokens

# An outlet the lexicon does not know, named where only a medium stands: "quoted by Mehr as
# saying", "Kommersant quoted X as saying", "…, Ukrinform reported.", "told Axios that",
# "in an interview with Kathimerini"
_OUTLET = r"(?P<o>[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,2})"
# A medium named before, taken up by its kind: "The network quoted X as saying", "X said
# in an interview with the newspaper", "According to the agency, …"
_MEDIUM_KIND = (
    r"(?P<k>network|(?:news\s+)?agency|newspaper|paper|daily|weekly|broadcaster|channel|"
    r"station|outlet|magazine|website)\b"
)
_SPOKES_WORDS = r"(?:spokes(?:man|woman|person)|press\s+secretary|aide|adviser|advisor)"
# Media named only by description, as relays: "state media reported", "Iranian news
# reports say", "quoted by state television as saying", "according to local media" (a
# qualifier or a plural head; never "told the media", the audience, like reporters)
_UNNAMED_MEDIA_NP = (
    r"(?P<um>(?:[A-Z][a-z]+(?:an|ian|ese|i|ish|ic)\s+)?"
    r"(?i:(?:state|state-run|state-owned|official|semi-official|local|national|public|"
    r"government|pro-government|government-run|independent|opposition)\s+)*"
    r"(?:media|news\s+(?:reports|outlets|agencies)|press\s+reports|(?:TV|television)\s+"
    r"(?:networks|channels|stations)|television|TV|broadcasters|newspapers|news\s+agency|"
    r"broadcaster|radio))\b(?![ \t]+[A-Z])"
)
# What every match of _UNNAMED_MEDIA_NP holds: its head's alternatives are matched case
# for case ("media", "news …", "newspapers", "press reports", "TV", "television",
# "broadcaster(s)", "radio"), so a stretch with none of these has no match of it.
_UNNAMED_MEDIA_HEADS = ("media", "news", "press", "TV", "television", "broadcaster", "radio")
_UNNAMED_MEDIA_TOLD = re.compile(  # the medium as the subject of its report
    r"(?:\b(?:[Tt]he|[Aa]ll|[Ss]ome|[Mm]any)\s+|(?<![\w-]))"
    + _UNNAMED_MEDIA_NP
    + r"\s+(?:(?:also|later|then|had)\s+)?(?:reported|report|reports|said|say|says|quoted|"
    r"showed|shows|aired|broadcast|carried|cited)\b"
)
_UNNAMED_MEDIA_BY = re.compile(  # the medium after a word of relaying
    r"\b(?:(?:quoted|cited)\s+(?:as\s+saying\s+)?by|[Aa]ccording\s+to|reported\s+by|"
    r"told|interview\s+with|(?:[Ss]peaking|[Tt]alking)\s+to|(?:said|spoke|[Ss]peaking)\s+on|"
    r"carried\s+by)"
    r"\s+(?:the\s+)?(?:(?:country|nation|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+)?"
    + _UNNAMED_MEDIA_NP
)
_GUESSED_ACRONYM = "entity:acronym"  # an unknown acronym, a body of no known kind
_OUTLET_BY = re.compile(
    rf"\b(?:quoted|cited)\s+by\s+(?:the\s+)?{_OUTLET}\s+as\s+(?:saying|telling|stating)\b"
)
_OUTLET_TOLD = re.compile(
    rf"\b(?:told|[Ii]n\s+an\s+interview\s+with|[Ss]peaking\s+to)\s+(?:the\s+)?{_OUTLET}"
    r"(?=\s+(?:that\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"in\s+an\s+interview\b)|\s*[,.;:“\"])"
)
_OUTLET_NOUN_TOLD = re.compile(  # "Russia's RIA news agency reported"
    rf"(?<=[’']s\s){_OUTLET}\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|television|"
    r"TV|radio|channel)\s+(?:(?:also|later)\s+)?(?:reported|said|says|quoted|cited)\b"
)
_OUTLET_SUBJECT = re.compile(  # "Kommersant quoted X as saying", "…, Ukrinform reported."
    rf"(?:^|(?<=[.,;]\s)|(?<=\n)){_OUTLET}\s+(?:(?:quoted|cited)\s+[^.;“”\"]{{1,80}}?\s+as\s+"
    r"(?:saying|telling|stating)|reported(?=\s*[.;]|\s+that\b)|wrote(?=\s+that\b))"
)
_NOT_OUTLETS = frozenset(
    _words(
        """
        Parliament Congress Senate Cabinet Council Assembly Reporters Journalists Lawmakers
        Members Diplomats Officials Ambassadors Delegates Leaders Ministers Voters Citizens
        Russians Americans Europeans Chinese Israelis Palestinians Ukrainians God
        """
    )
)
_THE_MEDIUM_BY = re.compile(
    r"\b(?:(?:quoted|cited)\s+(?:as\s+saying\s+)?by|[Aa]ccording\s+to|reported\s+by|told|"
    r"interview\s+with|(?:[Ss]peaking|[Tt]alking)\s+to)\s+the\s+" + _MEDIUM_KIND
)
_THE_MEDIUM_TOLD = re.compile(
    r"\b[Tt]he\s+" + _MEDIUM_KIND + r"\s+(?:(?:also|later|then)\s+)?(?:quoted|cited|reported|"
    r"said|says|showed|aired|carried|wrote)\b"
)
_SPOKES_AFTER = re.compile(rf"[’']?s?\s+(?:[a-z-]+\s+){{0,2}}?{_SPOKES_WORDS},?\s+")


def _but_the_publisher(rules: Clauses, media: list[str]) -> list[str]:
    """``media`` without the article's publisher (its first mention): a story does not
    relay its own outlet."""
    if rules.publisher_key is not None and rules.publisher_key in media:
        media.remove(rules.publisher_key)
    return media


def _speaker_relays(rules: Clauses, lo: int, hi: int, key: str) -> list[str]:
    """Relays in the sentence, else those of the sentence that introduced an anonymous
    speaker ("Two sources told Reuters … “…,” one of the sources said")."""
    found = rules.relays(lo, hi, key)
    spokesperson = _spokesperson_relay(rules, lo, hi, key)
    if spokesperson is not None and spokesperson not in found:
        found.insert(0, spokesperson)
    for body in _body_relays(rules, lo, hi, key):
        if body not in found:
            found.insert(0, body)
    for um in (
        _unnamed_media(rules, lo, hi, key)
        + _more_media(rules, lo, hi, key, found)
        + _unknown_outlets(rules, lo, hi, key)
        + _medium_taken_up(rules, lo, hi, key)
    ):
        if um not in found:
            found.append(um)
    _pair_media(rules, lo, hi, found)
    _media_in_text_order(rules, lo, hi, found)
    if not found:
        found = rules.carried_relays(lo, hi, key)
    if not found:
        found = _carried_described_media(rules, lo, hi, key)
    if not found and rules.ents[key].anon_head:
        first = next((m for m in rules.mens if m.key == key and m.how == "anon"), None)
        if first is not None and first.start < lo:
            s0, e0 = rules.sent(first.start)
            found = rules.relays(s0, e0, key)
    return found


def _more_media(rules: Clauses, lo: int, hi: int, key: str, found: list[str]) -> list[str]:
    """Named media the sentence's relay words miss: the second of two relaying
    ("according to Interfax and the Guardian") and one named before a common noun
    ("the Interfax news agency reported")."""
    out: list[str] = []
    for mm in rules.mentions_between(lo, hi):
        ent = rules.ents[mm.key]
        if (
            ent.rule == _GUESSED_ACRONYM
            and ent.type == "group"
            and RX.MEDIUM_NOUN_TOLD.match(rules.text, mm.end, hi)
        ):
            ent.type = _MEDIA  # ("Russia's RIA news agency reported": a medium)
        if ent.type != _MEDIA or mm.key == key or rules.in_quote(mm.start):
            continue
        if mm.key in found or mm.key in out:
            nxt = RX.AND_THE.match(rules.text, mm.end, hi)
            other = rules.mention_at(nxt.end()) if nxt is not None else None
            if other is not None and rules.ents[other.key].type == _MEDIA:
                out.append(other.key)
        elif (
            RX.MEDIUM_NOUN_TOLD.match(rules.text, mm.end, hi)
            or RX.MEDIUM_CITING_TOLD.match(rules.text, mm.end, hi)
        ) or RX.CARRIED_BY.search(rules.text, max(lo, mm.start - 50), mm.start):
            out.append(mm.key)
    return [k for k in _but_the_publisher(rules, out) if k != key]


def _body_relays(rules: Clauses, lo: int, hi: int, key: str) -> list[str]:
    """Bodies (a ministry, the Kremlin, a government; no state, person or medium) that
    relay ``key``'s words in the sentence: "The Foreign Ministry quoted X as saying",
    "X was quoted by the Kremlin as saying", "According to the ministry, X said"."""
    text = rules.text
    if not rules.ents[key].is_person:
        return []
    found: list[tuple[int, str]] = []
    for mm in rules.mentions_between(lo, hi):
        ent = rules.ents[mm.key]
        if (
            mm.key == key
            or ent.is_person
            or not ent.is_org
            or ent.type in ("state", _MEDIA)
            or ent.is_place
            or mm.how in ("metonym", "qualifier")
            or rules.in_quote(mm.start)
        ):
            continue
        held = _SPOKES_AFTER.match(text, mm.end)
        if held is not None and rules.mention_at(held.end()) is not None:
            continue  # ("Kremlin spokesman Dmitry Peskov": the spokesman)
        by = RX.BODY_RELAY_BY.search(text, max(lo, mm.start - 70), mm.start)
        doc = RX.ACCORDING_TO_A.search(text, max(lo, mm.start - 20), mm.start)
        if (
            (by is not None and by.end() == mm.start)
            or (doc is not None and doc.end() == mm.start and RX.DOC_AFTER.match(text, mm.end))
            or (
                RX.BODY_QUOTED.match(text, mm.end)
                and any(m2.key == key for m2 in rules.mentions_between(mm.end, mm.end + 80))
            )
        ):
            found.append((mm.start, mm.key))
    return [k for _, k in sorted(found, reverse=True)]


def _unknown_outlets(rules: Clauses, lo: int, hi: int, key: str) -> list[str]:
    """Outlets no entity names yet, in a place only a medium relaying takes ("told Axios
    that …", "quoted by Mehr as saying", "…, Ukrinform reported."): a medium each."""
    if not rules.ents[key].is_person:
        return []
    found: list[tuple[int, str]] = []
    for rx in (_OUTLET_BY, _OUTLET_TOLD, _OUTLET_SUBJECT, _OUTLET_NOUN_TOLD):
        for m in rx.finditer(rules.text, lo, hi):
            s0, e0 = m.span("o")
            name = m.group("o")
            based = _rx(r"[A-Z][\w’'-]*-based\s+").match(name)  # "the Dubai-based X"
            if based is not None:
                s0, name = s0 + based.end(), name[based.end() :]
            words = name.split()
            at = rules.mention_at(s0)
            if (
                at is not None
                and at.end == e0
                and rules.ents[at.key].rule == _GUESSED_ACRONYM
                and rules.ents[at.key].type in ("group", _MEDIA)
                and at.key != key
            ):
                rules.ents[at.key].type = _MEDIA  # ("told ANI that": a medium)
                found.append((s0, at.key))
                continue
            if (
                rules.in_quote(s0)
                or rules.covered(s0, e0)
                or words[0] in _COMMON_CAPS
                or any(w in _NOT_OUTLETS for w in words)
                or _fold(words[0]) in rules.demonyms
                or (
                    based is None
                    and len(words) >= 2
                    and not any(w.isupper() or "-" in w for w in words)
                )
            ):
                continue  # (two plain capitalised words are a person's name as often)
            # ("told the Guardian": the lexicon's "The Guardian")
            the = rules.lex.forms.get(
                tuple(_fold(t) for _, _, t in tokens(f"The {name}"))
            ) or rules.lex.forms.get(tuple(_fold(t) for _, _, t in tokens(name)))
            known = next((c.key for c in the or [] if c.type == _MEDIA), None)
            key_ = rules.ensure(known)
            if key_ is None:
                key_ = rules.local_ent(name, _MEDIA, rule="entity:relay-outlet", conf=0.6).key
            found.append((s0, key_))
    return _but_the_publisher(rules, [k for _, k in sorted(found)])


def _medium_taken_up(rules: Clauses, lo: int, hi: int, key: str) -> list[str]:
    """The medium named last before a relay that takes it up by its kind ("The network
    quoted X as saying", "in an interview with the newspaper"), if one was named."""
    found: list[tuple[int, str]] = []
    for rx in (_THE_MEDIUM_BY, _THE_MEDIUM_TOLD):
        for m in rx.finditer(rules.text, lo, hi):
            if rules.in_quote(m.start("k")) or rules.mention_at(m.end("k") + 1) is not None:
                continue  # ("the news agency TNA": named here)
            # (named in the paragraph: one named far before is not what "the
            # newspaper" a diplomat told is, most often the publisher)
            before = [
                mm
                for mm in rules.mentions_between(
                    rules.para_starts[rules.para(m.start())], m.start()
                )
                if rules.ents[mm.key].type == _MEDIA and not rules.in_quote(mm.start)
            ]
            if before and before[-1].key != key:
                found.append((m.start(), before[-1].key))
    return _but_the_publisher(rules, [k for _, k in sorted(found)])


def _carried_described_media(rules: Clauses, lo: int, hi: int, key: str) -> list[str]:
    """As ``carried_relays`` for media named only by description or not known
    before: "State media reported that X inspected … He called them “…”" carries
    the state media (the sentence before reports and names the speaker)."""
    if RX.REPORTING_CLAUSE.search(RX.QUOTED.sub(" ", rules.text[lo:hi])) or lo <= 0:
        return []
    s0, e0 = rules.sent(lo - 1)
    if rules.para(s0) != rules.para(lo) or s0 >= lo:
        return []
    if not RX.REPORTING_CLAUSE.search(RX.QUOTED.sub(" ", rules.text[s0:e0])):
        return []
    if not any(m.key == key for m in rules.mentions_between(s0, e0)):
        return []
    return [
        k
        for k in _unnamed_media(rules, s0, e0, key) + _unknown_outlets(rules, s0, e0, key)
        if rules.ents[k].type == _MEDIA
    ]


def _media_in_text_order(rules: Clauses, lo: int, hi: int, found: list[str]) -> None:
    """Media relays in the order the sentence names them (a medium named only by
    description among them: "told state television …, Interfax reported")."""
    media = [k for k in found if rules.ents[k].type == _MEDIA]
    if len(media) < 2:
        return
    seg = rules.text[lo:hi]

    def at(key: str) -> int:
        mm = next((m for m in rules.mentions_between(lo, hi) if m.key == key), None)
        if mm is not None:
            return mm.start
        i = seg.find(rules.ents[key].name)
        return lo + i if i >= 0 else hi

    ordered = iter(sorted(media, key=at))
    found[:] = [next(ordered) if rules.ents[k].type == _MEDIA else k for k in found]


def _pair_media(rules: Clauses, lo: int, hi: int, found: list[str]) -> None:
    """Put the first of two media relaying together ("Interfax and Xinhua reported")
    before the second, in the order the text names them."""
    for mm in rules.mentions_between(lo, hi):
        if rules.ents[mm.key].type != _MEDIA or mm.key in found or rules.in_quote(mm.start):
            continue
        nxt = RX.AND_THE.match(rules.text, mm.end, hi)
        other = rules.mention_at(nxt.end()) if nxt is not None else None
        if other is not None and other.key in found and mm.key != rules.publisher_key:
            found.insert(found.index(other.key), mm.key)


def _unnamed_media(rules: Clauses, lo: int, hi: int, key: str) -> list[str]:
    """Media the sentence names only by description as relays of ``key``'s words
    ("state media reported", "the TV networks reported that X …", "X was quoted by
    state television as saying"): a medium each, named as the text words it."""
    if rules.ents[key].type == _MEDIA:
        return []
    piece = rules.text[lo:hi]
    if not any(w in piece for w in _UNNAMED_MEDIA_HEADS):
        return []  # (both patterns hold _UNNAMED_MEDIA_NP: no match here)
    found: list[tuple[int, str]] = []
    for rx in (_UNNAMED_MEDIA_TOLD, _UNNAMED_MEDIA_BY):
        for m in rx.finditer(rules.text, lo, hi):
            name = m.group("um")
            if rules.in_quote(m.start("um")) or not RX.QUALIFIED_MEDIUM.match(name):
                continue
            at = rules.mention_at(m.start("um"))
            if at is not None and rules.ents[at.key].type == _MEDIA:
                continue  # (a medium the text names: "Deutsche Welle television")
            nxt = _rx(r"[ \t]+(?:(?:outlet|channel|network|broadcaster|agency)[ \t]+)?").match(
                rules.text, m.end("um")
            )
            named = rules.mention_at(nxt.end()) if nxt is not None else None
            if named is not None and rules.ents[named.key].type == _MEDIA:
                continue  # (the description of a medium named next: "state TV outlet CCTV")
            name = " ".join(name.split())
            ent = rules.local_ent(name, _MEDIA, rule="entity:unnamed-media", conf=0.6)
            found.append((m.start("um"), ent.key))
    return [k for _, k in sorted(found)]


def _spokesperson_relay(rules: Clauses, lo: int, hi: int, key: str) -> str | None:
    """The spokesperson who issued a statement of ``key``'s words in the sentence
    ("said a statement issued by Mr. Ban’s spokesperson"): an unnamed person, the
    first relay, holding that office in the body the principal serves."""
    text = rules.text
    m = RX.STATEMENT_BY.search(text, lo, hi)
    sp = RX.SPOKESPERSON_OF.match(text, m.end()) if m else None
    if sp is None or sp.end() > hi or _statement_principal(rules, sp.end()) != key:
        return None
    name = f"spokesperson for {rules.ents[key].name}"  # (named again when all is read)
    ent = rules.local_ent(name, "person", rule="entity:spokesperson-relay", conf=0.6)
    ent.anon_head = "spokesperson"
    _add_alias(ent, text[sp.start("np") : sp.end()])  # "Mr. Ban’s spokesperson"
    if ent.key not in rules.relay_principals:
        # (no mention: the phrase names no one who could speak or act later)
        rules.relay_principals[ent.key] = key
        org = next(
            (p.org for p in rules.positions if p.holder == key and p.status == "current"),
            None,
        )
        if org is not None:
            _add_spokesperson(rules, ent.key, org, (sp.start("np"), sp.end()))
    return ent.key


def _add_spokesperson(rules: Clauses, holder: str, org: str, span: tuple[int, int]) -> None:
    """``holder`` is the current spokesperson of ``org``, as the words at ``span`` say."""
    rules.positions.append(
        _Pos(
            rules.new_id(f"{holder}-spokesperson"),
            span,
            "position:spokesperson-relay",
            0.6,
            holder,
            "Spokesperson",
            org,
            "current",
        )
    )


def _unnamed_spokesperson(
    rules: Clauses, sp: re.Match[str], *, need_org: bool = True
) -> str | None:
    """The unnamed spokesperson ``sp`` names ("a spokesperson for the Secretary-
    General"): a person, holding that office in the body the principal's title
    implies (without ``need_org``, the person even when no body is known)."""
    org = rules._implied_org(sp.group("of"))
    if org is None:
        of = rules.mention_at(sp.start("of"))
        org = of.key if of is not None and rules.ents[of.key].is_org else None
    if org is None and need_org:
        return None
    name = sp.group("sp")
    ent = rules.local_ent(name, "person", rule="entity:spokesperson", conf=0.6)
    ent.anon_head = "spokesperson"
    if org is not None and not any(p.holder == ent.key for p in rules.positions):
        _add_spokesperson(rules, ent.key, org, sp.span("sp"))
    return ent.key


def _statement_principal(rules: Clauses, pos: int) -> str | None:
    """Whose words a statement before ``pos`` gives: "a statement issued by Mr. Ban’s
    spokesperson", "issued today by the Spokesperson for … Ban Ki-moon": Ban."""
    text = rules.text
    found = None
    for m in RX.STATEMENT_BY.finditer(text, max(0, pos - 3000), pos + 200):
        if m.start() >= pos + 120:
            break
        # the first person named next in the sentence: "by Mr. Ban’s spokesperson", "by
        # the Spokesperson for … Ban Ki-moon", "by his spokesperson, Mr. Ban thanked"
        at, end = m.end(), min(m.end() + 100, rules.sent(m.end())[1])
        mm = next((x for x in rules.mentions_between(at, end) if rules.ents[x.key].is_person), None)
        if mm is not None:
            found = mm.key
    return found
