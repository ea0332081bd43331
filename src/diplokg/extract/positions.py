"""Positions: who holds which role for which state or body (titles before names,
appositions, counterparts). The title patterns they read are in
:mod:`diplokg.extract.titles`; where a title's holder serves (the state or body told around
it) in :mod:`diplokg.extract.serving`; offices held by someone unnamed (spokespersons too)
in :mod:`diplokg.extract.offices`."""

from __future__ import annotations

import bisect
import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.holders import (
    _BARE_TITLES,
    _COUNTERPART_NOUN,
    apposed_office_before,
    bare_secretaries,
    counterpart_title,
    counterparts_of_later_subjects,
    counterparts_states,
    drop_anonymous_in_appositions,
    drop_courtesy_ambassadors,
    office_served_after,
    title_of_initialled_body,
    title_told_as,
    without_bare_titles_held_in_full,
)
from diplokg.extract.patterns import (
    _HONORIFIC_WORDS,
    _PORTFOLIO_WORD,
    _PORTFOLIO_WORDS,
    _ROLE_BEFORE_NAME,
    _ROLE_TITLE_RE,
    _TITLE_AND_BEFORE,
    MILITARY_GRADE,
    MILITARY_RANK,
    SENIOR_RANK,
    _ends_capitalised,
    _may_end_with,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.serving import (
    _apposed_body_state,
    _body_after_comma,
    _body_before,
    _country_referent,
    _dateline_state,
    _deputy_serves,
    _its_referent,
    _leader_poss_before,
    _leader_serves,
    _listed_with,
    _of_after,
    _org_leading,
    _org_named,
    _people_in_portfolio,
    _publisher_body,
    _region_state,
    _side_state,
    _spokes_body_before,
    _state_before,
    _state_body_before,
    _state_served_after,
    _visit_host,
)
from diplokg.extract.state import _Men, _Pos
from diplokg.extract.text import _fold, _rx, last_words
from diplokg.extract.titles import (
    _BRIEF_TITLE_BEFORE,
    _HEAD_TITLES,
    _LONG_TITLE_BEFORE_NAME,
    _LOWER_TITLE_ENDS,
    _PLURAL_TITLE_PAIR,
    _RANK_AFTER_COMMA,
    _RIGHT_APPOS,
    _SG_OFFICE_AFTER,
    _SG_OFFICE_BEFORE,
    _STYLE_AFTER_COMMA,
    _TITLE_OF_BEFORE,
    _TITLES_A_STATE_LACKS,
    _TITLES_AFTER_COMMA,
    _TITLES_BEFORE_COMMA,
    _ends_in_comma,
    _left_apposition,
    _may_contain,
    _normal_role,
    _written_out,
    brief_alone,
    sentence_case_title,
    typo_title_fixed,
    unfound_body,
    with_brief_before_state,
)
from diplokg.gazetteer import BODY_STATES


def _opening_phrase(text: str, start: int, title: int, name_end: int) -> bool:
    """Whether the title at ``title`` ends a sentence's opening phrase from ``start`` and
    the name after its comma is the clause's subject, no apposition: "In a conversation
    with the Estonian Ambassador, X highlighted …", "According to the Russian Foreign
    Minister, X was not prepared …" (an apposed name has its comma after)."""
    return RX.INTRO_WITH.fullmatch(text, start, title) is not None and not text.startswith(
        ",", name_end
    )


# Styles that read as titles before a name: a counterpart's style, no office.
_STYLE_TITLES = frozenset(("Prince", "Princess", "Sheikh", "Sheikha"))
# The styles between "counterpart" and the name: "Prince", "H.E. Dr.", "His Highness Prince".
_COUNTERPART_STYLES = (
    r"(?:(?:Prince|Princess|Sheikh|Sheikha|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|H\.E\.|Madam|Hon\.?|"
    r"(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency))\s+){0,3}"
)
_COUNTERPART_BEFORE = re.compile(
    # (a state's initials too: "his US counterpart"; the possessive left out before a
    # state's word: "to meet with Russian counterpart X", which the code requires then)
    r"\b(?:(?P<poss>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
    r"[A-Z](?:\.?[A-Z])+\.?)\s+)?(?:" + _COUNTERPART_NOUN + r"),?\s+" + _COUNTERPART_STYLES + "$"
)
# What _COUNTERPART_BEFORE ends in before its honorific (then a comma or not; a text that
# ends in an honorific is _HONORIFIC_AT_END's).
_COUNTERPART_ENDS = last_words(re.compile(_COUNTERPART_NOUN))
_HONORIFIC_AT_END = re.compile(  # "his Saudi counterpart Prince X": what may stand between
    r"\b(?:counterparts?|number|pair|peer|homologue|colleague),?\s+(?!$)"
    + _COUNTERPART_STYLES
    + "$"
)


# An honorific between a title and its holder's name ("Minister Dr. A", "Prime Minister
# Sir B"), after the title's last (lower-case) letter.
_HONORIFIC_AFTER_TITLE = re.compile(
    r"(?<=[a-z])[ \t]+(?:"
    + "|".join(map(re.escape, sorted(_HONORIFIC_WORDS, key=lambda w: (-len(w), w))))
    + r")\.?[ \t]+$"
)
# What a name's text before ends in where either of those two can match (see _may_end_with).
_RANK_OR_HONORIFIC_ENDS = tuple(
    sorted({*last_words(_RANK_AFTER_COMMA), *last_words(_HONORIFIC_AFTER_TITLE)})
)
# A military rank alone, no office ("General X", "Rear Admiral Y"): the gold conventions
# list the office a rank holder holds ("army chief"), never the rank.
_MILITARY_RANK = re.compile(
    rf"(?:(?:{MILITARY_GRADE}|Four-Star)\s+)*(?:{SENIOR_RANK}|(?:Field\s+)?Marshal)"
)
# Titles that end in "General" ("Director General", "Attorney General"): a rank otherwise.
_GENERAL_TITLE_HEADS = frozenset(
    _words(
        """
        Director Secretary Attorney Inspector Solicitor Governor Consul Surgeon Advocate
        Auditor Postmaster Commissioner Registrar Procurator Prosecutor Accountant Comptroller
        Paymaster Adjutant Quartermaster Commissary Vicar Resident Agent Receiver Controller
        """
    )
)


def _rank_after_field(role: str) -> bool:
    """Whether a title read before a name is a field and a military rank ("Defense
    General X" in "Chief of Defense General X", "Air Force General Y"), no office."""
    words = role.split()
    return (
        len(words) >= 2
        and words[-1] in ("General", "Admiral")
        and words[-2] not in _GENERAL_TITLE_HEADS
        and not _MILITARY_RANK.fullmatch(" ".join(words[-2:]))
    )


def _role_of_a_name(text: str, at: int, role: str) -> bool:
    """Whether the text at ``at`` is ``role`` (after "the" or not), then "of" and a
    capitalised name ("the First Commander of the ELN"), with no pattern made per role."""
    the = RX.THE.match(text, at)
    return any(
        text.startswith(role, start) and RX.OF_A_NAME.match(text, start + len(role)) is not None
        for start in ((the.end(), at) if the is not None else (at,))
    )


# A military rank right before a name ("Army Lieutenant General ", "Gen. ").
_RANK_BEFORE_NAME = re.compile(rf"(?<![\w.]){MILITARY_RANK}$")

# Portfolios told before "and" and the title's own ("Trade and | Investment Minister").
_PORTFOLIO_AND = re.compile(rf"(?<![\w-]){_PORTFOLIO_WORD}(?:,?\s+{_PORTFOLIO_WORD})*\s+and\s+$")


class PositionRules(Clauses):
    """Rules that find positions (roles held for a state or body)."""

    def _subject_position(self, sent_start: int, pos: int, exclude: str) -> _Pos | None:
        """The position of the person the sentence is about ('X and his counterpart, Y')."""
        for m in reversed(self.mentions_between(sent_start, pos)):
            if m.key == exclude or not self.ents[m.key].is_person:
                continue
            held = [p for p in self.positions if p.holder == m.key]
            if held:
                return held[0]
        return None

    def find_positions(self) -> None:
        text = self.text
        seen: set[tuple[str, str, str]] = set()
        last_org_in_sentence: dict[int, str] = {}
        # titles whose state neither the text nor the context around them gives
        unplaced: list[tuple[str, str, tuple[int, int], str, float, str]] = []
        # counterparts whose "his" is a subject told after them: (holder, state, span)
        later_counterparts: list[tuple[str, str, tuple[int, int]]] = []
        for mm in list(self.mens):
            ent = self.ents[mm.key]
            if not ent.is_person or mm.inner or mm.how in ("ref", "anon"):
                continue
            quoted = self.in_quote(mm.start)
            if quoted and not _ROLE_BEFORE_NAME.search(
                text, max(0, mm.start - 60), mm.start
            ):  # ("President Hu and I agreed": a title before a name, quoted or not)
                continue
            s, e = mm.start, mm.end
            sent_start, _ = self.sent(s)
            before = text[max(sent_start, s - 120) : s]
            if before.endswith("["):  # "the President of Poland [Bronisław Komorowski]": an
                before = before[:-1] + " "  # editor's brackets, read as the name told plainly
            after = text[e : e + 160]
            status = "current"
            pred_of: str | None = None
            found: list[tuple[str, str | None, tuple[int, int], str, float]] = []
            lm_rule = "position:title-before-name"
            # (a bare "Minister X" in a headline leaves the full title in the text its place)
            held_before = any(
                p.holder == ent.key and p.role not in _BARE_TITLES for p in self.positions
            )
            hon = RX.HONOURABLE_BEFORE.search(before) if "Hon" in before[-24:] else None
            if hon is not None:  # "Prime Minister the Rt Hon X": the title before the style
                before = before[: hon.start()] + " " * (len(before) - hon.start())
            rk = (
                _RANK_AFTER_COMMA.search(before, max(0, len(before) - 40))
                or _HONORIFIC_AFTER_TITLE.search(before, max(0, len(before) - 13))
                if _may_end_with(before, _RANK_OR_HONORIFIC_ENDS, dot=True)
                else None
            )
            if rk is not None:  # "the Commander of X, Navy Adm. A", "Minister Dr. A": the
                before = before[: rk.start() + 1] + " " * (len(before) - rk.start() - 1)
            sty = (
                RX.STYLE_AFTER_COMMA.search(before, max(0, len(before) - 30))
                if "," in before[-30:]
                else None
            )
            if sty is not None and sty.group("plain") and not text.startswith(",", e):
                sty = None
            if sty is not None:  # ", Her Excellency, Ms X", ", (Ms) X": the comma, then blanks
                before = before[: sty.start() + 2] + " " * (len(before) - sty.start() - 2)
            ini = RX.TITLE_INITIALS_BEFORE.search(before) if before.endswith(") ") else None
            ini_org = None
            if ini is not None:  # "Finance Secretary (SHCP) X": the title, then its body
                i_s = s - (len(before) - ini.start("short"))
                ini_org = self.org_in(i_s, i_s + len(ini.group("short")))
                if ini_org is not None:
                    before = before[: ini.start()] + " " * (len(before) - ini.start())
                if ini_org is not None and (t_of := title_of_initialled_body(before)):
                    # "Director General of the Senegalese space agency (ASES) X": the
                    # title, then the body its initials name
                    t_s = s - (len(before) - t_of.start("role"))
                    found.append((t_of.group("role"), ini_org, (t_s, e), lm_rule, 0.8))
                    ini_org = None
            hv = RX.HR_VP_BEFORE.search(before) if "/" in before[-80:] else None
            if hv is not None:
                hv_span = (s - (len(before) - hv.start()), e)
                for hv_role, hv_body in (
                    ("High Representative", "European Union"),
                    ("Vice-President", "European Commission"),
                ):
                    if (hv_org := _org_named(self, hv_body)) is not None:
                        found.append((hv_role, hv_org, hv_span, lm_rule, 0.85))
            lm = _ROLE_BEFORE_NAME.search(before) if _ends_capitalised(before) else None
            if lm and hon is not None and lm.group(1) == "Senator":
                lm = None  # "Senator the Hon. X, Minister for …": a style, not the title
            if lm is None and _ends_capitalised(before):
                lm = _BRIEF_TITLE_BEFORE.search(before)
                if lm and _rx(r"\bto\s+(?:[A-Z][\w-]*\s+)*$").search(before, 0, lm.start(1)):
                    lm = None  # "Deputy to Special Envoy for … X": the deputy's title
            if lm is None and hon is None and _ends_capitalised(before):
                lm = _LONG_TITLE_BEFORE_NAME.search(before)
                if lm and (
                    RX.ENVOY_BRIEF.search(lm.group(1))  # (the brief-title rule's)
                    or _rx(r"\bto\s+$").search(before, 0, lm.start(1))
                    or self._person_inside(s - (len(before) - lm.start(1)), s)
                ):
                    lm = None
            if lm is None and hon is None and (fixed := typo_title_fixed(before)) is not None:
                # "Prime Minster Abe", "Chinese Oremier Li": the title misspelt, read as
                # spelt (the match's start lies before the misspelt word: its offset holds)
                lm = _ROLE_BEFORE_NAME.search(fixed)
            if lm:
                role = lm.group(1)
                r_start = s - (len(before) - lm.start(1))
                if (apposed := apposed_office_before(self, r_start)) is not None:
                    # "the Chairman of ECOWAS, President X": X chairs that body too
                    a_role, a_org, a_start = apposed
                    found.append((a_role, a_org, (a_start, e), "position:apposition-before", 0.75))
                if role.split(None, 1)[0] in _PORTFOLIO_WORDS and (
                    pair := _PORTFOLIO_AND.search(text, max(0, r_start - 40), r_start)
                ):  # "Trade and Investment Minister X": both portfolios are the title's
                    role, r_start = text[pair.start() : r_start] + role, pair.start()
                aide = RX.AIDE_TO_BEFORE.search(text, max(0, r_start - 60), r_start)
                if (
                    aide is not None
                    and _ROLE_TITLE_RE.fullmatch(aide.group("aide"))
                    # ("A, Chief of Staff to Secretary of State X": A's title, X's its office)
                    and not _rx(r",[ \t]*$").search(text, max(0, aide.start() - 3), aide.start())
                ):  # "Deputy Secretary-General to the President X": the aide's title whole
                    role, r_start = text[aide.start("aide") : r_start] + role, aide.start("aide")
                im = RX.INTERIM.search(text, max(0, r_start - 12), r_start)
                if im is not None:  # "interim President X": the title is the interim one's
                    role, r_start = f"{im.group(1)} {role}", im.start(1)
                org = self.org_before(r_start)
                o_start = self._org_start_before(r_start) if org is not None else r_start
                if org is not None and (
                    dp := RX.DEPUTY_BEFORE.search(text, max(0, o_start - 12), o_start)
                ):
                    role = f"{dp.group(1)} {role}"  # "Deputy Pentagon Press Secretary X"
                if (
                    org is not None
                    and o_start < r_start
                    and (ia := RX.INTERIM.search(text, max(0, o_start - 12), o_start))
                ):
                    role = f"{ia.group(1)} {role}"  # "acting Iraqi Defense Minister X"
                if (
                    org is None
                    and (cb := _COUNTERPART_BEFORE.search(text, max(0, r_start - 60), r_start))
                    and cb.group("poss")
                    and cb.group("dem")
                    and role not in _STYLE_TITLES  # ("his Saudi counterpart Prince X": below)
                ):
                    # "her Tanzanian counterpart, President X": the demonym's state's
                    org = self.ensure(self.demonyms.get(_fold(cb.group("dem"))))
                if org is None and (led := _leader_poss_before(self, r_start)) is not None:
                    # "Trump’s National Security Adviser X": the state the leader heads
                    org, o_start = led
                if org is not None and self.ents[org].type == "state":
                    # "USAID Afghanistan Mission Director X", "UNICEF Yemen Representative
                    # X": a body's mission in a state; the title is the body's
                    body = next(
                        (
                            mm.key
                            for mm in self.mentions_between(max(0, o_start - 60), o_start)
                            if mm.end == o_start - 1
                            and text[mm.end] == " "
                            and self.is_body(mm.key)
                        ),
                        None,
                    )
                    if body is not None:
                        org = body
                if RX.FORMER.search(text[max(0, r_start - 12) : r_start]) or RX.FORMER.search(
                    text[max(0, o_start - 12) : o_start]
                ):  # "former Prime Minister X", "Former Ostrelian Prime Minister X"
                    status = "former"
                if role.lower().startswith("former "):
                    status, role, r_start = "former", role[7:], r_start + 7
                cp = RX.COUNCIL_BEFORE_TITLE.search(text, max(0, r_start - 24), r_start)
                if cp and role == "President" and (org is None or "Security" in cp.group()):
                    # ("European Council President X": that council's)
                    role, r_start = "President of the Security Council", cp.start()
                    org = self._implied_org(role)
                of_in = _rx(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])").search(role)
                if of_in and RX.BRIEF_FOR.search(role, 0, of_in.end()):
                    of_in = None  # "Special Envoy for Sudan": the envoy's brief, not employer
                if of_in and of_in.group().split()[0] == "for":
                    # "Minister for Afghanistan X", "Minister for Europe": a portfolio; only
                    # an "of" after it names the state ("Minister for Foreign Affairs of Y")
                    of_in = _rx(r"\s+of\s+(?:the\s+)?(?=[A-Z])").search(role, of_in.end())
                if org is None and of_in:
                    of_org = self.org_in(r_start + of_in.end(), r_start + len(role))
                    dm = RX.STATE_WORD_LEAD.match(role, of_in.end())
                    own = self.ensure(self.demonyms.get(_fold(dm.group(1)))) if dm else None
                    if (
                        dm is not None
                        and own is not None
                        and self.ents[own].type == "state"
                        and of_org != own
                        and (of_org is None or self.ents[of_org].type == "intergovernmental")
                    ):  # "Secretary of the Russian Security Council X": the state's own
                        # council, not the UN's; the title names it without the state
                        org, role = own, role[: of_in.end()] + role[dm.end() :]
                        of_org = None
                    if of_org is not None and self.ents[of_org].type in (
                        "state",
                        "intergovernmental",
                        "alliance",
                        "party",
                    ):
                        org = of_org
                        role = role[: of_in.start()]
                # (a title with its own body may follow another and its state: "South
                # African President and SADC Chairman X" holds both)
                j_end = r_start if org is None else o_start
                jm = _TITLE_AND_BEFORE.search(text, max(sent_start, j_end - 80), j_end)
                if (
                    jm
                    and _normal_role(jm.group("t"), "state") in _HEAD_TITLES
                    and _normal_role(role, "state") in _HEAD_TITLES
                ):
                    jm = None  # "The Taoiseach and Prime Minister X": two heads, two people
                jorg = self.org_before(jm.start("t")) if jm else None
                if jm and any(
                    p.holder != ent.key
                    and p.status == "current"
                    and p.role.lower()
                    in (jm.group("t").lower(), _normal_role(jm.group("t"), "state").lower())
                    and jorg in (None, p.org)
                    for p in self.positions
                ):
                    # "Foreign Secretary A … met the Foreign Secretary and Deputy Prime
                    # Minister B": the first title's holder is named before, two people
                    # (not "South African President and …" after Zimbabwe's President)
                    jm = None
                if jm and org is not None and jorg in (None, org):
                    jm = None
                if jm and jorg is not None:
                    # "Chinese State Councilor and Foreign Minister X": both titles, one state
                    org = org or jorg
                    found.append(
                        (
                            jm.group("t"),
                            jorg,
                            (self._org_start_before(jm.start("t")), e),
                            "position:title-before-name",
                            0.8,
                        )
                    )
                elif jm and not RX.FORMER.search(text, max(0, jm.start("t") - 12), jm.start("t")):
                    # "Deputy Prime Minister and Minister of Foreign Affairs X": both titles,
                    # their state found alike below
                    found.append((jm.group("t"), None, (jm.start("t"), e), lm_rule, 0.8))
                om = _rx(  # "of the Republic of the Marshall Islands"
                    r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
                ).match(after)
                if org is None and om:
                    org = self.org_in(e + om.start(1), e + om.end(1))
                span_start = r_start
                if org is not None:
                    span_start = self._org_start_before(r_start)
                found.append((role, org, (span_start, e), "position:title-before-name", 0.85))
            pt = (
                _PLURAL_TITLE_PAIR.search(before)
                if not lm and not found and before.endswith(" and ")
                else None
            )
            if pt is not None:
                n_s = s - (len(before) - pt.start("n"))
                n_e = s - (len(before) - pt.end("n"))
                if any(
                    mm.start == n_s and mm.end == n_e and self.ents[mm.key].is_person
                    for mm in self.mentions_between(n_s, n_e)
                ):  # "Prime Ministers A and B": B's title too
                    found.append(
                        (pt.group("t"), None, (s - (len(before) - pt.start()), e), lm_rule, 0.8)
                    )
            am = _left_apposition(before) if _ends_in_comma(before) else None
            if am is not None and _opening_phrase(
                text, sent_start, s - (len(before) - am.start()), e
            ):
                am = None
            if am and not lm:
                role = am.group("role")
                a_start = s - (len(before) - am.start())
                org = None
                hd = RX.HEAD_OF_DIPLOMACY.search(role)
                if am.group("poss") in ("country", "nation"):
                    org = _country_referent(self, a_start)
                elif am.group("poss"):
                    p_s = a_start
                    org = self.org_in(p_s, p_s + len(am.group("poss")))
                if hd:
                    dem = hd.group("dem") or hd.group("dem2")
                    org = self.ensure(self.demonyms.get(_fold(dem))) or org
                    role = "head of diplomacy"
                elif am.group("of") and (
                    (
                        of_org := self.org_in(
                            of_s := a_start + am.start("of") - am.start(),
                            of_s + len(am.group("of")),
                        )
                    )
                    is not None
                    or not brief_alone(am.group("of"))
                ):
                    org = of_org or org
                    role = role[: am.start("of") - am.start("role")].strip()
                    # ("the Minister of Environment of Kenya, X": the brief is the title's)
                    role = with_brief_before_state(_rx(r"\s+of$").sub("", role), am.group("of"))
                if org is None:
                    dm = _rx(r"([A-Z][a-z]+)\s+").match(role)
                    if dm and self.demonyms.get(_fold(dm.group(1))):
                        org = self.ensure(self.demonyms.get(_fold(dm.group(1))))
                        role = role[dm.end() :]
                if org is None and (am.group("the") or "").lower() == "its":
                    org = _its_referent(self, a_start) or self._recent_org(a_start)
                if org is None:
                    # "The United Nations special rapporteur on …, X": the body it starts with
                    r_s = s - (len(before) - am.start("role"))
                    org, cut = _org_leading(self, r_s, r_s + len(role))
                    if org is not None:
                        role = text[cut : r_s + len(role)]
                if org is not None and org in self.ents:
                    found.append((role, org, (a_start, e), "position:apposition-before", 0.8))
                elif (am.group("the") or "").lower() == "the" and _ROLE_TITLE_RE.fullmatch(role):
                    # "The Foreign Secretary, X,": a capitalised title, its state found as a
                    # bare title's is
                    found.append((role, None, (a_start, e), "position:apposition-before", 0.8))
            tm = (
                _TITLE_OF_BEFORE.search(before)
                if not lm and not found and _ends_capitalised(before)
                else None
            )
            if tm and tm.group("to") and not RX.ENVOY_HEAD.search(tm.group("role")):
                tm = None  # ("… to X": only an envoy is posted to a place)
            if tm:
                # "President of the European Commission Ursula von der Leyen"
                os_ = s - (len(before) - tm.start("of"))
                org = self.org_in(os_, os_ + len(tm.group("of")))
                if org is not None and self.ents[org].is_org:
                    span = (s - (len(before) - tm.start(1)), e)
                    # "High Commissioner of Republic of Ghana X": the state's style is no
                    # part of the title ("Deputy Secretary of State of the United States X"
                    # keeps its "of State")
                    role = _rx(
                        r"(?<!Secretary)(?<!Minister)\s+of\s+(?:the\s+)?(?:(?:Federal|Democratic|Islamic|People's|Socialist|"
                        r"United|Arab)\s+)*(?:Republic|Kingdom|State|Federation|Sultanate|"
                        r"Principality|Emirate|Grand\s+Duchy)$"
                    ).sub("", tm.group("role"))
                    if (
                        body_of := _state_body_before(self, os_, os_ + len(tm.group("of")))
                    ) is not None:
                        # "Premier of the State Council of China X": the body is the title's
                        role, org = f"{role} of {body_of[0]}", body_of[1]
                    found.append((role, org, span, "position:title-of-before", 0.8))
            if not lm and not found and (pl := self._paired_list(s, sent_start)) is not None:
                found.append(pl)
            if not lm and not found and (el := self._envoy_list_item(s, e, sent_start)):
                found.append(el)
            if not lm and not found and " " in text[s:e].strip():
                found += self._titles_before_comma(s, e)
            if not lm and not found and _ends_in_comma(before):
                found += self._body_title_brief(s, e, before)
            cm = (
                _COUNTERPART_BEFORE.search(before)
                if _may_end_with(before, _COUNTERPART_ENDS, comma=True)
                or _HONORIFIC_AT_END.search(before)
                else None
            )
            if (
                cm is not None
                and not cm.group("poss")
                and not (cm.group("dem") and RX.COUNTERPART_LEAD.search(before, 0, cm.start()))
            ):
                cm = None  # ("Foreign Minister counterpart", "the peer X": no one's)
            if cm and (not lm or lm.group(1) in _STYLE_TITLES):
                c_start = s - (len(before) - cm.start())
                subject_pos = self._subject_position(sent_start, c_start, ent.key)
                if subject_pos is None and not text[sent_start:c_start].strip():
                    # "… Foreign Minister A said. His Saudi counterpart, B, …": A's
                    i = bisect.bisect_right(self.sent_starts, sent_start) - 2
                    if i >= 0:
                        subject_pos = self._subject_position(
                            self.sent_starts[i], sent_start, ent.key
                        )
                if subject_pos is None and cm.group().lower().startswith(("his ", "her ")):
                    # "There he will meet with his Colombian counterpart B": whom "his" is
                    who = self.resolve_pronoun(c_start, "he")
                    held = [p for p in self.positions if p.holder == who and who != ent.key]
                    subject_pos = held[0] if held else None
                dem = cm.group("dem")
                org = self.ensure(self.demonyms.get(_fold(dem))) if dem else None
                if (
                    org is None
                    and dem
                    and (st := self.mention_at(s - (len(before) - cm.start("dem"))))
                ):  # "his UK counterpart": the state its initials name
                    org = st.key if self.ents[st.key].type == "state" else None
                if subject_pos is not None and subject_pos.org == org:
                    subject_pos = None  # (a counterpart serves another state)
                if subject_pos is not None and org is not None:
                    c_role = counterpart_title(self, subject_pos.role, org)
                    found.append((c_role, org, (c_start, e), "position:counterpart", 0.75))
                elif org is not None and cm.group().lower().startswith(("his ", "her ")):
                    # "With his Russian counterpart B …, the Iranian Foreign Minister A
                    # said": "his" is the subject told after, its title maybe not yet read
                    later_counterparts.append((ent.key, org, (c_start, e)))
            pm2 = RX.ORG_POSS_ROLE.search(before) if _ends_in_comma(before) else None
            if pm2 and not lm and not am:
                kind_word = (pm2.group("what") or "").lower() or None
                p2 = s - (len(before) - pm2.start())
                org = (_its_referent(self, p2) if pm2.group("its") else None) or self._recent_org(
                    p2, kind_word
                )
                if org is not None:
                    found.append(
                        (
                            pm2.group("role"),
                            org,
                            (s - (len(before) - pm2.start()), e),
                            "position:its-role",
                            0.65,
                        )
                    )
            lt = (
                RX.LOWER_TITLE_BEFORE.search(before)
                if not lm and _may_end_with(before, _LOWER_TITLE_ENDS, comma=True)
                else None
            )
            if lt:
                t_start = s - (len(before) - lt.start("role"))
                role = lt.group("role")
                # "(US) State Department spokesperson X", "North Korean leader X", "European
                # Union foreign affairs chief X": the body or state is the role's start
                org, cut = _org_leading(self, t_start, t_start + len(role))
                if org is not None:
                    role, o_start = text[cut : t_start + len(role)], t_start
                else:
                    org = self.org_before(t_start)
                    o_start = self._org_start_before(t_start) if org is not None else t_start
                fm = _rx(r"(?:former|ex-|then-)\s*", re.I).match(role)
                if fm:  # "Peru's former foreign minister X"
                    status, role = "former", role[fm.end() :]
                om = _rx(r"\s+of\s+(?:the\s+)?(?=[A-Z])").match(text, e) if org is None else None
                if om:  # "Opposition leader X of the Green Party"
                    org = self.org_in(om.end(), min(len(text), om.end() + 60))
                lt_rule = "position:title-before-name"
                if org is None and (body := _spokes_body_before(self, role, t_start)):
                    org, o_start, lt_rule = body, t_start, lt_rule + "+body-from-context"
                if (
                    org is None
                    and sentence_case_title(text, sent_start, s)
                    and (home := self._home_state()) is not None
                    and not self._lacks_title(home, role.title())
                ):
                    # "Foreign minister Soini's opening address" in a government's release,
                    # its headline in sentence case: the publishing state's, as a
                    # capitalised title's is
                    org, lt_rule = home, lt_rule + "+publisher-state"
                if org is not None and role.strip():
                    found.append((role, org, (o_start, e), lt_rule, 0.75))
            n_found = len(found)
            # (past a legislator's party and state: "Senator X (D-N.J.), Chairman of …")
            pn = RX.POST_NOMINALS_AFTER.match(after) if after[:2] == " (" else None
            ra_e = e + (pn.end() if pn is not None else 0)
            rm = _RIGHT_APPOS.match(text[ra_e : ra_e + 160])
            if rm and (
                self._name_follows(ra_e + rm.end())
                or (
                    rm.group("of")  # "A, Portuguese Chief of Defense General B": B's title
                    and self._person_inside(ra_e + rm.start("of"), ra_e + rm.end("of"))
                )
            ):
                rm = None  # "A, Chinese Foreign Minister B and …": the next item's title
            if rm and self._title_then_name(ra_e + rm.start("role"), ra_e + rm.end()):
                rm = None  # "A, Ambassador of Peru B and …": the title-of-state before B's name
            if (
                rm
                and RX.SOURCE_SAID.match(text, ra_e + rm.end())
                and not _rx(r"[”\"][ \t]+(?:[A-Z][\w.]*[ \t]+){0,3}$").search(
                    text, max(0, s - 60), s
                )
            ):  # ("“…,” Ambassador X, MCC’s CEO said": X, right after the quote, said it)
                rm = None  # "… met X, a Kestrian diplomat said": the source, not X's title
            if (
                rm
                and RX.CLAUSE_VERB_AFTER.match(text, ra_e + rm.end())
                and RX.FRONTED_PHRASE.fullmatch(text, sent_start, s)
            ):  # "In talks with his Doskaran counterpart X, the Arvelian foreign minister
                rm = None  # called for …": the sentence's subject, not X's title
            if rm and rm.group("role").lower().strip() not in ("official",):
                role = rm.group("role")
                org = None
                if rm.group("poss") in ("country", "nation"):
                    org = _country_referent(self, s)
                elif rm.group("poss"):
                    ps = ra_e + rm.start("poss")
                    org = self.org_in(ps, ps + len(rm.group("poss")))
                staff = RX.STATE_STAFF.fullmatch(rm.group("of")) if rm.group("of") else None
                if staff is not None:
                    # "X, chairman of the Joint Chiefs of Staff": a state's forces' head, the
                    # staff part of the title, the state (told, else as a bare title's) his
                    dem = staff.group("dem")
                    dem_state = self.ensure(self.demonyms.get(_fold(dem))) if dem else None
                    role = text[ra_e + rm.start("role") : ra_e + rm.end("of")]
                    if dem_state is not None:  # ("chief of the Doskaran General Staff")
                        role = role.replace(f"{dem} ", "", 1)
                    rank = _RANK_BEFORE_NAME.search(text, max(0, s - 60), s)
                    # ("Doskaran Army Gen. X, chairman of …": the state his rank's word names)
                    org = org or dem_state or (self.org_before(rank.start()) if rank else None)
                elif rm.group("of"):
                    os_ = ra_e + rm.start("of")
                    org = self.org_in(os_, os_ + len(rm.group("of"))) or org
                if org is None and staff is None:
                    dm = _rx(r"(?:[a-z]+\s+)*([A-Z][a-z]+)\s").match(role)
                    if dm:
                        org = self.ensure(self.demonyms.get(_fold(dm.group(1))))
                        if org:
                            role = role[dm.end() :]
                if org is None and not rm.group("poss"):
                    # "X, the African Union Commission chairperson,": the body it starts with
                    r_s = ra_e + rm.start("role")
                    org, cut = _org_leading(self, r_s, r_s + len(role))
                    if org is not None:
                        role = text[cut : r_s + len(role)]
                if _rx(r"(?:former|ex-|outgoing|previous)\s", re.I).match(role):
                    status = "former"
                    role = role.split(None, 1)[1]
                role = _rx(r"^(?:current|new|incoming)\s+", re.I).sub("", role)
                if org is not None and org in self.ents:
                    found.append(
                        (role, org, (s, ra_e + rm.end()), "position:apposition-after", 0.8)
                    )
                elif (
                    org is None
                    and not found
                    and (staff is not None or _ROLE_TITLE_RE.fullmatch(role.strip()))
                    # ("X, Secretary General of the Conference of Y and Z (CPMR)": a body
                    # not found is no state's, nor the one a bare title implies)
                    and (staff is not None or not unfound_body(rm.group("of")))
                ):
                    # "Mr. X, Minister for Foreign Affairs, held …": a capitalised title, its
                    # state found as a bare title's is
                    found.append(
                        (role, None, (s, ra_e + rm.end()), "position:apposition-after", 0.75)
                    )
            chain = (
                self._titles_after_comma(s, e)
                if after[:1] == "," or RX.POST_NOMINALS_AFTER.match(after)
                else []
            )
            if chain and (
                (not found and len(found) == n_found)
                or (
                    len(found) > n_found
                    and (
                        len(chain[0][0]) > len(found[n_found][0].strip())
                        or len(chain) > len(found) - n_found
                    )
                )
            ):  # a fuller title than the apposition rule found ("Vice Minister for …")
                found[n_found:] = chain
            cm2 = RX.HOLDS_COUNCIL_PRESIDENCY.match(after) if "presidency" in after else None
            if cm2 is not None:
                # "Ambassador X of Y, which holds the Council’s presidency for May": X
                # presides over the Council (his state holds the seat)
                council = self._implied_org("president of the security council")
                if council is not None:
                    found.append(
                        (
                            "President of the Security Council",
                            council,
                            (s, e + cm2.end()),
                            "position:council-presidency",
                            0.8,
                        )
                    )
            if (
                all(f[0] in _BARE_TITLES for f in found)
                and (not lm or lm.group(1) in _BARE_TITLES)
                and (told_as := title_told_as(self, ent.key, e)) is not None
            ):  # ("New Minister X took up his role as Minister for Trade": the full title)
                found.append(told_as)
            pb = RX.TITLE_FOR_AFTER.match(after) if not found and not lm else None
            if pb and _ROLE_TITLE_RE.fullmatch(pb.group("head")):
                # "X, Director for Africa visited …" in a government body's release: the
                # title is the publisher's
                body = _publisher_body(
                    self,
                )
                if body is not None:
                    found.append(
                        (pb.group("role"), body, (s, e + pb.end()), "position:publisher-body", 0.7)
                    )
            if all(f[1] is None for f in found) and (
                "Secretary-General" in before or "Secretary-General" in after[:60]
            ):
                # "the Secretary-General's Special Adviser, X", "X, Spokesman for the
                # Secretary-General": an office of the UN Secretariat (also where the
                # apposition rule read only the bare title, "Spokesman", with no body)
                sg = _SG_OFFICE_BEFORE.search(before)
                sg_span = (s - (len(before) - sg.start("role")), e) if sg else (0, 0)
                if sg is None or not (sg.group("poss") or "Secretary-General" in sg.group("role")):
                    sg = _SG_OFFICE_AFTER.match(after)
                    sg_span = (s, e + sg.end()) if sg else sg_span
                un = self._implied_org("secretary-general") if sg else None
                if sg and un is not None:
                    role = " ".join(sg.group("role").split())
                    found.clear()
                    found.append((role, un, sg_span, "position:secretary-general-office", 0.8))
            xm = RX.TITLE_IN_BRACKETS.match(after) if not found and "(" in after[:3] else None
            if xm and _ROLE_TITLE_RE.fullmatch(xm.group("role")):
                # "Kamala Harris (Vice President of the United States)": the last state or
                # body in the brackets ("… of the United States of Mexico": Mexico)
                xs = [
                    m2.key
                    for m2 in self.mentions_between(e + xm.start("of"), e + xm.end("of"))
                    if self.ents[m2.key].is_org
                ]
                if xs:
                    found.append(
                        (xm.group("role"), xs[-1], (s, e + xm.end()), "position:in-brackets", 0.8)
                    )
            bm = RX.NAME_LINE_THEN_TITLE.match(after) if not found and after[:1] == "\n" else None
            if bm and not text[text.rfind("\n", 0, s) + 1 : s].strip():
                # a statement's signature block: "John Roe\nSecretary of State\nWashington"
                role = bm.group("role")
                # "Deputy Spokesperson, Office of the Spokesperson": the title, then its unit
                role = _rx(r",\s+(?:Office|Bureau|Division|Unit)\b.*$").sub("", role)
                of_in = _rx(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])").search(role)
                org = None
                if of_in:
                    o_s = e + bm.start("role") + of_in.end()
                    org = self.org_in(o_s, e + bm.end("role"))
                    if org is not None:
                        role = role[: of_in.start()]
                nl = _rx(r"[ \t]*\n[ \t]*([^\n]+)").match(text, e + bm.end("role"))
                if org is None and nl is not None:
                    # the body on the next line of the block ("Department of State")
                    bodies = [
                        m2
                        for m2 in self.mentions_between(nl.start(1), nl.end(1))
                        if self.ents[m2.key].is_org and self.ents[m2.key].type != "state"
                    ]
                    line = text[nl.start(1) : nl.end(1)].strip()
                    if len(bodies) == 1 and text[bodies[0].start : bodies[0].end] == line:
                        org = bodies[0].key
                if _ROLE_TITLE_RE.fullmatch(role):
                    found.append((role, org, (s, e + bm.end("role")), "position:title-line", 0.8))
            pm = RX.PREDECESSOR.search(before) if _may_contain(before, "predecessor") else None
            if pm:
                prev = [
                    p
                    for p in self.positions
                    if p.holder != ent.key and p.span[0] < s and p.status == "current"
                ]
                if prev:
                    pred_of = prev[-1].id
                    base = self.positions[[p.id for p in self.positions].index(pred_of)]
                    found.append(
                        (
                            base.role,
                            base.org,
                            (s - (len(before) - pm.start()), e),
                            "position:predecessor",
                            0.7,
                        )
                    )
            if quoted:
                found = [f for f in found if f[3] == lm_rule]
            if ini_org is not None:
                found = [
                    (role, ini_org if rule == lm_rule and org is None else org, span, rule, conf)
                    for role, org, span, rule, conf in found
                ]
            shared_org = next((o for _, o, _, r, _ in found if o and r == lm_rule), None)
            titles = [_written_out(r) for r, _, _, rule_, _ in found if rule_ == lm_rule]
            chain_served = None
            if shared_org is None and len(titles) > 1:
                # "State Councilor and Foreign Minister X": the state a well-known holder
                # serves by one title of the chain is every title's, not the publisher's
                chain_served = next(
                    (o for r in titles if (o := _leader_serves(self, ent.key, r)) is not None),
                    None,
                )
            for role, org, span, rule, conf in found:
                role = _written_out(role)  # ("PM Abe": the Prime Minister, for the rules below)
                if rule.startswith("position:apposition") and (
                    aide_of := office_served_after(self, span[1], role)
                ):  # "A, Chief of Staff to Secretary of State X": the aide's title whole
                    role, span = role + aide_of, (span[0], span[1] + len(aide_of))
                if (mm_ := self._ministry_minister(role, org, span[0])) is not None:
                    role, org = mm_  # "Foreign Office Minister X": a minister of its state
                    rule = lm_rule + "+ministry-state"
                this_status = "former" if rule == "position:predecessor" else status
                if org is None and _role_of_a_name(text, span[0], role):
                    continue  # "the First Commander of the ELN, X": a body not found, no state
                visitor = False
                if org is None and rule == lm_rule and shared_org is not None:
                    org = shared_org  # "Deputy Prime Minister and Foreign Minister X of Y"
                elif org is None and rule == lm_rule and chain_served is not None:
                    org, rule = chain_served, rule + "+known-leader"
                if org is None and rule.startswith(
                    ("position:title-before-name", "position:title-line", "position:apposition")
                ):
                    # A title naming no organisation takes none from another title in its
                    # sentence ("Pakistani Prime Minister A wrote to Prime Minister B"), and
                    # a title repeated before a surname adds nothing ("Minister Kessel").
                    if held_before:
                        continue
                    org = self._implied_org(role)
                    if org is not None:
                        if rule == lm_rule and shared_org is None:
                            shared_org = org  # "Tánaiste and Minister for Foreign Affairs X"
                        rule += "+implied-org"
                    elif (served := _leader_serves(self, ent.key, role)) is not None:
                        # "President Mugabe": a well-known holder serves one state
                        org = served
                        rule += "+known-leader"
                    elif rule == lm_rule and (of_org := _of_after(self, e)) is not None:
                        # "Secretary of Foreign Affairs X of the Philippines"
                        org = of_org
                        rule += "+of-after"
                    elif rule == lm_rule and (body := _body_after_comma(self, e)) is not None:
                        # "Assistant Secretary X, U.S. Department of the Interior signed …":
                        # the body named right after the name is the title's
                        org = body
                        rule += "+body-after"
                    elif (
                        rule in (lm_rule, "position:apposition-after")
                        and (for_state := _state_served_after(self, max(e, span[1]))) is not None
                    ):
                        # "Minister X signed for the Republic of Y", "X represented the
                        # Government of Y", "X, Deputy Minister, signed for Y": the state the
                        # holder acts for, in the same clause
                        org = for_state
                        rule += "+state-served"
                    elif (people := _people_in_portfolio(self, role)) is not None:
                        # "Minister for Indigenous Australians": the state of that people
                        org = people
                        rule += "+portfolio-people"
                    elif (listed := _listed_with(self, span[0], role)) is not None:
                        # "Syrian Foreign Minister A, Defence Minister B and …": B's too
                        org = listed
                        rule += "+listed-with"
                    elif RX.DEVOLVED_HEAD.match(role) and (
                        (
                            body := _publisher_body(
                                self,
                            )
                        )
                        is not None
                    ):
                        # "First Minister X" in the Scottish Government's release: its head
                        org = body
                        rule += "+publisher-body"
                    elif not RX.ENVOY.search(role) and (
                        (placed := _region_state(self, span[0], span[1], role)) is not None
                    ):
                        # "the Secretary of State for Northern Ireland, X", "Governor of Y
                        # Province X": the state the title's region lies in, in any release
                        org = placed
                        rule += "+place-state"
                    elif (
                        role.strip() not in _STYLE_TITLES
                        and (side := _side_state(self, span[0])) is not None
                    ):
                        # "The U.S. side included Secretary A, Adviser B and …": that state's,
                        # also in another's release ("On the Russian side it is led by X")
                        org = side
                        rule += "+delegation-state"
                    elif (
                        (home := self._home_state()) is not None
                        and not RX.ENVOY.search(role)
                        and (host := _visit_host(self, span[0], ent.key, role)) not in (None, home)
                    ):
                        # "… his visit in Y, where he met with Vice President X", in a
                        # government's own release: the one its official meets serves Y
                        org = host
                        rule += "+visit-host"
                    elif (
                        (home := self._home_state()) is not None
                        and not (
                            (absent := _TITLES_A_STATE_LACKS.get(self.ents[home].name))
                            and absent.search(role)
                        )
                        # "Chief Cabinet Secretary X": a longer title than the one read
                        and not RX.TITLE_CUT_BEFORE.search(text, max(0, span[0] - 30), span[0])
                        # ("Ambassador X, the spokesperson for the Egyptian Ministry …" in
                        # another state's news: the title the apposition tells is Egypt's)
                        and _apposed_body_state(self, e) in (None, home)
                    ):
                        org = home  # a government's own readout: its president, its envoy
                        rule += "+publisher-state"
                    elif (
                        RX.SPOKES_TITLE.fullmatch(role.strip())
                        and (body := _body_before(self, span[0])) is not None
                    ):
                        # "… the Kremlin had not confirmed it. Spokesman X said": the
                        # body just named speaks through its spokesman, not its state
                        org = body
                        conf -= 0.25
                        rule += "+body-from-context"
                    else:
                        org = _state_before(self, span[0])
                        if org is not None and self._lacks_title(org, role):
                            org = None  # "Finance Minister X" after "Washington …": not US
                        if RX.VISIT_BY_BEFORE.search(text, max(0, span[0] - 60), span[0]):
                            # "the Caracas visit by Minister X": a visitor's title, neither
                            # the place's state nor the article's
                            org, visitor = None, True
                        conf -= 0.25
                        rule += "+state-from-context"
                        if (
                            org is None
                            and RX.HOST_TITLE.fullmatch(role.strip())
                            and (host := _visit_host(self, span[0], ent.key, role)) is not None
                        ):
                            # "A arrived in Y … held talks with President X": Y's president
                            org = host
                            rule = rule.replace("+state-from-context", "+visit-host")
                        elif (
                            org is None
                            and not visitor
                            and (dated := _dateline_state(self, span[0])) is not None
                            and not self._lacks_title(dated, role)
                        ):
                            # "MANILA - Foreign Affairs Secretary X received …": the host's
                            org = dated
                            rule = rule.replace("+state-from-context", "+dateline-state")
                        elif (
                            org is None
                            and not visitor
                            and (deputised := _deputy_serves(self, role)) is not None
                        ):
                            # "Vice President X" where the text names one state's president
                            org = deputised
                            rule = rule.replace("+state-from-context", "+deputy-of-leader")
                elif org is None:
                    org = last_org_in_sentence.get(sent_start)
                    conf -= 0.2
                    rule += "+org-from-sentence"
                if (
                    org in self.ents
                    and self.ents[org].type == "party"
                    and _rx(r"\bminister\b", re.I).search(role)
                ):
                    # "Tourism Minister X of ZANU-PF": a minister serves a state, not a party
                    org = _state_before(self, span[0])
                    conf -= 0.2
                    rule += "+state-not-party"
                if (
                    org is None
                    and not visitor
                    and rule.endswith(("+state-from-context", "+state-not-party"))
                ):
                    unplaced.append((ent.key, role, span, rule, conf, this_status))
                if org is None or org not in self.ents or not self.ents[org].is_org:
                    continue
                dem_first = _fold(role.split()[0]) if role.split() else ""
                if dem_first in self.demonyms and self.demonyms[dem_first] != org:
                    continue  # "Turkish Cypriot leader": a community's, not Turkey's
                if _MILITARY_RANK.fullmatch(role.strip()) or _rank_after_field(role):
                    continue  # "General X", "U.S. General X": a rank, no office held
                if self.ents[org].name == "European Union" and RX.EU_COMMISSIONER.fullmatch(role):
                    # "Commissioner X", "EU Commissioner for Trade X": the Commission's member
                    org = _org_named(self, "European Commission") or org
                role_n = _normal_role(role, self.ents[org].type, org_name=self.ents[org].name)
                if not role_n:
                    continue
                k = (ent.key, role_n, org)
                if k in seen:
                    continue
                seen.add(k)
                pid = self.new_id(f"{ent.key}-{role_n}")
                pos = _Pos(pid, span, rule, round(conf, 2), ent.key, role_n, org, this_status)
                self.positions.append(pos)
                last_org_in_sentence[sent_start] = org
                if rule == "position:predecessor" and pred_of:
                    for p in self.positions:
                        if p.id == pred_of:
                            p.predecessor = pid
        self._place_in_article_state(unplaced, seen)
        counterparts_of_later_subjects(self, later_counterparts)
        self._role_told_before(seen)
        drop_courtesy_ambassadors(self)
        bare_secretaries(self)
        # A guess from context gives way to the same title the text gives with its state
        # elsewhere ("President X" … "the Zimbabwean president X").
        named = {(p.holder, p.role.lower()) for p in self.positions if "from-context" not in p.rule}
        self.positions = [
            p
            for p in self.positions
            if "state-from-context" not in p.rule or (p.holder, p.role.lower()) not in named
        ]
        # ("Foreign Minister X and his Japanese counterpart": a state guessed for X is no
        # Japan)
        self.positions = [
            p
            for p in self.positions
            if not RX.GUESSED_STATE.search(p.rule)
            or p.org not in counterparts_states(self, p.holder)
        ]
        self.positions = without_bare_titles_held_in_full(self.positions)
        drop_anonymous_in_appositions(self)
        for key, country, head, span in self.anon_positions:
            if self.ensure(country):  # ("a French diplomat": a diplomat of France)
                role = "diplomat" if head == "diplomat" else "official"
                self.holds_now(key, role, country, span, "position:anonymous", 0.6)

    def _ministry_minister(self, role: str, org: str | None, start: int) -> tuple[str, str] | None:
        """("Foreign Office Minister", its state) for "Foreign Office Minister(s) X": a minister
        named by the ministry they serve in holds that title in its state's government, not
        in the ministry (a spokesperson's title stays the ministry's). The state is the
        ministry's own (a state before it, the lexicon's), else the publishing government's;
        None when the title is no bare "Minister(s)" after a ministry or no state is found."""
        if role.strip() not in ("Minister", "Ministers"):
            return None
        text = self.text
        tm = _rx(r"[ \t]*(?:Minister|Ministers)\b").match(text, start)
        at = start
        if tm is None:  # (the span may start at the ministry's last word)
            tm = _rx(r"[\w’'&-]+[ \t]+(?:Minister|Ministers)\b").match(text, start)
            if tm is None:
                return None
            at = tm.end() - len(tm.group().split()[-1])
        lo = max(0, at - 80)
        before = text[lo:at].rstrip()
        # (the body's name, not its mention: a mention is not always kept before a title)
        named = [
            (len(form), ent.key)
            for ent in self.ents.values()
            if ent.type == "government-body"
            for form in (ent.name, *ent.aliases)
            if before.endswith(form) and not before[: len(before) - len(form)][-1:].isalnum()
        ]
        body = max(named)[1] if named else None
        b_start = lo + len(before) - max(named)[0] if named else at
        if body is None or (org is not None and org != body):
            return None
        b_name = text[b_start:at].strip()
        first = b_name.split()[0]
        dem = self.demonyms.get(_fold(first)) if " " in b_name else None
        if dem is not None:  # "British Foreign Office Minister X": the state, then the title
            b_name = b_name[len(first) :].strip()
        lex_state = BODY_STATES.get(self.ents[body].name)
        state = (
            self.ensure(dem)
            or self.org_before(b_start)
            or (_org_named(self, lex_state) if lex_state else None)
            or self.ensure(self.ents[body].country)
            or self._home_state()
        )
        if state is None or self.ents[state].type != "state":
            return None
        return f"{b_name} Minister", state

    def _chain_titles(
        self, m: re.Match[str], base: int, org: str | None, rule: str, span: tuple[int, int]
    ) -> list[tuple[str, str | None, tuple[int, int], str, float]]:
        """The titles of a _TITLE_CHAIN match at ``base`` with the state or body each is of:
        its own "of X" ("Prime Minister of Greece"), else the chain's "of X", else ``org``."""
        if any(
            (m.group(g) or "").lower().startswith("former ") for g in ("t1", "t2")
        ):  # (a former title: the title-before-name rule's)
            return []
        of_org = None
        if m.groupdict().get("of"):
            of_org = self.org_in(base + m.start("of"), base + m.end("of"))
        out: list[tuple[str, str | None, tuple[int, int], str, float]] = []
        for g in ("t1", "t2"):
            role = m.group(g)
            if not role:
                continue
            r_start = base + m.start(g)
            this_org = of_org or org
            of_in = _rx(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])").search(role)
            if of_in and not RX.BRIEF_FOR.search(role, 0, of_in.end()):
                # (the "of" phrase names the body, not just ends with one: "Minister of
                # Foreign Affairs, Local Government" is a portfolio list)
                inner = next(
                    (
                        mm.key
                        for mm in self.mentions_between(
                            r_start + of_in.end(), r_start + len(role), outer=False
                        )
                        if mm.start == r_start + of_in.end() and self.ents[mm.key].is_org
                    ),
                    None,
                ) or self._body_run_on(r_start + of_in.end(), r_start + len(role))
                if inner is not None:
                    # "Prime Minister of Papua New Guinea", "Director of the X Ministry"
                    this_org, role = inner, role[: of_in.start()]
            if m.groupdict().get("to") and (g == "t2" or not m.group("t2")):
                role += " " + " ".join(m.group("to").split())  # "Ambassador to Venezuela"
            out.append((role, this_org, span, rule, 0.8))
        return out

    def _body_run_on(self, start: int, end: int) -> str | None:
        """The body whose name starts at ``start`` and runs on past a title's end at ``end``
        in the same phrase: "Chairman of the House Committee on Foreign Affairs", where the
        title stops at "Committee" and the committee's name goes on with its brief."""
        mm = self.mention_at(start)
        if (
            mm is None
            or mm.start != start
            or mm.end <= end
            or not self.ents[mm.key].is_org
            or _rx(r"[,;:()\n]").search(self.text, end, mm.end)
        ):
            return None
        return mm.key

    def _titles_before_comma(
        self, s: int, e: int
    ) -> list[tuple[str, str | None, tuple[int, int], str, float]]:
        """Titles apposed before the name at ``s``, their comma and a style between:
        "Minister for Foreign Affairs, Senator the Hon X", "Thailand's Deputy Prime
        Minister and Minister of Commerce, Y"."""
        text = self.text
        lo = max(text.rfind("\n", 0, s) + 1, s - 200)
        sm = _STYLE_AFTER_COMMA.search(text, lo, s)
        if sm is None:
            return []
        cut = lo
        for bad in _rx(r"[.;:!?“”\"()]").finditer(text, lo, sm.start()):
            cut = bad.end()
        tm = _TITLES_BEFORE_COMMA.search(text[cut : sm.start()])
        if tm is None:
            return []
        t_start = cut + tm.start("t1")
        if _opening_phrase(text, cut, t_start, e):
            return []
        lead = text[lo:t_start]
        comma = _rx(r",\s*$").search(lead)
        if comma and any(
            self.ents[mm.key].is_person and mm.end == lo + comma.start()
            for mm in self.mentions_between(max(0, lo + comma.start() - 80), lo + comma.start())
        ):
            return []  # "A, Minister of X, B": the title is apposed to A, before it
        org = self.org_before(t_start)
        if org is not None and not self.ents[org].is_org:
            org = None
        if org is None and _rx(r"(?<![\w.’'-])(?!The\s)[A-Z][\w.’'-]*\s+$").search(lead):
            return []  # "the Secretary-General's Special Adviser": someone else's office
            # (a sentence's "The Chancellor of X, Mr. Y," is no one's office before it)
        if self._person_inside(t_start, sm.start()):
            return []
        return self._chain_titles(tm, cut, org, "position:apposition-before", (t_start, e))

    def _paired_list(
        self, s: int, sent_start: int
    ) -> tuple[str, str | None, tuple[int, int], str, float] | None:
        """ "the new ambassadors of Uruguay, A, Chile, B and Australia, C": each name is
        the envoy of the state told just before it."""
        text = self.text
        heads = list(_rx(r"\b(?:[Aa]mbassadors|[Ee]nvoys)\s+of\s+").finditer(text, sent_start, s))
        head = heads[-1] if heads else None
        if head is None:
            return None
        seg = text[head.end() : s].rstrip()
        if not seg.endswith(","):
            return None
        cut = max(seg[:-1].rfind(",") + 1, seg[:-1].rfind(" and ") + 1)
        sm = _rx(r"\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?").match(seg, cut)
        st_s = head.end() + (sm.end() if sm else cut)
        st_e = head.end() + len(seg) - 1
        if st_s >= st_e or self._person_inside(st_s, st_e):
            return None
        org = self.org_in(st_s, st_e)
        if org is None or self.ents[org].type != "state":
            return None
        return ("Ambassador", org, (st_s, s), "position:paired-list", 0.75)

    def _envoy_list_item(
        self, s: int, e: int, sent_start: int
    ) -> tuple[str, str | None, tuple[int, int], str, float] | None:
        """ "The ambassadors include: A from Mali, B of Qatar, Sweden's C and …": a list
        item of envoys (told in this sentence, or in plural in the one before) names each
        one's state after the name ("from"/"of") or before it (a possessive)."""
        text = self.text
        i = bisect.bisect_right(self.sent_starts, sent_start) - 1
        prev = self.sent_starts[i - 1] if i > 0 else sent_start
        if not RX.ENVOY.search(text, sent_start, s) and not (
            prev < sent_start and RX.ENVOYS.search(text, prev, sent_start)
        ):
            return None
        sent_end = self.sent_ends[i]
        people = {
            mm.key
            for mm in self.mentions_between(sent_start, sent_end)
            if self.ents[mm.key].is_person
        }
        if len(people) < 2:
            return None  # a list names two envoys at least
        state: _Men | None = None
        fm = RX.ENVOY_FROM.match(text, e)
        if fm is not None:
            state = next(
                (
                    mm
                    for mm in self.mentions_between(fm.end(), fm.end() + 80)
                    if mm.start == fm.end()
                ),
                None,
            )
            lead_end, item_end = s, state.end if state else e
            span = (s, item_end)
        elif (p := RX.POSS_BEFORE.search(text, max(sent_start, s - 4), s)) is not None:
            state = next(
                (
                    mm
                    for mm in self.mentions_between(max(sent_start, s - 80), s)
                    if mm.end == p.start()
                ),
                None,
            )
            lead_end, item_end = state.start if state else s, e
            span = (lead_end, e)
        if state is None or self.ents[state.key].type != "state":
            return None
        if not RX.LIST_LEAD.search(text, max(sent_start, lead_end - 40), lead_end):
            return None
        if not RX.ENVOY_ITEM_END.match(text, item_end):
            return None
        return ("Ambassador", state.key, span, "position:envoy-list", 0.7)

    def _body_title_brief(
        self, s: int, e: int, before: str
    ) -> list[tuple[str, str | None, tuple[int, int], str, float]]:
        """ "UN Resident Coordinator in China, X", "the United Nations envoy for the region,
        Y": a body's officer with a post or a brief, apposed before the name at ``s``. The
        role keeps a brief ("envoy for Syria") but not a post ("in China", "to Kenya") nor a
        vague brief ("for the region")."""
        bm = RX.BODY_TITLE_BRIEF.search(before)
        if bm is None:
            return []
        base = s - len(before)
        l_s, r_s = base + bm.start("lead"), base + bm.start("role")
        org = next(
            (
                mm.key
                for mm in self.mentions_between(l_s, r_s)
                if mm.start == l_s and self.text[mm.end : r_s].strip() == ""
            ),
            None,
        )
        if org is None or not self.is_body(org):
            return []
        role = bm.group("role")
        brief = bm.group("brief")
        if bm.group("prep") in ("for", "on") and not _rx(r"the\s+[a-z]").match(brief):
            role = f"{role} {bm.group('prep')} {brief}"
        return [(role, org, (base + bm.start(), e), "position:body-title-brief", 0.75)]

    def _title_then_name(self, start: int, end: int) -> bool:
        """Whether the span ends with a person's name right after a state's or body's
        name: "Ambassador of Peru Lena Vost", the next item's title and its holder."""
        ms = list(self.mentions_between(start, end))
        return any(
            self.ents[m2.key].is_person
            and not self.text[m2.end : end].strip(" ,")
            and any(
                not self.ents[m1.key].is_person and not self.text[m1.end : m2.start].strip()
                for m1 in ms
            )
            for m2 in ms
        )

    def _name_follows(self, at: int) -> bool:
        """Whether a person's name follows ``at`` past the rest of a title and a rank
        ("A, Y's Foreign Minister II B", "A, Portuguese Chief | of Defense General B"):
        the title there is the next item's, B's."""
        return any(
            self.ents[m2.key].is_person
            and RX.TITLE_REST_THEN_NAME.fullmatch(self.text, at, m2.start) is not None
            for m2 in self.mentions_between(at, at + 80)
        )

    def _person_inside(self, start: int, end: int) -> bool:
        """Whether a person's name starts between ``start`` and ``end``."""
        return any(
            start <= mm.start < end and self.ents[mm.key].is_person
            for mm in self.mentions_between(start, end)
        )

    def _titles_after_comma(
        self, s: int, e: int
    ) -> list[tuple[str, str | None, tuple[int, int], str, float]]:
        """Titles apposed after the name ending at ``e``: "X, Secretary of Foreign Affairs
        of the Republic of the Philippines, …", "Y, the US Secretary of State, …"."""
        text = self.text
        pn = RX.POST_NOMINALS_AFTER.match(text, e)
        if pn is not None:
            e = pn.end()  # "Eamon Ryan TD, Ireland's Minister for Transport"
        tm = _TITLES_AFTER_COMMA.match(text[e : e + 220])
        if tm is None:
            return []
        if self._person_inside(e + 1, e + tm.end() + 2) or self._name_follows(e + tm.end()):
            return []  # "A, Prime Minister B and …": the next item of a list, its title
        if RX.SOURCE_SAID.match(text, e + tm.end()):
            return []  # "X, a senior official told reporters": who speaks, not X's title
        org = None
        for g in ("poss", "pre"):
            if tm.group(g):
                org = self.org_in(e + tm.start(g), e + tm.end(g))
                if org is None:
                    return []  # "X, Acting Deputy …": no state or body starts it
        out = self._chain_titles(tm, e, org, "position:apposition-after", (s, e + tm.end()))
        # "X, Ambassador, Permanent Representative of Latvia, Chairman of the Y Committee,":
        # more titles apposed in turn, each with the state or body it names
        end = e + tm.end()
        more: list[tuple[str, str | None, tuple[int, int], str, float]] = []
        for _ in range(3):
            # (the last of the list after ", and": "…, Prime Minister of Y, and Ruler of Z")
            last = RX.AND_AFTER_COMMA.match(text, end)
            at = end if last is None else last.end() - 2  # (its ", " read where "and" ends)
            seg = text[at : at + 220] if last is None else ", " + text[at + 2 : at + 220]
            nm = _TITLES_AFTER_COMMA.match(seg)
            if nm is None or self._person_inside(at + 1, at + nm.end() + 2):
                break
            got = self._chain_titles(nm, at, None, "position:apposition-after", (s, at + nm.end()))
            if not got or any(o is None for _, o, _, _, _ in got):
                break
            more += got
            end = at + nm.end()
        if more:
            # a bare first title is of the state the next one names ("X, Vice President,
            # Prime Minister of Y, …": Y's), but an envoy's ("X, Ambassador, Permanent
            # Representative of Y") is his rank, and says no more than these
            first = more[0][1]
            bare_of = first if first is not None and self.ents[first].type == "state" else None
            out = [
                (r, o or bare_of, sp, ru, c)
                for r, o, sp, ru, c in out
                if o or (bare_of and not RX.ENVOY_HEAD.search(r))
            ]
            out += more
        return out

    def _role_told_before(self, seen: set[tuple[str, str, str]]) -> None:
        """ "Turkey's foreign minister on Monday welcomed … . Mevlut Cavusoglu shared …": a
        sentence whose subject is a state's office holder with no name, and a next sentence
        that opens with a full name the text gives no title: the name holds that office."""
        text = self.text
        starts = self.sent_starts
        for i, st in enumerate(starts[:-1]):
            rm = RX.ROLE_TOLD.match(text, st)
            if rm is None:
                continue
            if rm.group("st"):
                org = next(
                    (
                        mm.key
                        for mm in self.mentions_between(st, rm.end("st"))
                        if mm.start == rm.start("st") and mm.end == rm.end("st")
                    ),
                    None,
                )
            else:
                org = self.ensure(self.demonyms.get(_fold(rm.group("dem"))))
            if org is None or self.ents[org].type != "state":
                continue
            nxt = starts[i + 1]
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            mm = next((m for m in self.mentions_between(nxt, nxt + 80) if m.start == nxt), None)
            if mm is None or not self.ents[mm.key].is_person or mm.how != "name":
                continue
            if len(text[mm.start : mm.end].split()) < 2 or text.startswith(",", mm.end):
                continue  # (a surname alone may be anyone's; "X, the …" says its own title)
            if any(p.holder == mm.key for p in self.positions):
                continue
            role_n = _normal_role(rm.group("role"), "state", org_name=self.ents[org].name)
            if not role_n or (mm.key, role_n, org) in seen:
                continue
            seen.add((mm.key, role_n, org))
            span = (mm.start, mm.end)
            self.holds_now(mm.key, role_n, org, span, "position:role-told-before", 0.6)

    def _place_in_article_state(
        self,
        unplaced: list[tuple[str, str, tuple[int, int], str, float, str]],
        seen: set[tuple[str, str, str]],
    ) -> None:
        """A minister with no state anywhere near ("Finance Minister X") in an article
        whose heads of state or government are all one state's, once the states lacking
        that title are set aside (a US president has no ministers): that state's."""
        states = {
            p.org
            for p in self.positions
            if self.ents[p.org].type == "state" and p.role in _HEAD_TITLES and p.status == "current"
        }  # (a head whose state was guessed from context counts: it leaves two open)
        for holder, role, span, rule, conf, status in unplaced:
            if (
                not RX.MINISTER.search(role)
                or _normal_role(role, "state") in _HEAD_TITLES  # another head: another state's
                or RX.DEVOLVED_HEAD.match(role)  # a devolved government's, no state's
                or any(p.holder == holder for p in self.positions)
            ):
                continue
            fits = {st for st in states if not self._lacks_title(st, role)}
            if len(fits) != 1:
                continue
            (org,) = fits
            role_n = _normal_role(role, "state", org_name=self.ents[org].name)
            if not role_n or (holder, role_n, org) in seen:
                continue
            seen.add((holder, role_n, org))
            rule = rule.rsplit("+", 1)[0] + "+article-state"
            pid = self.new_id(f"{holder}-{role_n}")
            self.positions.append(
                _Pos(pid, span, rule, round(conf - 0.05, 2), holder, role_n, org, status)
            )
