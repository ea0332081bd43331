"""Agreeing: the patterns the agreement rules read. The verbs of agreeing and signing and
the instruments agreed ("signed a memorandum of understanding"), an instrument's name
("the Treaty of Friendship and Cooperation") and how long it runs ("for twenty years"),
the subjects that agree ("they", "the two ministers", "We"), and the commitments told
("agreed to continue", "confirmed that they will").

They are the vocabulary of :mod:`diplokg.extract.agreements` and
:mod:`diplokg.extract.treaties`, kept below both so that each rule module reads as what
it decides and neither imports the other.
"""

from __future__ import annotations

import re

from diplokg.extract.patterns import (
    _MONTHS,
    _WEEKDAYS,
)
from diplokg.extract.text import Scan, group_words, head_scan

_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y"}
_AGREEMENT_NOUNS = (
    r"pact|agreement|treaty|deal|accord|memorand(?:ums?|a)(?:\s+of\s+understanding)?|MoU|"
    r"convention|"
    r"protocol|ceasefire|cease-fire|truce|arrangement|charter|partnership|framework|contract|"
    r"(?:prisoners?|captives?|detainees?)\s+(?:exchange|swap)|"
    r"(?:exchange|swap)\s+of\s+(?:prisoners(?:\s+of\s+war)?|detainees|captives|bodies)"
)
_AGREEMENT = re.compile(
    r"\b(?P<verb>have\s+agreed\s+to\s+sign|has\s+agreed\s+to\s+sign|agreed\s+to\s+sign|"
    r"agreed\s+to\s+conclude|agreed\s+on|agreed\s+to|have\s+agreed|has\s+agreed|agreed|"
    r"(?:have\s+|has\s+|had\s+)?signed|"
    r"(?:have\s+|has\s+|had\s+)?put\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)|(?:have\s+|has\s+)?concluded|(?:have\s+|has\s+)?reached|"
    r"(?:have\s+|has\s+)?struck|(?:have\s+|has\s+)?inked|(?:have\s+|has\s+)?sealed|"
    r"(?:have\s+|has\s+)?finali[sz]ed|(?:have\s+|has\s+)?adopted|"
    r"(?:have\s+|has\s+|had\s+)?initiall?ed|"
    r"(?:will|would|are\s+to|is\s+to|plan\s+to|plans\s+to|are\s+set\s+to|is\s+set\s+to|"
    r"are\s+expected\s+to|is\s+expected\s+to)\s+(?:sign|conclude)|renewed|extended|strike|strikes|sign|signs|(?<![Tt]he\s)(?<!\bits\s)inks?(?!\s+(?:on|of|was|is)\b)|"
    r"(?:have\s+|has\s+)?ratified|(?:bringing|brought|putting|put)\s+into\s+force)"
    r"(?:\s+|(?=,))"
    r"(?P<gap>(?:,[^,.;]{1,60},\s+)|(?:(?!an?\b|the\b)[^.;,“”\"]{1,50}?\s+(?=(?:an?|the)\s)))?"
    r"(?P<np>(?:(?:an?|the|their|its|a\s+new|new)\b)?\s*(?P<kind>(?:[\w’'-]+\s+){0,5}?(?:(?i:"
    + _AGREEMENT_NOUNS
    # a declaration signed (only so: see _DECLARATION), the French word order of machine
    # translation kept: "a declaration conjoint"
    + r")s?|(?i:declarations?)(?:\s+(?i:conjointe?s?))?)))\b"
)
#: a truce the sides already hold, told by what they do under it: "A and B accuse each
#: other of violating the ceasefire", "… live under a cease-fire agreement", "talks that
#: included 20 cease-fire agreements"
_TRUCE_HELD = re.compile(
    r"\b(?:violat\w+|breach\w*|break(?:s|ing)?|broke|observ(?:e|es|ed|ing)|respect(?:s|ed|ing)?|"
    r"uph[eo]ld(?:s|ing)?|abid(?:e|es|ing)\s+by|abided\s+by|under|included|includes)\s+"
    r"(?P<np>(?:an?|the|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?P<kind>(?:(?!the\b|an?\b)[\w-]+\s+){0,2}?(?i:cease-?\s?fire|truce|armistice)"
    r"(?:\s+(?i:agreements?|accords?|deals?))?|"
    r"(?:(?!the\b|an?\b)[\w-]+\s+){0,2}?(?i:cease-?\s?fires|truces|armistices)))\b"
)
#: Tried only before the truce's noun (its first word, any case: "cease" of "cease-fire"):
#: "abiding by the" and two words are five chunks before it.
_TRUCE_HELD_SCAN = Scan(
    _TRUCE_HELD,
    frozenset({"ceasefire", "ceasefires", "cease", "truce", "truces", "armistice", "armistices"}),
    chunks=5,
)
#: words before a truce that make it none held: a wish, a proposal, a condition
_TRUCE_HEDGE = re.compile(
    r"\b(?:would|could|might|may|if|whether|any|no|propos\w+|call\w*\s+for|urg\w+|seek\w*|"
    r"hop\w+)\b"
)
#: "the arrangement with Russia", "its treaty with B": an agreement its owner holds with B
_AGREEMENT_WITH = re.compile(
    r"\b(?:the|its|their)\s+(?P<kind>(?:(?!the\b|an?\b)[\w-]+\s+){0,2}?(?:agreement|treaty|"
    r"accord|pact|arrangement|deal|memorandum\s+of\s+understanding|ceasefire|cease-fire|"
    r"truce))\s+with\s+(?:the\s+)?(?=[A-Z])"
)
_AGREEMENT_WITH_SCAN = head_scan(_AGREEMENT_WITH)
#: words before "the arrangement with B" that make it none its owner holds: a truce's
#: hedges, and an agreement sought, negotiated or still to be signed
_WITH_HEDGE = re.compile(
    r"\b(?:would|could|might|may|if|whether|any|no|new|propos\w+|call\w*\s+for|urg\w+|"
    r"seek\w*|sought|hop\w+|want\w*|negotiat\w+|pursu\w+|reach\w*|sign\w*|conclud\w+|"
    r"talks|towards?|push\w*|plan\w*|aim\w*|work\w*)\b"
)
#: a declaration is an agreement only when signed ("signed a joint declaration"); one
#: issued, adopted or agreed on is a statement
_DECLARATION = re.compile(r"(?i:declarations?)(?:\s+conjointe?s?)?$", re.I)
_SIGNING_VERB = re.compile(
    r"(?:(?:have|has|had)\s+)?(?:signed|signs?|inked|inks?|initiall?ed|"
    r"put\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on))\s*",
    re.I,
)
_NOT_MADE = re.compile(  # "has yet to sign", "wants to sign", "could sign": none (yet)
    r"\b(?i:yet|fail(?:ed|s|ing)?|unable|hesitat\w*|reluctant|not\s+ready|whether|wants?|wanted|"
    r"hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|wish(?:es|ed)?|would\s+like|ready|willing|"
    r"eager|keen|prepared)\s+to\s+$|\b(?:could|might|may)\s+(?:\w+\s+)?$"
)
#: a capitalised word of a name, not a day's or a month's ("… Agreement on Monday")
_CAP = rf"(?!(?:{_WEEKDAYS}|{_MONTHS})\b)[A-Z][\w’'-]*"
#: "Agreement on Trade and Investment": a name by its topic, read as "… agreement"
#: ("Memorandum of Understanding Concerning Strategic Civil Nuclear Cooperation": a
#: "strategic civil nuclear cooperation memorandum of understanding", the topic first)
_NAMED_ON_START = re.compile(
    r"(?P<noun>Agreement|Treaty|Accord|Pact|Convention|Memorandum\s+of\s+Understanding)"
    r"(?:\s+\((?:MOU|MoU)\))?\s+(?:on|[Cc]oncerning|[Rr]egarding|[Rr]elating\s+to)\s+"
    rf"(?P<topic>{_CAP}"
    rf"(?:(?:,\s+|\s+(?:(?:and|of|for|the|in|&)\s+)*){_CAP})*)"
)
#: "Treaty of Friendship and Cooperation": a name kept as written
_NAMED_OF_START = re.compile(
    r"(?:Agreement|Treaty|Accord|Pact|Convention|Protocol|Memorandum|Charter)\s+of\s+"
    rf"(?!Understanding\b){_CAP}(?:(?:,\s+|\s+(?:(?:and|of|for|the|in|on|&)\s+)*){_CAP})*"
)
#: the agreement noun an instrument's name ends with
_INSTRUMENT_NOUN = re.compile(
    r"(?:Agreements?|Treaty|Treaties|Accords?|Arrangements?|Memorandum\s+of\s+Understanding|"
    r"Memoranda\s+of\s+Understanding|Conventions?|Protocols?|Pacts?|Partnership|Charter|"
    r"Compact|Framework|Deal)$"
)
_MOU = re.compile(
    r"^(?P<pre>.*?)\b(?:mou|memorand(?:ums?|a)\s+of\s+understanding)(?P<pl>s)?$", re.I
)
#: an instrument's name: capitalised words and the small words between them, ending with an
#: agreement noun ("Status of Forces Agreement", "Partnership and Cooperation Agreement",
#: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership")
_CAPITALISED_RUN = re.compile(rf"{_CAP}(?:\s+(?:(?:and|of|for|on|the|to|in|&)\s+)*(?:{_CAP}|\d+))*")
#: "the signing of the landmark Partnership and Cooperation Agreement": the instrument signed
_SIGNING_OF_NAMED = re.compile(
    r"\bsigning\s+of\s+(?:the\s+|an?\s+)?(?:(?:landmark|historic|new|first|bilateral|"
    r"so-called)\s+)*(?=[A-Z])"
)
# when a verb's event happened, said between the verb and its object: "agreed on Monday to",
# "signed today three agreements", "met this morning with"
_WHEN_GAP = (
    rf"(?:(?:on\s+|last\s+|this\s+)?(?:{_WEEKDAYS})|today|yesterday|tonight|earlier\s+today|"
    r"this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week|month|year)|"
    r"earlier\s+this\s+(?:week|month|year)|"
    rf"in\s+(?:(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{4}})|"
    rf"on\s+(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?)"
)
#: where a deed is agreed, or how: "agreed in Tokyo to", "agreed in principle to"
_WHERE_GAP = (
    r"in\s+principle|(?:in|at)\s+(?!(?:" + _MONTHS + r")\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
)
_AGREED_TO_DO = re.compile(  # "have agreed to continue …" (a verb, not "to a deal", "to sign")
    # ("agree to" in a digest's present tense; "A and B pledged to work together": a pledge
    # both make)
    rf"\b(?:(?:have|has|had)\s+)?(?:also\s+|jointly\s+)?(?:agreed|agrees?|decided|(?P<committed>committed|commits?)|(?P<pledged>pledged|vowed)|(?:re)?affirmed|"
    # a readout's shared view of a deed: "the two leaders shared the view to jointly uphold …",
    # "affirmed to establish …" (as a readout translated tells it); never "shared the view
    # that …", a judgement (see the gold's d09, d12)
    rf"(?P<shared>shared\s+(?:the|their|a)\s+(?:common\s+)?(?:view|intention|determination|resolve))|"
    # "Both Ministers restated their commitment to maintain …": a commitment both make (of a
    # deed: "their commitment to the alliance" is none)
    r"(?P<restated>(?:re)?stated|reaffirmed|reiterated|renewed|underscored|underlined)\s+their\s+"
    r"(?:(?:shared|strong|joint|mutual|continued|firm)\s+)?commitment)\s+"
    r"(?:with\s+(?P<with>[A-Z][^.;,]{1,60}?|"
    rf"(?:his|her|their)\s+(?:\w+\s+)?counterparts?(?:,\s+[^.;,]{{2,60}},)?)\s+)?(?:(?:{_WHEN_GAP}|{_WHERE_GAP}),?\s+){{0,2}}"
    r"(?:on\s+the\s+(?:need|importance|necessity)\s+)?[“\"]?to\s+(?:further\s+)?"
    r"(?P<vp>(?![a-z]+(?<!e)ed\b)(?!sign\b|conclude\b|a\b|an\b|the\b|this\b|that\b|it\b|its\b|their\b)[a-z]+\b)"
)
_AGREED_TO_DO_SCAN = head_scan(_AGREED_TO_DO)
_AGREED_TO_NP = re.compile(  # "They agreed to a relationship based on mutual respect, …"
    r"\b(?:(?:have|has|had)\s+)?(?:also\s+)?agreed\s+to\s+(?P<np>an?\s+"
    r"(?!(?:new\s+|further\s+|second\s+|third\s+)?(?:meeting|visit|summit|talks|call|"
    r"request|proposal|plan|demand|offer|invitation|date|time|trip|round|statement|"
    r"communiqu\w*|readout)\b)"
    r"(?P<first>[a-z][\w-]*)[^,;:.“”\"]{3,80}?)(?=\s*[,;:.]|\s*$|\s+(?:and\s+to|in\s+keeping)\b)"
)
_AGREED_TO_NP_SCAN = head_scan(_AGREED_TO_NP)
_WITH_COUNTERPART = re.compile(  # "… with his counterpart, Minister of Defence X"
    r"\s+with\s+(?:his|her|their)\s+(?:\w+\s+)?counterparts?\b"
)
_TRAVELS_TO = re.compile(  # "X departs tonight for P", "X travels to P": a visit's start
    r"\b(?:departs?|departed|leaves|left|travels?|travelled|traveled|heads?|headed|flies|flew)"
    r"\s+(?:(?:today|tonight|tomorrow|this\s+\w+|on\s+\w+)\s+)?(?:for|to)\s+(?:the\s+)?"
)
_WITNESSED = re.compile(  # "… witnessed the signing of …": those who watched it made
    r"\b(?:(?:have|has|had|also|then|jointly)\s+)*(?:witnessed|attended|presided\s+over|oversaw)"
    r"\s+the\s+(?:exchange\s+and\s+)?$"
)
_AGREED_ON_IMPORTANCE = re.compile(  # "agreed upon the importance of the rule of law"
    r"\b(?:(?:have|has|had)\s+)?(?:also\s+)?agreed\s+(?:(?:up)?on\s+the\s+(?P<what>importance\s+of)\s+"
    r"(?=[\w“\"‘'])|"
    # "agreed (that) it was important to defend …": the importance of defending …
    r"(?:that\s+)?it\s+(?:was|is|would\s+be|remained|remains)\s+(?:(?:very|vitally|"
    r"particularly|especially|also|equally)\s+)?(?:important|essential|vital)\s+to\s+"
    r"(?P<verb>(?!be\b|have\b|not\b)[a-z]+)\b|"
    # "agreed that cooperation in the Arctic is important": the importance of cooperation …
    r"(?:(?:on\s+[A-Z][a-z]+|today|yesterday)\s+)?that\s+(?P<np>(?!(?:it|they|we|there|this|that|he|she|I|you)\b)[a-z][^.;:,“”\"]{2,80}?)\s+"
    r"(?:is|are|was|were|remains?|remained)\s+(?:(?:very|vitally|particularly|especially|also|"
    r"equally|extremely)\s+)?(?:important|essential|vital|crucial)\b)"
)
#: where a clause's subject begins: the sentence's start, after "that", "said", "and", or
#: after a leading phrase and its comma ("Furthermore, they …", "On Yemen, the ministers …")
_SUBJECT_LEAD = (
    r"(?:^\s*|\b(?:that|said|and)\s+|,\s+|"
    # a leading phrase with no comma: "In the statement the two leaders …"
    r"^\s*(?:In|At|During|After|Following)\s+(?:the|their|a)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|talks|meeting|call|communiqu\w+|declaration|summit|readout)\s+)"
)
#: "held a meeting with", "held a Japan-Australia Foreign Ministers' Meeting", "held a
#: telephone talk with"
_HELD_MEETING = re.compile(
    r"\b(?:held|had)\s+(?:a|an|the|their)\s+(?:[\w’'-]+\s+){0,5}?(?i:meeting|talks?|"
    r"consultations|summit|(?:phone|telephone|video)\s+(?:call|conversation))\b|"
    r"\bmet\s+(?:with\s+)?(?=[A-Z])"
)
_ASIDE_TO_VERB = re.compile(  # "A and B, watched by C and D, signed": an aside, then the verb
    r"\s*,[^,;.“”\"]{1,100},\s+(?:(?:have|has|had|also|jointly|then|today)\s+)*"
)
#: small words a kind cut short may not end on
_TRAILING_SMALL = frozenset(
    {
        "of",
        "the",
        "a",
        "an",
        "to",
        "and",
        "or",
        "in",
        "on",
        "for",
        "with",
        "by",
        "regarding",
        "through",
        "via",
    }
)
#: a first verb the agreeing one is coordinated with: "They discussed and agreed that …"
_AND_VERB = (
    r"(?:(?:[a-z]+ed|met|held)\s+(?:(?:the|their|a|an)\s+[^.;,“”\"]{1,80}?\s+|"
    # "agreed on the shared vision of peace, stability and order and decided to …"
    r"(?:on|upon)\s+(?:the|their|a|an)\s+[^.;“”\"]{1,120}?\s+)?and\s+"
    r"(?:(?:also|further|then)\s+)*)?"
)
_THOSE_WHO_MET = re.compile(  # "the ministers agreed", "the two signed": those who met
    _SUBJECT_LEAD + r"(?:[Tt]he\s+(?:two|three|four)|"
    # a leader's own telling after the talks: "Our two countries have agreed to …"
    r"[Oo]ur\s+(?:two|three|four)\s+(?:countries|nations|governments|leaders|sides|presidents)|"
    r"(?:[Tt]he\s+(?:(?:two|three|four)\s+)?|"
    r"[Bb]oth\s+)(?:world\s+)?(?i:ministers|leaders|sides|presidents|delegations|"
    r"foreign\s+ministers|prime\s+ministers)|"
    # "Agriculture ministers inked …", "the trade ministers signed …": the ministers of a
    # portfolio of the states whose leaders met
    r"(?:(?:[Tt]he\s+(?:(?:two|three|four)\s+)?|[Bb]oth\s+)?(?i:agriculture|trade|defen[cs]e|"
    r"finance|energy|economy|health|education|transport|justice|environment|culture|"
    r"tourism|interior|economic|industry|fisheries)\s+ministers))\s+(?:(?:have|has|had|also|then|later|finally|further)\s+)*"
    + _AND_VERB
    + "$"
)
_THEY = re.compile(  # "They agreed", "Furthermore, they confirmed", "… and they also agreed"
    _SUBJECT_LEAD
    + r"[Tt]hey\s+(?:(?:have|has|had|also|then|later|finally|further|both|all)\s+)*"
    + _AND_VERB
    + "$"
)
#: A speaker and another as the subject of a transcript's turn: "Prime Minister Howard and I
#: have agreed", "X and I also agreed" (see signers._clause_parties).
_AND_I = re.compile(r"\s+and\s+I\s+(?:(?:have|had|also|both|jointly|today)\s+)*$")
_WE = re.compile(  # "We agreed", "2. We have also committed" (a numbered paragraph)
    r"\s*(?:\d+\.\s+)?We\s+(?:(?:have|also|further|jointly)\s+)*"
)
#: an agreement told as made with someone, by the clause's subject (or the quote's
#: speaker, as "I"/"we"): "the denuclearization agreement reached with Chairman Kim"
_REACHED_WITH = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)\s+(?P<kind>(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|deal|accord|treaty|pact))\s+(?:(?:that\s+)?(?:was|were|we|I|it|they)\s+"
    r"(?:had\s+|have\s+|has\s+)?)?(?P<v>reached|signed|concluded|struck|made)\s+with\s+"
)
#: Tried only before its verb: "the" + three words + "agreement that was had reached" is
#: eight chunks before it (a "the" or "a" opens most sentences: tried at each, far more).
_REACHED_WITH_SCAN = Scan(_REACHED_WITH, group_words(_REACHED_WITH, "v"), chunks=8)
#: adverbs of degree a kind leaves out ("has significantly affected": "has affected")
_DEGREE_WORDS = frozenset({"significantly", "greatly", "deeply", "seriously", "profoundly"})
#: "We agree that the pandemic has affected …" in a joint release: a view its issuers
#: state together, the clause after "that" up to its end (never "We agree that it is …",
#: whose clause names nothing agreed, nor a view hedged or denied)
_WE_AGREE_THAT = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))\s*(?:\d+\.\s+)?We\s+(?:(?:have|also|further|jointly|both)\s+)*"
    r"(?:agree|agreed)\s+that\s+(?P<what>(?!(?:it|this|that|there)\b)[^.;:“”\"]{8,200})"
)
#: the words every match of _WE_AGREE_THAT holds, searched first: a pattern opening on a
#: literal is searched fast, one opening on "^" or a look-behind is tried at every character
_WE_AGREE_CUE = re.compile(
    r"We\s+(?:(?:have|also|further|jointly|both)\s+)*(?:agree|agreed)\s+that\s"
)
#: the subject a sentence opens with, after a leading phrase and its comma: whom a "they"
#: in the next sentence stands for
_OPENING_SUBJECT = re.compile(
    # (a leading phrase never swallows the subject: "The two sides agreed to …, and …")
    r"\s*(?:(?!(?:[Tt]he\s+(?:two|three|four)|[Tt]hey|[Bb]oth)\b)"
    # ("During the 50th anniversary of A (X) and the 40th anniversary of …, ": a long one)
    r"(?:[A-Z][^,.;:]{0,160}|\d+\.?|\d+\s+[a-z][^,.;:]{0,80}),\s+)?(?P<subj>(?P<they>[Tt]hey\b)|"
    r"(?P<group>(?:[Tt]he\s+(?:(?:two|three|four)\s+)?|[Bb]oth\s+)(?:foreign\s+|prime\s+)?"
    r"(?i:ministers|leaders|sides|presidents|delegations)\b|[Tt]he\s+(?:two|three|four)\b))?"
)
#: "(the ministers) concurred that they would …", "confirmed that they will …", "agreed
#: that, in order to …, the two countries would …": a commitment both make, told as what
#: they will do (never "confirmed that it is important", "agreed that these were …")
#: what "they will …" plans when it is a meeting or a journey, not a deed agreed on
_GOING = frozenset(
    {"meet", "hold", "convene", "host", "visit", "attend", "participate", "travel", "go", "come"}
)
_VERB_NEXT = re.compile(  # a verb right after a subject: "A and B have …", "A and B met"
    r"\s+(?:(?:have|has|had|also|then|jointly|long|both)\s+)*(?:[a-z]+ed|are|were|agreed|met|"
    r"signed|held|began|made|took|saw|did|do|will|would)\b"
)
_COMMITTED_THAT = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:also\s+|further\s+)?(?:agreed|concurred|confirmed)\s+that\s*"
    # an adjunct before the subject: "that, in order to …, they", "that for the next summit,"
    r"(?:,[^.;]{3,200}?,\s*|(?:for|at|in|ahead\s+of|towards?|during|by)\s+[^.;,]{3,80}?,\s*)?"
    r"(?P<who>they|[Tt]he\s+two\s+(?:countries|sides|governments|nations|states)|"
    r"(?P<both>(?:[a-z][\w-]*\s+){1,4}(?:from|of)\s+both\s+(?:sides|countries|governments))|"
    r"both\s+(?:countries|sides|governments)|(?=[A-Z])[^.;,]{2,80}?)\s+"
    r"(?:will|would|shall)\s+(?:(?:also|further|closely|jointly|now)\s+)*"
    r"(?:(?P<vp>(?!be\b|have\b|not\b|never\b)[a-z]+)|be\s+(?:(?:further|steadily|jointly|"
    r"also|continuously|greatly)\s+)*(?P<pp>[a-z]+ed))\b"
)
#: what a passive commitment is about: "… confirmed that A-B cooperative relations will be
#: advanced": their own relations (never "the meeting will be held")
#: a courtesy, not a deed agreed: "agreed to remain in close touch", "stay in contact"
_COURTESY = re.compile(
    r"(?:remain|stay|keep|be)\s+in\s+(?:close\s+|regular\s+|constant\s+)?(?:touch|contact|"
    r"communication)\b"
)
_THEIR_RELATIONS = re.compile(
    r"\b(?:relations|relationship|cooperation|ties|partnership|coordination)$"
)
_AGREED_ON = re.compile(  # "agreed on Wednesday on a new tariff for …" (not "on the need to")
    rf"\b(?:(?:have|has|had)\s+)?(?:also\s+|finally\s+|jointly\s+)?(?:agreed|decided)\s+"
    rf"(?:{_WHEN_GAP},?\s+)?"
    r"(?:on|upon)\s+(?:an?|the|their)\s+(?:(?:new|joint|common|revised)\s+)?"
    r"(?P<np>(?!(?:need|importance|necessity|sidelines|margins|fact|way(?!\s+forward))\b)(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*)(?=\s+(?:for|of|to|on|with|that|which|in|at|by|between)\b|[,.;])"
)
_AGREED_ADJUNCT = re.compile(  # where the deed agreed to ends: an adjunct of time, place or cause
    r",|\s+(?:following|after|before|during|while|amid|when|today|yesterday|tonight|"
    r"this\s+(?:morning|afternoon|evening|week|month|year)|(?:next|last)\s+(?:week|month|year)|"
    r"at\s+the\s+end\s+of|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)|(?P<place>in|at)\s+(?=[A-Z])|"
    # the subject's next verb: "pledged to expand cooperation and reaffirmed their
    # commitment to …" (a past tense and its object, not "and related issues")
    r"and\s+(?:also\s+)?[a-z]{3,}ed\s+(?=(?:their|its|his|her|the|a|an|that)\b))"
)
#: Bare plural agreement nouns: "agreements on security, the border and trade" are told
#: apart by what each is on (a single "memorandum on …" keeps its noun as its kind).
_BARE_AGREEMENT_KINDS = frozenset(
    {"agreements", "accords", "deals", "memoranda", "memoranda of understanding", "arrangements"}
)
_AGREEMENT_ON = re.compile(  # "… agreements on security and trade" (not "on Monday", "on behalf")
    rf"\s+on\s+(?!(?:{_WEEKDAYS}|{_MONTHS})\b|\d|behalf\b|the\s+sidelines\b|the\s+margins\b|"
    r"(?:this|that|which|whose|the\s+same)\b)(?P<topic>[a-z])"
)
_AGREEMENT_BEFORE_BETWEEN = re.compile(  # "the (new) trade agreement (on X) " before "between"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<kind>(?:(?!proposed\b|possible\b|potential\b|future\b|draft\b|"
    r"(?:[Tt]he|[Aa]n?)\b|prospective\b|planned\b|forthcoming\b|upcoming\b|eventual\b|pending\b)[\w’'-]+\s+){0,4}?"
    r"(?i:" + _AGREEMENT_NOUNS + r"))\s+(?:(?:on|for)\s+(?:(?!was\b|were\b|has\b|had\b|have\b)"
    r"[\w’'-]+\s+){1,4}?(?=(?:was|were|has|had|have)\s|$))?"
    # "the agreement (that was) reached between A and B", "the accord signed between"
    r"(?P<made>(?:(?:that\s+|which\s+)?(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?"
    r"(?:formally\s+|jointly\s+)?(?:signed|concluded|reached|agreed|struck|inked|sealed|"
    r"initiall?ed)\s+)?$"
)
_AGREEMENT_NP = re.compile(  # "the Agreement on Peace, Friendship and …", "a 1951 defense treaty"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:[Tt]he|an?)\s)[\w’'-]+\s+){0,6}(?i:"
    + _AGREEMENT_NOUNS
    + r")s?\b"
    r"(?:\s+(?:on|for|of)\s+(?:[A-Z][\w’'-]*|the|and|of|for|on|through|a|[a-z]+ing),?"
    r"(?:\s+(?:[A-Z][\w’'-]*|the|and|of|for|on|in|through|a),?){0,10})?"
)
_AGREEMENT_NP_TO_VERB = re.compile(  # from the noun phrase to "signed by": no other verb
    r"(?:\s*\([A-Z]+\))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+)?(?:(?:formally|jointly|finally)\s+)?"
)
_AGREEMENT_BY = re.compile(
    r"\b(?:(?P<verb>signed|agreed|concluded|reached|initiall?ed|ratified)\s+"
    r"(?:(?:on|in)\s+[^.;]{1,30}?\s+)?"
    r"by\s+|(?P<signing>signing|(?P<reaching>reaching|concluding|striking))\s+(?:(?:yesterday|today|\w+day)\s+)?(?:of\s+(?P<np>[^.;]{5,160}?)"
    r"\s+between\s+|by\s+|(?P<np3>(?:(?:an?|the|this|their|two|three|four|several)\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?i:agreements?|accords?|treaty|treaties|deals?|memorand\w+(?:\s+of\s+understanding)?|mous?|pacts?)\b)))"
)
#: After an agreement's noun, a purpose or relative clause its "between" belongs to: "a
#: new X Agreement to further facilitate mutual support between A's forces and B's",
#: "an accord that eases trade between …".
_PURPOSE_AFTER_AGREEMENT = re.compile(
    r",?\s+(?:(?:in\s+order\s+)?to\s+(?:further\s+|better\s+|help\s+)?[a-z]+|"
    r"(?:which|that)\s+(?:will\s+|would\s+|should\s+)?[a-z]+)\b"
)
#: before the names of those who sign or hold an agreement, the group they make and the
#: posts they hold: "the two countries’ Presidents ", "their foreign ministers, ", "the
#: leaders of ", "the governments of the "
_GROUP_BEFORE_NAMES = re.compile(
    r"(?:(?:the\s+)?(?:two|both|three)\s+(?:[\w-]+\s+)?(?:countries|nations|states|sides|"
    r"governments|neighbou?rs|partners|allies)[’']\s+|their\s+)(?:respective\s+)?"
    r"(?:(?i:presidents|prime\s+ministers|foreign\s+ministers|ministers|leaders|heads\s+of\s+"
    r"state|representatives|envoys)),?\s+|"
    r"(?:the\s+)?(?i:governments?|leaders|presidents|heads\s+of\s+state|foreign\s+ministers|"
    r"representatives|delegations)\s+of\s+(?:the\s+)?"
)
_ALSO_AGREEMENT = re.compile(  # "…, as well as an accord on visa-free travel"
    r"[^.;]{0,80}?,?\s+(?:as\s+well\s+as|and\s+also|and)\s+(?P<np2>(?:an?|the|another)\s+"
    r"(?P<kind2>(?:[\w’'-]+\s+){0,3}?(?i:agreement|treaty|accord|pact|deal|memorandum"
    r"(?:\s+of\s+understanding)?|protocol|convention)))\b"
)
_AGREEMENT_THEN = re.compile(  # "The treaty is concluded for twenty years."
    rf"(?:The|This|It)\s+(?:(?i:{_AGREEMENT_NOUNS})\s+)?(?:is|was|will|shall|would|"
    r"runs?|lasts?|remains?)\b[^.;]*?"
)
_DURATION = re.compile(
    r"\b(?<!another\s)(?<!further\s)(?<!additional\s)(?:for|over|covering|lasting|valid\s+for|"
    r"duration\s+of)\s+(?:(?:the|a|an)\s+)?(?:(?:next|coming|initial|first)\s+)?(?:period\s+of\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+(?P<unit>year|month|week|day|decade)s?\b|"
    r"\b(?P<n2>\d+|[a-z]+)-(?P<unit2>year|month|week|day)\b"
)
_DURATION_OF_AGREEMENT = re.compile(  # after "20-year": the agreement it is the term of
    rf"(?:\s+[a-z-]+){{0,2}}?\s+(?i:{_AGREEMENT_NOUNS})|\s*(?:term|period|extension)\b"
)
_THROUGH_ASIDE = re.compile(  # "A, through its aid agency (AID), and B signed": the means
    r",\s+(?:through|via|acting\s+through|represented\s+by)\s+[^,;:]{3,120},\s+and\s+(?:the\s+)?"
)
_THIS_NAMED = re.compile(  # "This Partnership Agreement", "This new agreement, the ‘X Framework’"
    r"\s*(?:This\s+(?=[A-Z])|This\s+(?:(?:new|historic|landmark|first)\s+)*"
    r"(?:agreement|deal|accord|treaty|pact|arrangement|framework|compact),?\s+"
    r"(?:(?:known\s+as|called|named)\s+)?(?:the\s+)?[‘“'\"]?(?=[A-Z]))"
)


def _gerund(verb: str) -> str:
    """The -ing form of a plain verb: "work" → "working", "make" → "making", "tie" →
    "tying", "get" → "getting"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one syllable: "stop"
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _own_duration(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first term in ``text[lo:hi]`` an agreement may run for: "for five years", "a
    20-year pact", never another noun's ("ends a ten-year dispute")."""
    for dm in _DURATION.finditer(text, lo, hi):
        if dm.group("n2") is None or _DURATION_OF_AGREEMENT.match(text, dm.end(), hi):
            return dm
    return None


def _mou_spelt(m: re.Match[str]) -> str:
    """'MoU' spelt out: 'memorandum of understanding', 'MoUs': 'memoranda of …'."""
    noun = "memoranda" if m.group("pl") else "memorandum"
    return f"{m.group('pre')}{noun} of understanding"
