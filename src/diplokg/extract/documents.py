"""A document told by who issued it and what it charges, in one noun phrase: "a recent
report by the US Department of State that accuses Iran of …", "the statement issued by
the Foreign Ministry, which condemned X for …". The issuer makes that statement (its kind
the noun's) and accuses or criticises the one the relative clause names, the charge made
in the document. A document told with no issuer, one whose clause charges no one, or
one denied ("a report by X that does not accuse Y") charges nothing."""

from __future__ import annotations

from diplokg.extract.clauses import Charge, Clauses, Found
from diplokg.extract.patterns import _MEDIA, _about_end, _negation, _statement_kind
from diplokg.extract.regexes import RX
from diplokg.extract.text import SCAN

#: How far into a release its opening lines run (title, dateline, the line that
#: introduces the text).
_OPENING_REACH = 600


class DocumentRules(Clauses):
    """Documents told with their issuer and the charge they make."""

    def find_document_charges(self) -> None:
        """'a report by X that accuses Y of Z': a statement of X (its kind the noun's) and
        X's accusation (criticism, for "condemns", "criticises", "denounces") of Y about
        Z, hedged when the sentence hedges it; none when the clause denies it, names no
        one charged, or names a place or the issuer itself."""
        text = self.text
        for m in self.scan_unquoted(SCAN.DOCUMENT_BY):
            sent_start, sent_end = self.sent(m.start())
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=120)
            if lst is None or len(lst[0]) != 1:
                continue
            (issuer,) = lst[0]
            ent = self.ents[issuer]
            if ent.is_place or ent.type == _MEDIA:
                continue
            cm = RX.THAT_CHARGES.match(text, lst[1], sent_end)
            if (
                cm is None
                or cm.group("neg")
                or _negation(text[max(sent_start, m.start() - 25) : m.start()])
            ):
                continue
            accused = self.list_after(cm.end(), kinds=("org", "person"), limit=120)
            if accused is None:
                continue
            targets = [k for k in accused[0] if k != issuer and not self.ents[k].is_place]
            if not targets:
                continue
            end = accused[1]
            fm = RX.CHARGE_FOR.match(text, end, sent_end)
            about = cm.group("v")
            if fm is not None:
                end = _about_end(text, fm.start("a"), sent_end)
                about = text[fm.start("a") : end].strip()
            kind = _statement_kind(m.group("k"))
            st = self._statement_for(
                issuer, kind, (m.start(), lst[1]), rule="statement:document-by", conf=0.6
            )
            verb = cm.group("v").lower()
            charge = "accusation" if verb.startswith(("accus", "blam")) else "criticism"
            fact = "hedged" if RX.HEDGE.search(text, sent_start, end) else "asserted"
            self._add_accusation(
                Charge(charge, issuer, targets, about, fact),
                Found((m.start(), end), "accusation:document-by-charges", 0.6),
                made_in=st.id,
            )

    def find_issued_days(self) -> None:
        """'Text of the India-Pakistan Joint Statement … Following is the Text of Joint
        Statement issued in New York as on 23rd September, 1998' over a release posted the
        next day: the statement its title names was issued that day (a full day, not after
        the release), not on the day the release's header gives. A statement told in the
        body ("the Joint Statement issued at Islamabad on 23 June, 1997") is another."""
        text = self.text
        opening = text[:_OPENING_REACH]
        if "issued" not in opening and "released" not in opening and "adopted" not in opening:
            return  # (the verbs every match holds: most texts have none there)
        m = RX.ISSUED_ON.search(text, 0, min(len(text), _OPENING_REACH))
        if m is None or not RX.INTRODUCES_TEXT.fullmatch(
            text, text.rfind("\n", 0, m.start()) + 1, m.start()
        ):
            return  # (not "Pursuant to the Joint Statement issued at X on …": another one)
        day = next((d for d in self.dates if d[0] in (m.end(), m.end() + 3)), None)
        res = self.resolve(text[day[0] : day[1]]) if day is not None else None
        if (
            day is None
            or res is None
            or res.value is None
            or len(res.value) != 10
            or res.value > self.published.isoformat()
        ):
            return
        for st in self.statements:
            if st.rule == "statement:joint-title" and (st.date is None or st.date[1] <= m.end()):
                st.date = day
