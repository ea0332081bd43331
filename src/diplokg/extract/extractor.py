"""The extractor: every rule class composed into one, and the steps that finish a draft."""

from __future__ import annotations

from diplokg.extract.accusations import AccusationRules
from diplokg.extract.agreements import AgreementRules
from diplokg.extract.bilaterals import BilateralRules
from diplokg.extract.carried import CarriedRules
from diplokg.extract.companies import CompanyRules
from diplokg.extract.conferences import ConferenceRules
from diplokg.extract.datelines import DatelineRules
from diplokg.extract.deeds import DeedRules
from diplokg.extract.documents import DocumentRules
from diplokg.extract.entities import EntityRules
from diplokg.extract.faults import FaultRules
from diplokg.extract.firstperson import FirstPersonRules
from diplokg.extract.framing import FramedMeetingRules
from diplokg.extract.instruments import InstrumentRules
from diplokg.extract.lexicon import _registry_publisher
from diplokg.extract.meetings import MeetingRules
from diplokg.extract.names import NameRules
from diplokg.extract.offices import OfficeRules
from diplokg.extract.participles import ParticipleRules
from diplokg.extract.patterns import _MEDIA
from diplokg.extract.positions import PositionRules
from diplokg.extract.protests import ProtestRules
from diplokg.extract.quotes import QuoteRules
from diplokg.extract.referring import ReferringRules
from diplokg.extract.retold import RetoldRules
from diplokg.extract.signings import SigningRules
from diplokg.extract.singles import SingleNameRules
from diplokg.extract.state import _Evt, _Stmt
from diplokg.extract.statementdays import StatementDayRules
from diplokg.extract.statements import StatementRules, _sentence_case
from diplokg.extract.stays import StayRules
from diplokg.extract.transcripts import TranscriptRules
from diplokg.extract.treaties import TreatyRules
from diplokg.extract.visits import VisitRules
from diplokg.extract.whereabouts import WhereaboutsRules


class Extractor(
    EntityRules,
    ReferringRules,
    NameRules,
    SingleNameRules,
    CompanyRules,
    PositionRules,
    OfficeRules,
    QuoteRules,
    CarriedRules,
    StatementRules,
    StatementDayRules,
    DocumentRules,
    MeetingRules,
    SigningRules,
    FramedMeetingRules,
    TranscriptRules,
    FirstPersonRules,
    BilateralRules,
    ConferenceRules,
    DatelineRules,
    RetoldRules,
    ParticipleRules,
    VisitRules,
    WhereaboutsRules,
    StayRules,
    AgreementRules,
    TreatyRules,
    InstrumentRules,
    AccusationRules,
    ProtestRules,
    FaultRules,
    DeedRules,
):
    """Every rule class in one: the extractor of one article.

    :data:`diplokg.extract.steps.STEPS` says in which order its steps run and what each
    needs and provides; the methods here are the steps that join the fact kinds up.
    """

    def find_publisher(self) -> None:
        if not self.publisher:
            return
        pub = self.publisher
        for ent in self.ents.values():
            if ent.type == _MEDIA and (ent.name == pub or ent.key == pub or pub in ent.aliases):
                self.publisher_key = ent.key
                return
        if self.registry is not None:
            self.publisher_key = _registry_publisher(self.registry, pub)

    def link_quotes_to_statements(self) -> None:
        for q in self.quotes:
            for st in self.statements:
                if q.speaker in st.issuers:
                    q.statement = st.id
                    if not q.reported_by and st.reported_by:
                        q.reported_by = list(st.reported_by)
                    break
            if q.statement is None:
                continue
            st = next(s for s in self.statements if s.id == q.statement)
            if not st.reported_by and q.reported_by and st.rule == "statement:according-to":
                st.reported_by = [r for r in q.reported_by if r not in st.issuers]

    def _talks_of(self, st: _Stmt) -> _Evt | None:
        """The last meeting told before ``st`` whose participants (or the states and bodies
        they serve) are all of its issuers; for a release titled a joint communiqué, the
        last told in its title ("… on the occasion of the Meeting between A and B"), else
        the first its text tells (the talks it reports on)."""
        theirs = []
        for ev in self.events:
            if ev.kind != "meeting":
                continue
            sides = set(ev.participants)
            for k in ev.participants:
                sides.update(p.org for p in self.positions if p.holder == k)
                sides.add(self.ents[k].country or k)
            if set(st.issuers) <= sides:
                theirs.append(ev)
        titled = st.rule == "statement:joint-title"
        before = [ev for ev in theirs if ev.span[0] <= (st.span[1] if titled else st.span[0])]
        if before:
            return max(before, key=lambda ev: ev.span[0])
        if titled and theirs:
            return min(theirs, key=lambda ev: ev.span[0])
        return None

    def finish_events(self) -> None:
        for relay, principal in self.relay_principals.items():
            self.ents[relay].name = f"spokesperson for {self.ents[principal].name}"
        # A communiqué is adopted at its organisation's summit, or at the talks of its issuers
        # told before it; without one it is a statement.
        for st in self.statements:
            when = self.date_near(st.span[0], after_only=True)
            if when is not None and when[0] - st.span[1] <= 40:
                st.date = when  # "said in a statement on Wednesday"
            if st.kind == "communique":
                org = st.issuers[0]
                ev = next(
                    (
                        e
                        for e in self.events
                        if e.kind in ("summit", "conference") and e.organizer == org
                    ),
                    None,
                )
                if ev is None and len(st.issuers) >= 2:
                    ev = self._talks_of(st)
                if ev is None:
                    st.kind = "statement"
                else:
                    st.issued_at = ev.id
            if st.kind == "report" and not st.summary:
                st.summary = _sentence_case(self.text[st.span[0] : st.span[1]])
            if st.kind == "report" and not self.ents[st.issuers[0]].is_org:
                st.kind = "statement"
        self.fold_meetings_into_visits()
        # meetings need two participants; conferences one participant or organiser
        keep = []
        used = {a.event for a in self.absences} | {s.issued_at for s in self.statements}
        for ev in self.events:
            if ev.kind == "meeting" and len(set(ev.participants)) < 2:
                continue
            if ev.kind in ("conference", "summit") and not ev.participants and ev.id not in used:
                continue
            keep.append(ev)
        self.events = keep
        ids = {e.id for e in self.events}
        for ev in self.events:
            if ev.occasion not in ids:
                ev.occasion = None
            # Whatever rule or merge dated it, an event held is never dated after the
            # article (the shapes refuse it): "is happening during … on 28 February" in an
            # article of the 25th is planned.
            if ev.status == "held" and ev.date is not None and self.after_publication(ev.date):
                ev.status = "planned"
