"""Quotes: quoted stretches with their speakers, before or after them, and who relayed them."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.namewords import _MILITARY_RANK_BEFORE
from diplokg.extract.patterns import (
    _HEAD_OF_GOVERNMENT_TITLES,
    _HEAD_OF_STATE_TITLES,
    _MEDIA,
    _ROLE_HEADS,
    _ROLE_TITLE,
    _ROLE_TITLE_RE,
    _SPEECH,
    _SPEECH_WORDS,
    _demonym_like,
    _statement_kind,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.relaying import (
    _SPOKES_AFTER,
    _SPOKES_WORDS,
    _speaker_relays,
    _statement_principal,
    _unnamed_spokesperson,
)
from diplokg.extract.state import _Men, _Quote
from diplokg.extract.text import _fold, _rx, dateline_end, head_scan

_SAID_AFTER_QUOTE = re.compile(  # “…,” said X
    rf"[\s,.:;—–-]*(?P<verb>{_SPEECH_WORDS})\s+(?:(?:yesterday|today|on\s+\w+|later|"
    r"also|again|in\s+a\s+(?:\w+\s+)?statement|in\s+an\s+interview)\s+)*"
)
_NAME_SAID = re.compile(  # “…,” X said / X was quoted by the Y agency as saying
    # (an adverb of sequence or reply between: "X in turn told", "X, for her part, said")
    r"(?:,?\s+(?:in\s+turn|for\s+(?:his|her|its|their)\s+part|in\s+(?:reply|response)|"
    r"himself|herself|meanwhile|too)(?=[\s,]),?)?"
    rf"\s+(?:(?:also|then|later|had|has|have|further|again|[a-z]+ly)\s+)*(?P<verb>{_SPEECH_WORDS}|(?:was|were|is|are)"
    r"\s+(?:quoted|cited)\s+(?:by\s+[^.;“”\"]{1,80}?\s+)?as\s+(?:saying|telling|stating))\b"
)
_SPEECH_WORD_AGAIN = re.compile(rf"(?:{_SPEECH_WORDS})\s+")  # "said said X"
_THE_SPOKESPERSON_SAID = re.compile(  # after a quote: ", the spokesperson added"
    rf"[\s,]*(?P<np>the\s+spokes(?:person|man|woman))\s+(?:also\s+)?(?:{_SPEECH_WORDS})\b"
)
# Between a speaker after a quote and the verb: a title set off by a comma, whoever's it
# is (“…,” X, the ministry's spokesman, said / X, Arvelia's envoy said / X, chief of staff
# to the President, told reporters)
_APPOSED_TITLE = re.compile(
    r",\s+(?!(?:who|which|whose|and|but)\b)(?:(?:the|a|an|his|her|its|their)\s+|"
    r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}[’']s\s+)?(?:[\w.&/’'-]+\s+){0,5}?"
    rf"(?:(?i:{_ROLE_HEADS})|official|aide|head|chief|commander|spokes(?:man|woman|person))"
    r"(?:\s+(?:of|for|to|at)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?"
    r"[A-Z][\w.&’'-]*){0,5})?,?"
    rf"(?=\s+(?:(?:also|then|later)\s+)?(?:{_SPEECH_WORDS})\b)"  # (the verb right after)
)
# Before a rank and a name: the body, state or office the ranked person serves in ("U.S.
# Army Gen. ", "Arvelian Navy commander Vice Adm. ", "Army Chief of Staff Gen. ")
# (no word that joins two phrases: "said A and Gen. B" is not B's)
_TITLED_RANK = re.compile(
    r"(?:(?!(?:and|or|with|to|by|at|in|on|after|before|who|met|meets)\b)[\w.’'&-]+[ \t]+){1,6}?"
    + _MILITARY_RANK_BEFORE.pattern
)
# After a state named before a verb: a capitalised title and the holder's name set off by
# commas ("The Arvelia Minister of Trade and Industry, Oren Vask, said"): the state only
# says whose minister he is
_STATE_TITLE_NAME = re.compile(rf"\s+(?:{_ROLE_TITLE})(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*)*,\s+")
_FULL_STOPS = (".", "!", "?", "…")  # what a full sentence ends in (see _attribute)
_SPEECH_SCAN = head_scan(_SPEECH)


_SPOKES_BEFORE = re.compile(rf"\b{_SPOKES_WORDS},?\s+(?:[A-Z][\w.-]*\s+){{0,2}}$")


#: the posts a head of state or government holds
_HEAD_ROLES = {
    "head of state": frozenset(_HEAD_OF_STATE_TITLES),
    "head of government": frozenset(_HEAD_OF_GOVERNMENT_TITLES),
}


_NOUN_BEFORE = frozenset(
    _words("the its their his her our your these those many some all both other several member")
)
_NOT_VERB_AFTER = frozenset(
    _words("would will have had are were should could must can may might to of and or")
)


def _paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of ``text[start:end]`` as spans, white space and a trailing comma
    trimmed: the whole span when it is one paragraph."""
    if "\n" not in text[start:end]:
        return [(start, end)]
    pieces = []
    # (a paragraph ends at a blank line: a hard-wrapped line break is no paragraph)
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text[start:end]):
        ps, pe = start + m.start(), start + m.end()
        while ps < pe and text[ps].isspace():
            ps += 1
        while pe > ps and (text[pe - 1].isspace() or text[pe - 1] == ","):
            pe -= 1
        if pe > ps and _rx(r"[A-Za-z]").search(text, ps, pe):
            pieces.append((ps, pe))
    return pieces or [(start, end)]


def _speech_noun(piece: str, v: re.Match[str]) -> bool:
    """A speech word used as a noun: 'Asian states would', 'the calls for', 'his notes'."""
    word = v.group()
    if not word.endswith("s") or word in ("says", "tells", "adds"):
        return False
    before = piece[max(0, v.start() - 30) : v.start()].split()
    after = piece[v.end() : v.end() + 20].split()
    return bool(
        (before and (before[-1].lower() in _NOUN_BEFORE or _demonym_like(before[-1])))
        or (after and after[0].lower().strip(",.") in _NOT_VERB_AFTER)
    )


class QuoteRules(Clauses):
    """Rules that find quotes and attribute them to speakers."""

    #: The persons told as spokespersons (see :meth:`_spokespersons_named`): each such
    #: mention's start, end and key, in text order; found once per article, on first use.
    _spokes_told: list[tuple[int, int, str]] | None = None

    def find_quotes(self) -> None:
        text = self.text
        self._spokes_told = None
        for qs, qe in self.qspans:
            inner_s, inner_e = qs + 1, qe
            if text[qe] == "'" and text[qe - 1] == "'" and text[qs] == '"':
                inner_e -= 1  # '"…''': closed with two apostrophes
            while inner_s < inner_e and text[inner_s].isspace():
                inner_s += 1
            while inner_e > inner_s and (text[inner_e - 1].isspace() or text[inner_e - 1] == ","):
                inner_e -= 1
            if inner_e - inner_s < 1:
                continue
            words = text[inner_s:inner_e]
            if not _rx(r"[A-Za-z]").search(words):
                continue
            if RX.LABEL.fullmatch(words) and RX.LABEL_BEFORE.search(text, max(0, qs - 30), qs):
                continue  # "the so-called ‘E3+3’", "labelled as the ‘P5+1’": a name, no words
            if words[:1].isupper() and RX.TITLE_BEFORE.search(text, max(0, qs - 30), qs):
                continue  # "remarks titled “To Keep the Peace, Spend More”": a title
            speaker, ev, rule, conf, relays = self._attribute(qs, qe, words)
            if speaker is None:
                self._joint_statement_quote(qs, qe, (inner_s, inner_e))
                continue
            dm = self.date_near(qe, within_sentence=True, after_only=True)
            # a quote running over paragraphs with no marks between them is one quote
            # per paragraph, each the speaker's
            for ps, pe in _paragraph_pieces(text, inner_s, inner_e):
                qid = self.new_id(f"quote-{speaker}")
                q = _Quote(qid, speaker, (ps, pe), ev, rule, conf, relays)
                if dm:
                    q.date = dm
                self.quotes.append(q)

    def _joint_statement_quote(self, qs: int, qe: int, span: tuple[int, int]) -> None:
        """Words a joint statement told earlier in the sentence gives, with no speaker of
        their own: each co-issuer's ("In a joint statement, the two parties thanked “…”",
        "They issued a joint statement … condemning China's “…” actions")."""
        sent_start, _ = self.sent(qs)
        joint = [
            st
            for st in self.statements
            if len(st.issuers) >= 2 and sent_start <= st.span[0] and st.span[1] <= qs
        ]
        if not joint or any(
            _NAME_SAID.match(self.text[mm.end : mm.end + 130])
            for mm in self.mentions_between(joint[-1].span[1], qs)
        ):
            return  # (another speaker between: "…, Qatar's minister said “…”")
        st = joint[-1]
        named = {mm.key for mm in self.mentions_between(qs, qe, outer=False)}
        for who in st.issuers:
            if who in named:
                continue  # ("thanked “the brotherly State of Qatar”": not Qatar's words)
            q = _Quote(
                self.new_id(f"quote-{who}"), who, span, st.span, "quote:joint-statement", 0.6, []
            )
            q.statement = st.id
            self.quotes.append(q)

    def _attribute(
        self, qs: int, qe: int, words: str
    ) -> tuple[str | None, tuple[int, int] | None, str, float, list[str]]:
        text = self.text
        sent_start, sent_end = self.sent(qs)
        tail_lo = qe + 1
        tail = text[tail_lo : tail_lo + 220]
        # ("[A-Z]" at the start; "[.!?…]$": the last character, or the one before a final
        # line break)
        full = "A" <= words[:1] <= "Z" and (
            words[-1:] in _FULL_STOPS or (words[-1:] == "\n" and words[-2:-1] in _FULL_STOPS)
        )
        # 0a. words inside a question put to someone ("When asked if A has an “exit
        # strategy,” X said …"): the asker's, whom the text does not name
        if RX.ASKED_ABOUT.search(text, sent_start, qs):
            return None, None, "", 0.0, []
        # 0. after the quote: “…,” the agency quoted X as saying
        quoted_after = (
            None if qs in self.open_quotes else self._quoted_as_after(qe, self.sent(qe)[1])
        )
        if quoted_after is not None:
            return quoted_after
        # 1. after the quote: “…,” said X / X said / according to X / read the X communiqué
        explicit = None if qs in self.open_quotes else self._tail_speaker(tail_lo, tail)
        if explicit is not None:
            key, ev, rule, conf = explicit
            relayed = self._relayed_speaker(sent_start, sent_end, qs, key)
            if relayed is not None:
                return relayed
            relays = _speaker_relays(self, sent_start, self.sent(max(ev[1] - 1, qs))[1], key)
            return key, ev, rule, conf, relays
        # 1a. "“…,” the spokesperson added": the one unnamed spokesperson told of before
        sm = None if explicit is not None else _THE_SPOKESPERSON_SAID.match(tail)
        if sm is not None:
            told = [
                e.key
                for e in self.ents.values()
                if e.is_person and e.anon_head == "spokesperson" and e.local
            ]
            if len(told) != 1:  # ("the ministry’s spokesman Seyyed Abbas Mousavi"): named
                told = self._spokespersons_named(qs)
            if len(told) == 1:
                ev = (tail_lo + sm.start("np"), tail_lo + sm.end())
                return told[0], ev, "quote:the-spokesperson-after", 0.6, []
        # 1b. a paragraph that opens with the quote after one ending "X said:"
        colon = self._colon_paragraph_speaker(qs)
        if colon is not None:
            # ("Interviewed by Fox News, X elaborated:": the relays of the line before)
            relays = _speaker_relays(self, *self.sent(colon[1][0]), colon[0])
            return colon[0], colon[1], "quote:said-colon-before", 0.75, relays
        # 2. before the quote, in its sentence: X said that “…” / X called for the “…”
        head_lo = sent_start
        prev_q = self.quotes_closing_in(sent_start, qs)
        if prev_q:
            head_lo = prev_q[-1][1] + 1
        head = text[head_lo:qs]
        if prev_q and _rx(
            r"[\s,”\"’]*(?:(?:and|but|or|nor|if\s+not|yet)\s+)?(?:also\s+)?"
        ).fullmatch(head):  # “regrettable” but “necessary”: one speaker
            prior = [q for q in self.quotes if sent_start <= q.text[0] < qs]
            if prior:
                q0 = prior[-1]
                return q0.speaker, q0.evidence, "quote:joined", q0.conf, list(q0.reported_by)
        quoted_as = self._quoted_as_saying(sent_start, sent_end, head_lo, qs)
        if quoted_as is not None:
            return quoted_as
        quoting = self._medium_quoting(sent_start, sent_end, head_lo, qs)
        if quoting is not None:
            return quoting
        according = self._according_to_document(head_lo, qs)
        if according is not None:
            return according
        verbs = [v for v in self.scan_in(_SPEECH_SCAN, head, head_lo) if not _speech_noun(head, v)]
        if verbs:
            v = verbs[-1]
            gap = head[v.end() :]
            if RX.OTHERS_SAID.fullmatch(gap) and RX.SAID_BY_OTHERS.match(words):
                # 'It said they “assured to work closely …”': what others said, in the
                # words of no one named
                return None, None, "", 0.0, []
            if len(gap.split()) <= 30 and not RX.CLAUSE_BREAK.search(gap):
                vpos = head_lo + v.start()
                who: str | None = None
                rule = "quote:speaker-before"
                if (
                    prev_q
                    and _rx(r"(?:^|\s|,)(?:and\s+(?:also\s+)?|also\s+)?$").search(head[: v.start()])
                    and _rx(r"[\s,”\"’]*(?:and\s+(?:also\s+)?|also\s+)?").fullmatch(
                        head[: v.start()]
                    )
                ):
                    prior = [q for q in self.quotes if q.text[0] < qs and q.text[0] >= sent_start]
                    if prior:
                        who = prior[-1].speaker
                        rule = "quote:same-speaker-continued"
                if who is None and v.group().endswith("ing") and prev_q:
                    prior = [q for q in self.quotes if sent_start <= q.text[0] < qs]
                    if prior:
                        who = prior[-1].speaker
                        rule = "quote:same-speaker-continued"
                if who is None:
                    doc = self._doc_subject(sent_start, vpos)
                    if doc is None and RX.DOC_NP.search(text, sent_start, vpos):
                        doc = _statement_principal(self, vpos)
                    if doc is not None:
                        who, rule = doc, "quote:document-subject"
                if who is None:
                    who = self.subject_before(vpos)
                    if who is None and RX.THE_SPOKESPERSON_BEFORE.search(text[sent_start:vpos]):
                        # "The spokesman added that …": the one spokesperson named before
                        spokes = self._spokespersons_named(sent_start)
                        who = spokes[0] if len(spokes) == 1 else None
                    if who is not None and self.ents[who].type == "state":
                        # "The U.S. president said, “…”": the one the text names in
                        # that post, when the title runs up to the verb
                        who = self._state_title_speaker(sent_start, vpos, who) or who
                    if who is not None and not self._whole_subject(sent_start, vpos, who):
                        # "Hu said he and Obama agreed that …": the words Hu reports, if
                        # the clause's first verb of saying has Hu for its whole subject
                        outer = verbs[0] if len(verbs) > 1 else None
                        opos = head_lo + outer.start() if outer is not None else -1
                        who = self.subject_before(opos) if outer is not None else None
                        if who is not None and not self._whole_subject(sent_start, opos, who):
                            who = None
                        if who is not None:
                            vpos = opos
                    elif who is None and v.group().endswith("ing"):
                        # "…, with the African Union suspending X and describing the coup
                        # as “…”": the subject of the absolute phrase "with X …ing"
                        who = self.absolute_subject(sent_start, vpos)
                    elif who is not None and self.ents[who].type == "state" and len(verbs) > 1:
                        # "An official told VOA that Washington is urging them to “…”":
                        # the person who tells what the state does speaks the words
                        teller = self._teller_of_state(head_lo, verbs, vpos, who)
                        if teller is not None:
                            who, vpos = teller
                if who is not None:
                    ev_s = self._clause_start(sent_start, vpos, who)
                    relays = _speaker_relays(self, sent_start, sent_end, who)
                    body = self._outer_body(head_lo, verbs, vpos, who)
                    if body is not None and body not in relays:
                        relays.insert(0, body)
                    return who, (ev_s, qs), rule, 0.75, relays
        # 2a. "Describing the deal as “historic” in a statement, X applauded …": a fronted
        # participle's subject is the main clause's, after the phrase's comma
        if RX.FRONTED_SAYING.match(text, sent_start, qs) and not any(
            sent_start <= q.text[0] < qs for q in self.quotes
        ):  # (a label before it, "the so-called ‘E3+3’", is no one's words)
            main = self._fronted_subject(qe, sent_end)
            if main is not None:
                who = main
                relays = _speaker_relays(self, sent_start, sent_end, who)
                return who, (sent_start, qs), "quote:fronted-participle", 0.7, relays
        # 2b. words quoted as the topic of a statement the sentence tells: "X issued a
        # statement on the “flawed elections”": the issuer's
        topic = self._statement_topic_issuer(sent_start, qs)
        if topic is not None:
            return topic[0], topic[1], "quote:statement-topic", 0.6, []
        # 3. a second quote in the clause that quoted someone before it, with no other
        # name or verb of saying between: 'X said the deal marks “…” toward “…”'
        # (or 'X said A “…” and that B “…”': a second clause X reports, whoever it names)
        # (a state or body named between is what the clause tells of, "the result of the
        # US’ illusion and … of ‘…’", no new speaker; a person named may be one)
        and_that = _rx(r"[\s,”\"’]*and\s+that\b").match(head) is not None
        named = self.mentions_between(head_lo, qs)
        if (
            prev_q
            and not verbs
            and len(head.split()) <= (30 if and_that else 20)
            and not RX.CLAUSE_BREAK.search(head)
        ):
            prior = [q for q in self.quotes if sent_start <= q.text[0] < qs]
            if (
                prior
                and prior[-1].rule in ("quote:speaker-before", "quote:same-clause")
                and (and_that or not any(self.ents[mm.key].is_person for mm in named))
            ):
                q0 = prior[-1]
                return q0.speaker, q0.evidence, "quote:same-clause", q0.conf, list(q0.reported_by)
        # 3a. a quote inside the clause a speaker after it reports: 'Arvelia will take “all
        # necessary steps” to defend itself, X said.'
        late = self._clause_end_speaker(qs, qe, sent_end)
        if late is not None:
            return late
        # 3b. a quote that is a whole sentence, after a sentence of its paragraph with no
        # quote of its own whose subject, a person, says something ("X warned about the
        # threat. “Unfortunately, …”"): theirs
        if full and not text[sent_start:qs].strip(" \t“\"‘'"):
            before = self._speaking_subject_before(sent_start)
            if before is not None:
                return before, None, "quote:speaker-sentence-before", 0.6, []
        # 4. a full-sentence quote continuing the previous speaker's words (or words a
        # colon opens in a sentence that names no one: "These priorities include: “…”")
        colon_led = _rx(r":\s*$").search(text, sent_start, qs) is not None and not any(
            self.speaker_capable(mm) for mm in self.mentions_between(sent_start, qs)
        )
        if full or colon_led:
            # (the last one found that ends less than 400 characters before it)
            last = next((q for q in reversed(self.quotes) if qs - q.text[1] < 400), None)
            if last is not None and self.para(last.text[0]) == self.para(qs):
                # (relays are the sentence's: one named in the sentence before is not)
                same_sentence = self.sent(last.text[0])[0] == sent_start
                return (
                    last.speaker,
                    None,
                    "quote:previous-speaker",
                    0.45,
                    list(last.reported_by) if same_sentence else [],
                )
        # 5. words a readout or statement issued by an unnamed spokesperson gives, named
        # later in the sentence: "… discussed “…”, according to a read-out issued by a
        # spokesperson for the Secretary-General"
        sp = RX.ISSUED_BY_SPOKESPERSON.search(text, qe, sent_end)
        if sp is not None and not self.in_quote(sp.start()):
            who = _unnamed_spokesperson(self, sp)
            if who is not None:
                return who, (sp.start(), sp.end()), "quote:spokesperson-document", 0.6, []
        # 6. a paragraph that is one quote, after a paragraph quoting someone: theirs
        if (qs == 0 or text[qs - 1] == "\n") and words[:1].isupper():
            prior = [q for q in self.quotes if self.para(q.text[0]) == self.para(qs) - 1]
            if prior:
                return prior[-1].speaker, None, "quote:previous-paragraph", 0.5, []
            # 7. a paragraph that is one quote with no one named for it, after a paragraph
            # whose last sentence a person does something in (a newscast's sound bite:
            # "Kerry met Wang in Beijing, stressing …" then “Now is the time …”): theirs
            if not text[qe + 1 : qe + 200].split("\n", 1)[0].strip():
                who = self._paragraph_subject(self.para(qs) - 1)
                if who is not None:
                    return (
                        who,
                        None,
                        "quote:paragraph-subject-before",
                        0.4,
                        self._colon_relays(qs, who),
                    )
                # 8. … in a text that so far quoted one person only (a minister's release
                # whose every quote is theirs): that person's
                speakers = {q.speaker for q in self.quotes if q.text[1] < qs}
                if len(speakers) == 1 and not self._cites_document(self.para(qs) - 1, speakers):
                    (who,) = speakers
                    if self.ents[who].is_person:
                        return who, None, "quote:sole-speaker", 0.4, []
        # 9. words quoted inside a paragraph a speaker's label opens, no one else named
        # for them ("Abe: We support the U.S. position of “putting all options on the
        # table.”" in a summit's gist): the label's person
        para_start = self.para_starts[self.para(qs)]
        if para_start < qs and RX.SPEAKER_LABEL.match(text, para_start):
            who = self.speaker_at(para_start)
            if who is not None:
                return who, None, "quote:label-paragraph", 0.5, []
        return None, None, "", 0.0, []

    def _statement_topic_issuer(
        self, sent_start: int, qs: int
    ) -> tuple[str, tuple[int, int]] | None:
        """The one issuer of a statement told in the sentence right before the quote at
        ``qs`` as its topic ("issued a statement on the “…”", "a statement condemning the
        “…”"), with the statement's evidence; None when there is none, or several."""
        for st in reversed(self.statements):
            if not sent_start <= st.span[0] < st.span[1] <= qs or len(st.issuers) != 1:
                continue
            if RX.STATEMENT_TOPIC.fullmatch(self.text, st.span[1], qs):
                return st.issuers[0], st.span
        return None

    def _spokespersons_named(self, pos: int) -> list[str]:
        """The persons named before ``pos`` with a spokesperson's title right before the
        name ("the ministry’s spokesman Seyyed Abbas Mousavi", "Foreign Ministry
        Spokesman Bahram Qassemi") or a spokesperson's post: whom a later "the
        spokesman" stands for when there is one."""
        if self._spokes_told is None:
            self._spokes_told = [
                (mm.start, mm.end, mm.key)
                for mm in self.mentions_between(0, len(self.text))
                if self._told_as_spokesperson(mm)
            ]
        # (as mentions_between(0, pos) gives them: starting before pos, ending by it)
        return list(dict.fromkeys(k for s, e, k in self._spokes_told if s < pos and e <= pos))

    def _told_as_spokesperson(self, mm: _Men) -> bool:
        """Whether ``mm`` names a person, outside quotes, with a spokesperson's title right
        before the name or a spokesperson's post."""
        if not self.ents[mm.key].is_person or self.in_quote(mm.start):
            return False
        title = _SPOKES_BEFORE.search(self.text, max(0, mm.start - 60), mm.start)
        return (title is not None and "spokes" in title.group()) or any(
            p.holder == mm.key and "spokes" in p.role.lower() for p in self.positions
        )

    def _office_holder_at(self, at: int) -> tuple[str, int] | None:
        """The one holder of the office named at ``at`` by its title alone ("the President
        of Ukraine", "the Head of State": the home state's, in a release of its
        government), with where the phrase ends; None when the text names no one, or more
        than one, in it."""
        om = RX.OFFICE_OF.match(self.text, at)
        if om is None:
            return None
        end = om.end()
        if om.group("of"):
            named = self.mention_at(end)
            state = named.key if named is not None else None
            end = named.end if named is not None else end
        else:
            state = self._home_state()
        if state is None or self.ents[state].type != "state":
            return None
        title = " ".join(om.group("t").lower().split())
        roles = _HEAD_ROLES.get(title, frozenset({title}))
        holder = self.sole_holder(state, roles.__contains__, current=True)
        return None if holder is None else (holder, end)

    def _state_title_speaker(self, sent_start: int, vpos: int, state: str) -> str | None:
        """The holder of the post a lower-case title names right after ``state``'s last
        mention before the verb at ``vpos`` ("The U.S. president said"), if the text names
        one in it; None otherwise."""
        named = [mm for mm in self.mentions_between(sent_start, vpos) if mm.key == state]
        for holder in self.mentions_between(named[-1].end, vpos) if named else []:
            if (
                self.ents[holder.key].is_person
                and _STATE_TITLE_NAME.fullmatch(self.text, named[-1].end, holder.start)
                and _rx(r",?\s*(?:(?:also|then|later|again)\s+)?").fullmatch(
                    self.text, holder.end, vpos
                )
            ):  # "The Arvelia Minister of Trade, Oren Vask, said": the name apposed to it
                return holder.key
        held = self.state_titled_holder(state, named[-1].end) if named else None
        if held is None or not _rx(r"\s*(?:(?:also|then|later|again)\s+)?").fullmatch(
            self.text, held[1], vpos
        ):
            return None
        return held[0]

    def _cites_document(self, para: int, speakers: set[str]) -> bool:
        """Whether paragraph ``para`` cites a document ("According to the FO statement,
        …", "The ministry's readout said …") with none of ``speakers`` named in it, or
        is a quote left unattributed after one that does: the unattributed quote after it
        is the document's words."""
        if para < 0 or para + 1 >= len(self.para_starts):
            return False
        lo, hi = self.para_starts[para], self.para_starts[para + 1]
        if any(lo <= a < hi for a, _ in self.qspans) and not any(
            lo <= q.text[0] < hi for q in self.quotes
        ):
            # (a quote paragraph left with no speaker, as the document's words: its
            # continuation is no one's either)
            return self._cites_document(para - 1, speakers)
        return RX.DOCUMENT_CITED.search(self.text, lo, hi) is not None and not any(
            mm.key in speakers for mm in self.mentions_between(lo, hi)
        )

    def _clause_end_speaker(
        self, qs: int, qe: int, sent_end: int
    ) -> tuple[str, tuple[int, int], str, float, list[str]] | None:
        """The speaker of a reporting clause that ends the sentence after the quote's own
        clause ("…, X said.", "…, the agency said."), when no other quote, clause break or
        verb of saying stands between."""
        if qs in self.open_quotes:
            return None
        text = self.text
        rest = text[qe + 1 : sent_end]
        # the last comma: matched at the start only (a search would try every start of a
        # rest with no comma, each reading the rest to its end: quadratic)
        cm = _rx(r".*(,\s+)", re.S).match(rest)
        if (
            cm is None
            or _rx(r"[“”\"]").search(rest)
            or RX.CLAUSE_BREAK.search(rest, 0, cm.start(1))
        ):
            return None
        if any(True for _ in self.scan_in(_SPEECH_SCAN, rest[: cm.start(1)], qe + 1)):
            return None  # ("…, saying …, X said": a speaker of its own)
        lo = qe + 1 + cm.start(1)
        found = self._tail_speaker(lo, text[lo : lo + 220])
        if found is None or found[2] not in ("quote:said-after", "quote:name-said-after"):
            # "…, North Korea's state-run Korean Central News Agency said."
            om = RX.OWNED_SPEAKER.match(text, lo, sent_end)
            mm = self.mention_at(om.end()) if om is not None else None
            vm = _NAME_SAID.match(text, mm.end, sent_end) if mm is not None else None
            if mm is None or vm is None or not self.speaker_capable(mm):
                return None
            found = (mm.key, (om.end() if om else lo, vm.end()), "", 0.0)
        key, ev, _, _ = found
        if not _rx(r"[^,;:“”\"]*?[.!?]?\s*$").fullmatch(text, ev[1], sent_end):
            return None  # (the clause of saying ends the sentence)
        sent_start = self.sent(qs)[0]
        relays = _speaker_relays(self, sent_start, sent_end, key)
        return key, ev, "quote:clause-end-said", 0.7, relays

    def _speaking_subject_before(self, sent_start: int) -> str | None:
        """The person who is the subject of a verb of saying in the sentence before the one
        at ``sent_start``, in its paragraph, when that sentence quotes no one."""
        if sent_start == 0 or self.para(sent_start - 1) != self.para(sent_start):
            return None
        ps, pe = self.sent(sent_start - 1)
        if any(ps <= a < pe for a, _ in self.qspans):
            return None
        piece = self.text[ps:pe]
        for v in self.scan_in(_SPEECH_SCAN, piece, ps):
            if _speech_noun(piece, v):
                continue
            if v.group().startswith("ask"):
                return None  # ("A asked B about the dam. “It is safe.”": B's answer, maybe)
            who = self.subject_before(ps + v.start())
            if who is not None and self.ents[who].is_person:
                return who
            return None
        return None

    def _paragraph_subject(self, para: int) -> str | None:
        """The person the last sentence of paragraph ``para`` opens with, doing something
        ("U.S. Secretary of State X has launched …", "X on Saturday described …")."""
        if para < 0 or para + 1 >= len(self.para_starts):
            return None
        lo, hi = self.para_starts[para], self.para_starts[para + 1]
        body = self.text[lo:hi].rstrip()
        if not body or (self.qspans and any(lo <= a < hi for a, _ in self.qspans)):
            return None  # (a paragraph with quotes of its own: rule 6's, or no one's)
        ss, se = self.sent(lo + len(body) - 1)
        for mm in self.mentions_between(max(ss, lo), se):
            if not self.ents[mm.key].is_person:
                continue
            does = RX.PERSON_DOES.match(self.text, mm.end)
            if does is None:
                return None
            # the clause's subject (not "Focusing on X, …" or a title's state)
            return mm.key if self.subject_before(does.end() - 1) == mm.key else None
        return None

    def _quoted_as_saying(
        self, sent_start: int, sent_end: int, head_lo: int, qs: int
    ) -> tuple[str, tuple[int, int], str, float, list[str]] | None:
        """'Spokesman P quoted President X as saying “…”': X speaks, the one who quoted
        (a person, a body or a medium) relays, nearest the speaker first."""
        text = self.text
        for m in reversed(list(RX.QUOTED_AS.finditer(text, head_lo, qs))):
            if self.in_quote(m.start()):
                continue
            said = [
                mm
                for mm in self.mentions_between(m.end(), min(qs, m.end() + 90))
                if RX.AS_SAYING.match(text, mm.end) and self.ents[mm.key].is_person
            ] or self._quoted_pronoun(m.end())
            if not said or RX.CLAUSE_BREAK.search(text, m.end(), said[0].start):
                return None
            who = said[0].key
            quoter = self.subject_before(m.start())
            if quoter is None or quoter == who or self.ents[quoter].type == "state":
                return None
            am = RX.AS_SAYING.match(text, said[0].end)
            gap = text[am.end() : qs] if am is not None else ""
            if len(gap.split()) > 30 or RX.CLAUSE_BREAK.search(gap):
                return None
            relays = [quoter] + [
                r for r in _speaker_relays(self, sent_start, sent_end, who) if r != quoter
            ]
            ev = (self._clause_start(sent_start, m.start(), quoter), qs)
            return who, ev, "quote:quoted-as-saying", 0.75, relays
        return None

    def _quoted_as_after(
        self, qe: int, sent_end: int
    ) -> tuple[str, tuple[int, int], str, float, list[str]] | None:
        """'“…,” Kyodo News quoted Foreign Minister X as saying': X speaks, the one who
        quoted (a medium, a body or a person named right after the quote) relays."""
        text = self.text
        lead = RX.QUOTER_AFTER.match(text, qe + 1, sent_end)
        quoter = self.mention_at(lead.end()) if lead is not None else None
        if quoter is None or not self.speaker_capable(quoter):
            return None
        qm = _rx(r"\s+(?:also\s+|later\s+)?(?:quoted|cited)\s+").match(text, quoter.end, sent_end)
        if qm is None or self.ents[quoter.key].type == "state":
            return None
        said = next(
            (
                mm
                for mm in self.mentions_between(qm.end(), min(sent_end, qm.end() + 90))
                if self.ents[mm.key].is_person and RX.AS_SAYING.match(text, mm.end)
            ),
            None,
        ) or next(iter(self._quoted_pronoun(qm.end())), None)
        if (
            said is None
            or said.key == quoter.key
            or RX.CLAUSE_BREAK.search(text, qm.end(), said.start)
        ):
            return None
        who = said.key
        sent_start = self.sent(qe)[0]
        relays = [quoter.key] + [
            r for r in _speaker_relays(self, sent_start, sent_end, who) if r != quoter.key
        ]
        am = RX.AS_SAYING.match(text, said.end)
        ev = (quoter.start, am.end() if am is not None else said.end)
        return who, ev, "quote:quoted-as-saying-after", 0.75, relays

    def _according_to_document(
        self, head_lo: int, qs: int
    ) -> tuple[str, tuple[int, int], str, float, list[str]] | None:
        """'According to the State Department's latest human rights report, Burmese
        citizens “do not have …”': the words are the report's, its issuer's (no verb of
        saying, no other source, between the document and the quote)."""
        text = self.text
        for st in self.statements:
            lo, hi = st.span
            if not head_lo <= lo < hi <= qs or len(st.issuers) != 1:
                continue
            lead = RX.ACCORDING_TO_DOC.search(text, max(0, lo - 20), lo)
            if lead is None or not _rx(r"\s*,\s").match(text, hi, qs):
                continue
            gap = text[hi:qs]
            if len(gap.split()) > 12 or _SPEECH.search(gap) or _rx(r"[“”\"]").search(gap):
                continue
            return st.issuers[0], (lead.start(), hi), "quote:according-to-document", 0.6, []
        return None

    def _medium_quoting(
        self, sent_start: int, sent_end: int, head_lo: int, qs: int
    ) -> tuple[str, tuple[int, int], str, float, list[str]] | None:
        """'Kyodo, quoting a government source, said …“…”', 'The Times reported, citing X,
        that “…”': the source quoted speaks, the medium (or body) that quotes it relays."""
        text = self.text
        cm = RX.QUOTING_ASIDE.search(text, head_lo, qs)
        if cm is None or self.in_quote(cm.start()):
            return None
        src = self.mention_at(cm.end())
        if src is None or not self.speaker_capable(src) or src.end > qs:
            return None
        ent = self.ents[src.key]
        if ent.type in ("state", _MEDIA) or not (ent.is_person or ent.is_org):
            return None
        after = (
            _rx(r",\s+that\b").match(text, src.end, qs)
            if cm.group("verb")
            else _rx(
                r",\s+(?:(?:also|later)\s+)?(?:said|says|reported|reports|wrote|added)\b"
                r"(?:\s+that\b)?"
            ).match(text, src.end, qs)
        )
        if after is None:
            return None
        quoter = self.subject_before(cm.start() + 1) if cm.group("verb") is None else None
        if quoter is None:
            quoter = self.subject_before(cm.start("verb")) if cm.group("verb") else None
        if (
            quoter is None
            or quoter == src.key
            or self.ents[quoter].type == "state"
            or self.ents[quoter].is_person
        ):
            return None  # (a medium or a body quotes its source)
        if any(self.ents[mm.key].is_person for mm in self.mentions_between(after.end(), qs)):
            return None  # ("…, citing X, said Y told …": Y's words)
        relays = [quoter] + [
            r for r in _speaker_relays(self, sent_start, sent_end, src.key) if r != quoter
        ]
        return src.key, (cm.start(), src.end), "quote:quoting-source", 0.7, relays

    def _quoted_pronoun(self, pos: int) -> list[_Men]:
        """'quoted him as saying' at ``pos``: the person "him" or "her" stands for, as a
        mention of the pronoun (none when it stands for no person)."""
        pm = _rx(r"(?P<p>him|her)\b").match(self.text, pos)
        if pm is None or not RX.AS_SAYING.match(self.text, pm.end()):
            return []
        who = self.resolve_pronoun(pos, "he" if pm.group("p") == "him" else "she")
        if who is None or not self.ents[who].is_person:
            return []
        return [_Men(pm.start(), pm.end(), who, "ref", 0.6)]

    def _teller_of_state(
        self, head_lo: int, verbs: list[re.Match[str]], vpos: int, state: str
    ) -> tuple[str, int] | None:
        """The person whose "told … that" / "said that" clause has ``state`` for the subject
        of the next verb of saying at ``vpos``, and where that clause's verb stands."""
        outer = [v for v in verbs if head_lo + v.start() < vpos]
        if not outer or not _rx(r"(?:told|said|says|stated|explained)\b").match(outer[-1].group()):
            return None
        opos = head_lo + outer[-1].start()
        teller = self.subject_before(opos)
        if teller is None or teller == state or not self.ents[teller].is_person:
            return None
        between = self.text[head_lo + outer[-1].end() : vpos]
        if not _rx(r"(?:[^,;:“”\"]{0,60}?\bthat\s+)?[^,;:“”\"]*").fullmatch(between):
            return None
        if not self._whole_subject(self.sent(opos)[0], opos, teller):
            return None
        return teller, opos

    def _relayed_speaker(
        self, sent_start: int, sent_end: int, qs: int, body: str
    ) -> tuple[str, tuple[int, int], str, float, list[str]] | None:
        """'X told Y that “…”, the Kremlin said' / '…, according to the ministry': the
        person whose clause of saying leads to the quote speaks; the body named after the
        quote relays the words (a state, a person or a medium after it does not)."""
        body_m = next((m for m in self.mentions_between(qs, sent_end) if m.key == body), None)
        if body_m is None:
            return None
        held = _SPOKES_AFTER.match(self.text, body_m.end)
        holder = self.mention_at(held.end()) if held is not None else None
        if holder is not None and self.ents[holder.key].is_person:
            body = holder.key  # ("according to Kremlin spokesman Dmitry Peskov": Peskov)
        elif self.ents[body].is_person:
            if not _SPOKES_BEFORE.search(self.text, max(qs, body_m.start - 40), body_m.start):
                return None  # (a person after the quote relays only as spokesperson)
        elif not self.is_body(body):
            return None
        prev_q = self.quotes_closing_in(sent_start, qs)
        head_lo = prev_q[-1][1] + 1 if prev_q else sent_start
        head = self.text[head_lo:qs]
        verbs = [v for v in self.scan_in(_SPEECH_SCAN, head, head_lo) if not _speech_noun(head, v)]
        if not verbs:
            return None
        v = verbs[-1]
        gap = head[v.end() :]
        if len(gap.split()) > 30 or RX.CLAUSE_BREAK.search(gap):
            return None
        vpos = head_lo + v.start()
        who = self.subject_before(vpos)
        if (
            who is None
            or who == body
            or not self.ents[who].is_person
            or not self._whole_subject(sent_start, vpos, who)
        ):
            return None
        relays = [body] + [r for r in _speaker_relays(self, sent_start, sent_end, who) if r != body]
        ev = (self._clause_start(sent_start, vpos, who), qs)
        return who, ev, "quote:speaker-before-relayed", 0.7, relays

    def _outer_body(
        self, head_lo: int, verbs: list[re.Match[str]], vpos: int, who: str
    ) -> str | None:
        """'The Foreign Ministry said that X told Y that “…”': the body whose clause of
        saying reports the speaker's, a relay of the words (never a person or a medium)."""
        outer = next((v for v in verbs if head_lo + v.start() < vpos), None)
        if outer is None:
            return None
        body = self.subject_before(head_lo + outer.start())
        if body is None or body == who:
            return None
        ent = self.ents[body]
        if ent.is_person or not ent.is_org or ent.type == _MEDIA or ent.type == "state":
            return None
        between = self.text[head_lo + outer.end() : vpos]
        if not _rx(r"\s*(?:that\s+)?[^,;:“”\"]*$").match(between):
            return None  # ("…, X told Y": another clause between the two verbs)
        return body

    def _whole_subject(self, sent_start: int, vpos: int, key: str) -> bool:
        """Whether ``key``'s name before the verb at ``vpos`` is the verb's whole subject:
        not one of several ("he and Obama agreed that …": no one speaker), nor a name
        inside an unnamed speaker's description ("A senior State Department official, …,
        told": not the department)."""
        text = self.text
        mm = next(
            (m for m in reversed(self.mentions_between(sent_start, vpos)) if m.key == key), None
        )
        if mm is None:
            return True
        co = RX.COSUBJECT_BEFORE.search(text, max(sent_start, mm.start - 40), mm.start)
        if co is not None and (
            co.group("pron") is not None
            or any(x.end == co.end("name") for x in self.mentions_between(co.start(), mm.start))
        ):
            return False  # ("he and Obama", "Hu and Obama"; not "in the Oval Office and the …")
        if RX.COSUBJECT_AFTER.match(text, mm.end, vpos):
            return False
        return not (
            RX.DESCRIBED_HEAD.match(text, mm.end, vpos)
            and _rx(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}$").search(
                text, max(sent_start, mm.start - 30), mm.start
            )
        )

    def _tail_speaker(self, lo: int, tail: str) -> tuple[str, tuple[int, int], str, float] | None:
        text = self.text
        pronoun_hit: tuple[str, tuple[int, int], str, float] | None = None
        # The speaker is never in the next sentence or paragraph: “… ends.” Y said / “…”. Y
        if "\n" in tail:
            tail = tail[: tail.index("\n")]
        nxt = _rx(r"[\s”\"’)]*(?:[.!?]\s|[.!?]$)").match(tail)
        if nxt or (text[lo - 2 : lo - 1] in (".", "…") and _rx(r"\s*[A-Z]").match(tail)):
            return None
        # “…” read the NATO summit communiqué / “…,” according to a statement by X
        m = _rx(
            r"(?P<lead>[\s,.]*)(?P<verb>read|reads|according\s+to|said|says|states|stated)\s+"
            r"(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?P<doc>communiqué|communique|statement|"
            r"declaration|document|report|resolution|text))\b"
        ).match(tail)
        if m:
            np_s, np_e = lo + m.start("np"), lo + m.end("np")
            issuer = None
            for mm in self.mentions_between(np_s, np_e):
                if self.ents[mm.key].is_org:
                    issuer = mm.key
            by = _rx(r"\s+(?:of|by|from)\s+(?:the\s+)?").match(text[np_e : np_e + 20])
            if issuer is None and by:
                mm2 = self.mention_at(np_e + by.end())
                if mm2 is not None and self.speaker_capable(mm2):
                    issuer = mm2.key
                    np_e = mm2.end
            if issuer is None and _rx(r"\s+(?:issued|released)\s+by\s").match(text, np_e):
                issuer = _statement_principal(self, np_e)  # "a statement issued by X’s spokesman"
                if issuer is not None:
                    return issuer, (lo + m.end("lead"), np_e), "quote:document-after", 0.8
            if issuer is None and m.group("verb").startswith("according"):
                # "according to a statement. report. US official who …": the source follows.
                for mm in self.mentions_between(np_e, np_e + 80):
                    if self.speaker_capable(mm) and self.ents[mm.key].is_person:
                        issuer = mm.key
                        np_e = mm.end
                        break
            if issuer is not None:
                np_e = self._quoted_by_end(np_e)
                ev = (lo + m.end("lead"), np_e)
                kind = _statement_kind(m.group("doc"))
                self._statement_for(issuer, kind, ev, rule="statement:quote-source", conf=0.75)
                return issuer, ev, "quote:document-after", 0.8
        # “…,” read the tweet: the tweet told of in the sentence before (“X, in his tweet, …”)
        m = _rx(r"(?P<lead>[\s,.]*)(?:read|reads)\s+the\s+(?P<doc>tweet|post)\b").match(tail)
        if m:
            q_start, _ = self.sent(max(lo - 2, 0))
            prev_start = self.sent(q_start - 1)[0] if q_start > 0 else q_start
            told = list(_rx(rf"\b{m.group('doc')}\b").finditer(text, prev_start, q_start))
            if told:
                t_start = self.sent(told[-1].start())[0]
                owners = [
                    mm
                    for mm in self.mentions_between(t_start, told[-1].start())
                    if self.speaker_capable(mm) and self.ents[mm.key].type != _MEDIA
                ]
                people = [mm for mm in owners if self.ents[mm.key].is_person]
                owners = people or owners  # "Arvelian spokesman X, in a tweet": X
                if len({mm.key for mm in owners}) == 1:
                    ev = (lo + m.end("lead"), lo + m.end())
                    return owners[0].key, ev, "quote:told-document-after", 0.6
        # “…,” a statement from X said / “…,” a Foreign Ministry statement said
        m = RX.DOC_SAID_TAIL.match(tail)
        if m:
            doc_by = self.mention_at(lo + m.start("by")) if m.group("by") else None
            if doc_by is None:
                inside = [
                    mm
                    for mm in self.mentions_between(lo + m.start("np"), lo + m.end("np"))
                    if (self.ents[mm.key].is_org and mm.how != "qualifier")
                    or (self.ents[mm.key].is_person and RX.OWNER.match(text, mm.end))
                ]
                doc_by = inside[-1] if inside else None
            if (
                doc_by is not None
                and self.speaker_capable(doc_by)
                and self.ents[doc_by.key].type != _MEDIA
                and (
                    not m.group("by")
                    or _rx(r"\s*(?:said|says|stated|read|reads)\b").fullmatch(
                        text, doc_by.end, lo + m.end()
                    )
                )
            ):
                ev = (lo + m.end("lead"), lo + m.end())
                kind = _statement_kind(m.group("doc"))
                self._statement_for(doc_by.key, kind, ev, rule="statement:quote-source", conf=0.75)
                return doc_by.key, ev, "quote:document-said-after", 0.8
        # “…,” according to X
        m = _rx(r"(?P<lead>[\s,.]*)according\s+to\s+").match(tail)
        if m:
            pos = lo + m.end()
            for mm in self.mentions_between(pos, min(pos + 90, self.sent(pos)[1])):
                if self.in_quote(mm.start):
                    break
                if self.speaker_capable(mm) and self.ents[mm.key].type != _MEDIA:
                    ev = (lo + m.end("lead"), self._quoted_by_end(mm.end))
                    return mm.key, ev, "quote:according-to", 0.75
        # “…,” said X  /  “…,” X said  /  “…” he said. said X
        pos = 0
        segment_limit = min(len(tail), 200)
        hops = 0
        while pos < segment_limit and hops < 2:
            seg = tail[pos:]
            m = _SAID_AFTER_QUOTE.match(seg)
            if m:
                at = lo + pos + m.end()
                who = self._np_at(at)
                if who is not None:
                    key, end, is_pron = who
                    ev = (lo + pos + len(m.group()) - len(m.group().lstrip(" ,.:;—–-")), end)
                    if not is_pron:
                        self._maybe_statement_from_said(key, ev)
                        return key, ev, "quote:said-after", 0.8
                    pronoun_hit = pronoun_hit or (key, ev, "quote:pronoun-after", 0.6)
            m2 = _rx(r"[\s,.:;—–-]*").match(seg)
            at = lo + pos + (m2.end() if m2 else 0)
            who = self._np_at(at)
            if who is not None:
                key, end, is_pron = who
                vm = _NAME_SAID.match(text[end : end + 130])
                aide = None if vm or is_pron else RX.AIDE_OF.match(text, end, end + 60)
                if aide is not None:  # “…,” Marek's spokesman, Lars Berg, said
                    pm = self.mention_at(aide.end())
                    if pm is not None and self.ents[pm.key].is_person and pm.key != key:
                        after = pm.end + (1 if text.startswith(",", pm.end) else 0)
                        vm2 = _NAME_SAID.match(text[after : after + 130])
                        if vm2 is not None:
                            ev = (at, after + vm2.end())
                            return pm.key, ev, "quote:aide-said-after", 0.75
                aside = None if vm else RX.ASIDE.match(text, end, end + 130)
                if aside is not None:  # "X, speaking on condition of anonymity, told"
                    vm = _NAME_SAID.match(text[aside.end() : aside.end() + 130])
                    if vm is not None:
                        end = aside.end()
                title = None if vm or is_pron else _APPOSED_TITLE.match(text, end, end + 130)
                if title is not None:  # "X, Arvelia's envoy, said"
                    vm = _NAME_SAID.match(text[title.end() : title.end() + 130])
                    if vm is not None:
                        end = title.end()
                if vm:
                    ev = (at, end + vm.end())
                    if not is_pron:
                        self._maybe_statement_from_said(key, ev)
                        return key, ev, "quote:name-said-after", 0.8
                    pronoun_hit = pronoun_hit or (key, ev, "quote:pronoun-after", 0.6)
            if pos == 0:
                titled = self._titled_speaker(at)
                if titled is not None:
                    return titled
            # hop over one short attribution ("he said.") and look again
            nxt = _rx(r"[.;]\s+").search(seg[:60])
            if not nxt or not RX.SAY_AFTER.match(seg):
                break
            pos += nxt.end()
            hops += 1
        return pronoun_hit

    def _titled_speaker(self, at: int) -> tuple[str, tuple[int, int], str, float] | None:
        """“…,” the High Representative for Foreign Affairs and Security Policy Catherine
        Ashton said: a person after a long title no list knows, then a verb of saying."""
        text = self.text
        lower = RX.LOWER_TITLE.match(text, at)  # "foreign ministry spokeswoman Jiang Yu said"
        named = self.mention_at(lower.end()) if lower is not None else None
        tm = lower if named is not None and self.ents[named.key].is_person else None
        tm = tm or RX.LONG_TITLE.match(text, at)
        if tm is None:
            return None
        for mm in self.mentions_between(at, max(tm.end() + 1, self._mention_end(tm.end()))):
            if not self.ents[mm.key].is_person:
                continue
            if not (
                RX.LONG_TITLE.fullmatch(text, at, mm.start)
                or RX.LOWER_TITLE.fullmatch(text, at, mm.start)
            ):
                return None
            vm = _NAME_SAID.match(text[mm.end : mm.end + 130])
            if vm is None:
                return None
            ev = (at, mm.end + vm.end())
            self._maybe_statement_from_said(mm.key, ev)
            return mm.key, ev, "quote:titled-name-said-after", 0.75
        return None

    def _mention_end(self, at: int) -> int:
        mm = self.mention_at(at)
        return mm.end if mm is not None else at

    def _colon_relays(self, qs: int, who: str) -> list[str]:
        """The relays of the sentence before the paragraph ``qs`` opens when it ends with a
        colon, the quote's introduction ("Interviewed by Fox News, X elaborated on …:")."""
        prev_end = qs
        while prev_end > 0 and self.text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end == 0 or self.text[prev_end - 1] != ":":
            return []
        return _speaker_relays(self, *self.sent(prev_end - 1), who)

    def _colon_paragraph_speaker(self, qs: int) -> tuple[str, tuple[int, int]] | None:
        """A quote opening a paragraph after one that ends "X said:" is X's: "Tillerson
        said:\n\n“We treasure …”", "A spokesperson for the Foreign Secretary said:"."""
        text = self.text
        if qs == 0 or text[qs - 1] != "\n":
            return None
        prev_end = qs
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        cm = RX.SAID_COLON_END.search(text, max(0, prev_end - 200), prev_end)
        if cm is None:
            # a release's text after "X today released the following statement on …:"
            cm = RX.STATEMENT_COLON_END.search(text, text.rfind("\n", 0, prev_end) + 1, prev_end)
        if cm is None:
            return self._name_line_speaker(prev_end) or self._caps_line_speaker(prev_end)
        if "\n" not in text[cm.end() : qs]:
            return None
        line_start = self.sent(cm.start())[0]
        sp = RX.SPOKESPERSON_FOR.match(text, line_start, cm.start())
        if sp is not None:
            who = _unnamed_spokesperson(self, sp, need_org=False)
            return (who, (line_start + sp.start("sp") - sp.start(), cm.end())) if who else None
        lo = dateline_end(text, line_start, cm.start())
        who = self.titled_holder(self.subject_before(cm.start(), lo=lo), lo, cm.start())
        if who is None or not self.speaker_capable_key(who):
            return None
        return who, (self._clause_start(line_start, cm.start(), who), cm.end())

    def _name_line_speaker(self, line_end: int) -> tuple[str, tuple[int, int]] | None:
        """A release's line that names a speaker and ends with a colon, no verb: "Minister for
        Foreign Affairs, Senator the Hon Penny Wong:" before the quoted paragraphs."""
        text = self.text
        if not text.startswith(":", line_end - 1):
            return None
        line_start = text.rfind("\n", 0, line_end) + 1
        if line_end - line_start > 160 or self.in_quote(line_start):
            return None
        names = [
            m
            for m in self.mentions_between(line_start, line_end)
            if self.ents[m.key].is_person and m.how != "anon"
        ]
        if not names or not _rx(r"[\s,.)]*:").fullmatch(text, names[-1].end, line_end):
            return None  # the person's name ends the line ("…, Penny Wong:")
        if _SPEECH.search(text, line_start, names[-1].start):
            return None  # a sentence ("X said on Monday that Y:") is read as one
        return names[-1].key, (line_start, line_end)

    def _fronted_subject(self, qe: int, sent_end: int) -> str | None:
        """After a quote inside a fronted participial phrase, the person who opens the main
        clause past the phrase's comma, and where that person's name starts."""
        comma = qe if self.text[qe - 1] == "," else self.text.find(",", qe, sent_end)
        if comma == -1 or comma - qe > 120 or self.in_quote(comma):
            return None
        for mm in self.mentions_between(comma, min(sent_end, comma + 160)):
            if not self.ents[mm.key].is_person or self.in_quote(mm.start):
                continue
            does = RX.PERSON_DOES.match(self.text, mm.end)
            if does is None or self.subject_before(does.end() - 1) != mm.key:
                return None
            return mm.key
        return None

    def _caps_line_speaker(self, line_end: int) -> tuple[str, tuple[int, int]] | None:
        """A broadcast script's line in capitals naming who speaks next, no colon:
        "COLIN POWELL, U.S. SECRETARY OF STATE", "NATURAL SOUND X SPEAKING": the one person
        of the text whose full name the line spells."""
        text = self.text
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if not line or len(line) > 120 or not line.isupper() or self.in_quote(line_start):
            return None
        found = {
            e.key
            for e in self.ents.values()
            if e.is_person
            and " " in e.name
            and re.search(rf"(?<!\w){re.escape(e.name.upper())}(?!\w)", line)
        }
        if len(found) != 1:
            return None
        return found.pop(), (line_start, line_end)

    def speaker_capable_key(self, key: str) -> bool:
        ent = self.ents[key]
        return not ent.is_place and ent.type != _MEDIA

    def _quoted_by_end(self, end: int) -> int:
        """Extend an attribution over a following ", quoted by AFP"."""
        qb = _rx(r",?\s+(?:quoted|cited)\s+by\s+(?:the\s+)?").match(self.text[end : end + 30])
        if qb:
            mm = self.mention_at(end + qb.end())
            if mm is not None:
                return mm.end
        return end

    def _np_at(self, at: int) -> tuple[str, int, bool] | None:
        """The entity a noun phrase starting at ``at`` names: (key, end, is a pronoun)."""
        text = self.text
        pm = _rx(r"(he|she|they|He|She|They)\b").match(text[at : at + 5])
        if pm:
            key = self.resolve_pronoun(at, pm.group(1).lower())
            return (key, at + pm.end(), True) if key else None
        rep = _SPEECH_WORD_AGAIN.match(text[at : at + 20])
        if rep:  # "said said Haddad": a doubled verb from machine translation
            at += rep.end()
        one = RX.ONE_OF.match(text, at)
        if one:  # "one of the sources": the sources named last
            head = one.group("head")
            for prev in reversed(self.mentions_between(max(0, at - 1500), at)):
                if self.ents[prev.key].anon_head == head:
                    return prev.key, one.end(), False
        hon = RX.HONORIFIC.match(text, at)
        if hon:
            at = hon.end()
        rank = _MILITARY_RANK_BEFORE.match(text, at)  # "Marine Corps Col. X", "Adm. X"
        if rank:
            at = rank.end()
        ranked = None if rank else _TITLED_RANK.match(text, at, at + 120)
        if ranked:  # "U.S. Army Gen. X", "Navy commander Vice Adm. X": the ranked person
            held = self.mention_at(ranked.end())
            if held is not None and self.ents[held.key].is_person:
                return held.key, held.end, False
        dm = RX.DOC_NP.match(text, at)
        if dm and self.statements:
            prior = [st for st in self.statements if st.span[0] < at]
            if prior and prior[-1].issuers:
                return prior[-1].issuers[0], dm.end(), False
        if dm:  # "the statement said": whose words the statement issued for someone gives
            principal = _statement_principal(self, at)
            if principal is not None:
                return principal, dm.end(), False
        for lead in (RX.DEMONYM_LEAD, RX.DEMONYM_LEAD_2):
            # "said French President X", "says South Korean Foreign Minister X": the holder
            dem = lead.match(text, at)
            if dem is None or _fold(dem.group("d")) not in self.demonyms:
                continue
            rm = _ROLE_TITLE_RE.match(text, dem.end())
            holder = self.mention_at(rm.end() + 1) if rm else None
            if holder is not None and self.ents[holder.key].is_person:
                return holder.key, holder.end, False
        mm = self.mention_at(at)
        if mm is not None and self.speaker_capable(mm):
            gap = text[at : mm.start]
            holder = self._holder_after(mm)
            if holder is not None and _rx(r"(?:(?:the|The|a|an|A|An)\s+)?").fullmatch(gap):
                return holder.key, holder.end, False
            if _rx(r"(?:(?:the|The|a|an|A|An)\s+)?").fullmatch(gap):
                end = mm.end
                if (self.ents[mm.key].anon_head or "").startswith("spokes"):
                    whose = RX.SPOKES_FOR.match(text, end)  # "a spokesman for Kral told"
                    end = whose.end() if whose else end
                # "the Chinese delegation to the EU": take the whole phrase as the evidence
                ext = _rx(r"(?:\s+(?:to|of|in)\s+the\s+[A-Z][\w-]*)").match(text[end : end + 40])
                if ext and self.ents[mm.key].type == "government-body":
                    end += ext.end()
                return mm.key, end, False
        # a role title then a name: "said Foreign Minister Ana Lima"
        rm = _ROLE_TITLE_RE.match(text, at)
        if rm:
            mm = self.mention_at(rm.end() + 1)
            if mm is not None and self.ents[mm.key].is_person:
                return mm.key, mm.end, False
        dm = _rx(r"(?:the|The)\s+(?:[A-Z][a-z]+\s+)?").match(text[at : at + 40])
        if dm:
            mm = self.mention_at(at + dm.end())
            if mm is not None and self.ents[mm.key].is_person:
                return mm.key, mm.end, False
        office = self._office_holder_at(at)
        if office is not None:  # "the President of Ukraine said", "the Head of State said"
            return office[0], office[1], False
        an = RX.THE_DESCRIBED_ANON.match(text, at)
        if an:  # "the senior State Department official": the unnamed official named before
            head = an.group("head")
            for prev in reversed(self.mentions_between(max(0, at - 1500), at)):
                if self.ents[prev.key].anon_head == head:
                    return prev.key, an.end(), False
        return None
