"""Accusations the extractor drafts, one parametrized case per class of phenomenon
(issue 12: recall on unseen news without losing precision).

Every sentence is written for this file. A case names the text and one accusation,
``(accuser, accused, hedged)``, read back as the evaluation reads it; ``present=False``
cases are the negatives each class must not yield (denials, reversed direction,
the government criticising itself).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from diplokg.evaluate.predict import predict
from diplokg.extract import extract_annotation

DAY = dt.date(2025, 3, 14)


def accusations(text: str) -> set[tuple[str, str, bool]]:
    draft = extract_annotation(text, article_id="t", published=DAY, publisher="Wire")
    found = predict(draft.annotation, text=text, published=DAY).accusations
    return {(a.accuser.name, a.accused.name, a.hedged) for a in found}


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    fact: tuple[str, str, bool]
    present: bool = True


# A story whose headline and first paragraph name its states, with no dateline place.
NORWAY = (
    "Norway and Sweden sign a ferry deal\n\nNorway and Sweden signed a ferry deal on Monday.\n\n"
)
SPAIN = (
    "Spain and Portugal agree on river quotas\n\nSpain and Portugal agreed on quotas on Monday.\n\n"
)

# A press statement whose header names who issued it.
RELEASE = (
    "Ferry Deal Signed\n\nPress Statement\nAnna Berg\nForeign Minister\nOslo, Norway\n"
    "March 14, 2025\n\nToday Norway and Sweden signed a ferry deal.\n\n"
)

CASES = [
    # -- "accused the government of …": the critic's home government, the story's first state
    Case(
        "opposition-accuses-the-government",
        NORWAY + "Opposition leader Petter Lunde accused the government of ignoring ferry crews.",
        ("Petter Lunde", "Norway", False),
    ),
    Case(
        "said-and-accused-the-government",
        SPAIN + "Opposition leader Carmen Ibarra said the quotas were far too low and accused "
        "the government of betraying farmers.",
        ("Carmen Ibarra", "Spain", False),
    ),
    Case(
        "the-government-is-never-the-other-state",
        SPAIN + "Opposition leader Carmen Ibarra accused the government of betraying farmers.",
        ("Carmen Ibarra", "Portugal", False),
        present=False,
    ),
    Case(
        "did-not-accuse-the-government",
        NORWAY + "Opposition leader Petter Lunde did not accuse the government of ignoring "
        "ferry crews.",
        ("Petter Lunde", "Norway", False),
        present=False,
    ),
    # -- "X said the government had “…”": a critic's own quoted words on its government
    Case(
        "said-the-government-had-quoted-conduct",
        NORWAY + "Opposition leader Petter Lunde said the government had “sold the fjords "
        "for a photo”.",
        ("Petter Lunde", "Norway", False),
    ),
    Case(
        "told-a-magazine-that-ministers-were-quoted-conduct",
        SPAIN + "Opposition leader Carmen Ibarra told a newspaper that ministers were "
        "“treating the river like a tap”.",
        ("Carmen Ibarra", "Spain", False),
    ),
    Case(
        "a-government-quoting-its-own-plans-accuses-no-one",
        SPAIN + "Foreign Minister Luis Ortega of Spain said the government had “every "
        "intention” of meeting the quotas.",
        ("Luis Ortega", "Spain", False),
        present=False,
    ),
    Case(
        "said-the-government-had-not-quoted",
        NORWAY + "Opposition leader Petter Lunde said the government had not “sold the fjords”.",
        ("Petter Lunde", "Norway", False),
        present=False,
    ),
    # -- "X said Y was resorting to / used … to smear": widened deeds of a said clause
    Case(
        "said-a-body-was-resorting-to",
        "Foreign Minister Anna Berg of Sweden told reporters that the European Union was "
        "resorting to threats over fishing rights.",
        ("Anna Berg", "European Union", False),
    ),
    Case(
        "said-a-demonym-government-appeared-to-have-used-to-smear",
        "A State Department spokesperson, Tom Reyes, said the Hungarian authorities appeared "
        "to have used public radio to smear rival candidates.",
        ("Tom Reyes", "Hungary", True),
    ),
    Case(
        "said-a-body-was-resorting-to-is-never-reversed",
        "Foreign Minister Anna Berg of Sweden told reporters that the European Union was "
        "resorting to threats over fishing rights.",
        ("European Union", "Anna Berg", False),
        present=False,
    ),
    Case(
        "denied-resorting-to",
        "Foreign Minister Anna Berg of Sweden said the European Union was not resorting to "
        "threats over fishing rights.",
        ("Anna Berg", "European Union", False),
        present=False,
    ),
    # -- "… who allegedly spied …": a hostile deed pinned, hedged, on the actor before it
    Case(
        "expelled-diplomats-who-allegedly-spied",
        "Poland expelled two Russian diplomats who allegedly spied on a naval base near Gdynia.",
        ("Poland", "Russia", True),
    ),
    Case(
        "said-vessels-of-a-state-reportedly-harassed",
        "The Greek foreign ministry said vessels of Turkey have reportedly been harassing "
        "commercial shipping.",
        ("Greek foreign ministry", "Turkey", True),
    ),
    Case(
        "two-subjects-each-accuse-an-alleged-deed",
        "Greece and Italy expressed concern about the Aegean, where vessels of Turkey have "
        "reportedly been harassing commercial shipping.",
        ("Greece", "Turkey", True),
    ),
    Case(
        "an-alleged-deed-is-never-reversed",
        "Poland expelled two Russian diplomats who allegedly spied on a naval base near Gdynia.",
        ("Russia", "Poland", True),
        present=False,
    ),
    Case(
        "an-alleged-deed-denied",
        "Poland expelled two Russian diplomats who allegedly did not spy on a naval base.",
        ("Poland", "Russia", True),
        present=False,
    ),
    Case(
        "reportedly-without-a-hostile-deed",
        "Poland welcomed two Russian diplomats who reportedly arrived in Warsaw on Monday.",
        ("Poland", "Russia", True),
        present=False,
    ),
    Case(
        "a-hedge-with-no-one-to-make-the-claim",
        "Russian troops allegedly crossed the border on Sunday.",
        ("Russia", "Russia", True),
        present=False,
    ),
    # -- "X said Y must first “end its …”": what Y must stop doing, it is accused of
    Case(
        "said-a-state-must-end-its-deed",
        "Spokesman Ravi Kumar of India said Pakistan must first “end its support for armed raids”.",
        ("Ravi Kumar", "Pakistan", False),
    ),
    Case(
        "said-a-state-must-not-end-accuses-no-one",
        "Spokesman Ravi Kumar of India said Pakistan must not end its support for the talks.",
        ("Ravi Kumar", "Pakistan", False),
        present=False,
    ),
    # -- "the attack, which X has blamed on Y": the relative clause's subject blames Y
    Case(
        "which-a-government-has-blamed-on",
        "The Security Council condemned the attack on a convoy, which the Government of Mali "
        "has blamed on Al-Shabaab, an armed group.",
        ("Mali", "Al-Shabaab", False),
    ),
    Case(
        "which-a-state-has-blamed-on-is-never-reversed",
        "The Security Council condemned the attack on a convoy, which Mali has blamed on "
        "Burkina Faso.",
        ("Burkina Faso", "Mali", False),
        present=False,
    ),
    Case(
        "which-a-state-has-not-blamed-on",
        "The attack, which Mali has not blamed on Burkina Faso, killed ten soldiers.",
        ("Mali", "Burkina Faso", False),
        present=False,
    ),
    # -- "…, but his government allegedly considers that Y delayed …": whose government
    Case(
        "his-government-considers-a-capital-delayed",
        "Argentina and Bolivia met on Monday. President Martín Ocampo of Argentina did not "
        "accuse Bolivia of obstruction, but his government allegedly considers that La Paz "
        "delayed a trilateral agreement for two years.",
        ("Argentina", "Bolivia", True),
    ),
    Case(
        "his-government-claim-is-never-reversed",
        "Argentina and Bolivia met on Monday. President Martín Ocampo of Argentina spoke to "
        "reporters. His government believes that La Paz delayed the agreement.",
        ("Bolivia", "Argentina", True),
        present=False,
    ),
    Case(
        "his-government-does-not-believe",
        "Argentina and Bolivia met on Monday. President Martín Ocampo of Argentina spoke to "
        "reporters. His government does not believe that La Paz delayed the agreement.",
        ("Argentina", "Bolivia", True),
        present=False,
    ),
    # -- "The United States stands with … . We call for X to end …": who "we" are
    Case(
        "we-call-for-after-a-sentence-about-a-state",
        "The United States stands with the people of Sudan. We call for the Sudanese Armed "
        "Forces and the Rapid Support Forces to end the violence.",
        ("United States", "Rapid Support Forces", False),
    ),
    Case(
        "we-do-not-call-for",
        "The United States stands with the people of Sudan. We do not call for the Sudanese "
        "Armed Forces to end the talks.",
        ("United States", "Sudanese Armed Forces", False),
        present=False,
    ),
    Case(
        "we-after-a-sentence-about-a-person-is-no-one",
        "Envoy Tom Perry stands with the people of Sudan. We call for the Sudanese Armed "
        "Forces to end the violence.",
        ("Tom Perry", "Sudanese Armed Forces", False),
        present=False,
    ),
    # -- "… also condemned the launch": the deed's culprit named earlier in the story
    Case(
        "condemned-the-launch-by-an-earlier-culprit",
        "UN chief condemns rocket launch by North Korea\n\nThe rocket was launched on "
        "Monday. The Security Council also condemned the launch.",
        ("UN Security Council", "North Korea", False),
    ),
    Case(
        "condemned-the-test-owned-earlier",
        "North Korea's missile test alarmed Japan. The Security Council condemned the test.",
        ("UN Security Council", "North Korea", False),
    ),
    Case(
        "condemned-the-test-nobody-was-said-to-make",
        "Japan reported the test of a new engine. The Security Council condemned the test.",
        ("UN Security Council", "Japan", False),
        present=False,
    ),
    Case(
        "did-not-condemn-the-test",
        "North Korea's missile test alarmed Japan. The Security Council did not condemn the test.",
        ("UN Security Council", "North Korea", False),
        present=False,
    ),
    # -- "X said activists had been detained": a repressive deed, its agent unnamed, pinned
    # on the state the story is about
    Case(
        "said-activists-had-been-detained",
        "Belarus tightens its grip on the opposition\n\nBelarus held a vote on Sunday. "
        "The United Nations said that dozens of students had been detained since May.",
        ("United Nations", "Belarus", False),
    ),
    Case(
        "said-inspectors-had-been-denied-access",
        "Iran says nuclear talks can go on\n\nIran hosted the talks on Monday. The head of "
        "the agency, Rafael Grossi, said last week that inspectors had been denied access "
        "to two sites.",
        ("Rafael Grossi", "Iran", False),
    ),
    Case(
        "detained-by-a-named-agent-is-no-charge-against-the-state",
        "Belarus tightens its grip on the opposition\n\nBelarus held a vote on Sunday. "
        "The United Nations said that dozens of students had been detained by a militia.",
        ("United Nations", "Belarus", False),
        present=False,
    ),
    Case(
        "had-not-been-detained",
        "Belarus tightens its grip on the opposition\n\nBelarus held a vote on Sunday. "
        "The United Nations said that the students had not been detained.",
        ("United Nations", "Belarus", False),
        present=False,
    ),
    Case(
        "a-state's-own-minister-on-arrests-at-home",
        "Belarus tightens its grip on the opposition\n\nBelarus held a vote on Sunday. "
        "Interior Minister Ivan Kubrakov of Belarus said that ten rioters had been arrested.",
        ("Ivan Kubrakov", "Belarus", False),
        present=False,
    ),
    # -- a critical quote accuses the one its hostile words are said of, never the first
    # name in it (a pronoun, another name or a new clause in between: no accusation)
    Case(
        "critical-quote-the-name-before-the-hostile-verb",
        "Ukraine wants more air defence\n\nUkrainian Foreign Minister Ivan Koval spoke in Kyiv. "
        '"Every night Russia targets our power plants," Koval said.',
        ("Ivan Koval", "Russia", False),
    ),
    Case(
        "critical-quote-a-first-name-then-another-clause",
        "Allies meet in Oslo\n\nNorwegian Foreign Minister Eva Lund spoke in Oslo. "
        '"NATO members agreed on dialogue while we hold them to account for efforts to '
        'destabilize the region," Lund said.',
        ("Eva Lund", "NATO", False),
        present=False,
    ),
    Case(
        "critical-quote-a-second-name-before-the-verb",
        "Allies meet in Oslo\n\nNorwegian Foreign Minister Eva Lund spoke in Oslo. "
        '"The European Union talks to Russia, which threatens its neighbours," Lund said.',
        ("Eva Lund", "European Union", False),
        present=False,
    ),
    Case(
        "critical-quote-a-deed-after-a-name",
        'Gaza talks stall\n\nSecretary-General Ban Ki-moon spoke in New York. "I deplore the '
        "toll of Israel's continued air strikes on Gaza,\" Ban said.",
        ("Ban Ki-moon", "Israel", False),
    ),
    Case(
        "critical-quote-a-call-to-abide",
        'Gaza talks stall\n\nSecretary-General Ban Ki-moon spoke in New York. "I call on '
        "Israel to abide by international law and to ensure its actions do not target "
        'civilians," Ban said.',
        ("Ban Ki-moon", "Israel", False),
    ),
    # -- a critical quote naming its target by a demonym, a call, a must-stop, a deed noun
    Case(
        "critical-quote-a-demonym-s-deed",
        'Oslo talks\n\nForeign Minister Anna Berg of Norway spoke on Monday. "The Russian '
        'strikes are a war crime," Berg said.',
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "critical-quote-the-speaker-s-own-state-s-deed-is-no-charge",
        'Oslo talks\n\nForeign Minister Anna Berg of Norway spoke on Monday. "The Norwegian '
        'strikes were illegal," Berg said.',
        ("Anna Berg", "Norway", False),
        present=False,
    ),
    Case(
        "critical-quote-a-call-on-a-state-to-withdraw",
        'Oslo talks\n\nForeign Minister Anna Berg of Norway spoke on Monday. "We call on '
        'Russia to withdraw its troops," Berg said.',
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "critical-quote-a-call-on-a-state-to-join-is-no-charge",
        'Oslo talks\n\nForeign Minister Anna Berg of Norway spoke on Monday. "We call on '
        'Sweden to join the talks," Berg said.',
        ("Anna Berg", "Sweden", False),
        present=False,
    ),
    Case(
        "critical-quote-a-state-must-stop",
        'Oslo talks\n\nForeign Minister Anna Berg of Norway spoke on Monday. "Iran must stop '
        'its destabilizing activities in the region," Berg said.',
        ("Anna Berg", "Iran", False),
    ),
    Case(
        "critical-quote-a-possessed-hostile-noun",
        "Oslo talks\n\nForeign Minister Anna Berg of Norway spoke on Monday. \"China's coercion "
        'of its neighbours is unacceptable," Berg said.',
        ("Anna Berg", "China", False),
    ),
    # -- "Russia's (continued) illegal war": a war the words call illegal, unprovoked, brutal
    Case(
        "said-a-state-stood-against-an-owned-unprovoked-war",
        NORWAY + "Foreign Minister Anna Berg said Norway stood with Ukraine against "
        "Russia’s unprovoked war.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "said-it-would-not-accept-an-owned-illegal-war",
        NORWAY + "Foreign Minister Anna Berg said Norway would never accept Russia’s illegal "
        "war in Ukraine.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "critical-quote-a-continued-illegal-war",
        NORWAY + 'Foreign Minister Anna Berg said: "Our support for Ukraine remains resolute '
        'in the face of Russia’s continued illegal war."',
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "a-war-with-no-judging-word-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg said Russia’s war in Ukraine had raised food prices.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "an-illegal-war-with-no-owner-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg said an illegal war anywhere would hurt trade.",
        ("Anna Berg", "Norway", False),
        present=False,
    ),
    Case(
        "a-denied-illegal-war-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg denied that Sweden was waging an illegal war.",
        ("Anna Berg", "Sweden", False),
        present=False,
    ),
    # -- "raised concerns about the scale of X's …": a measure of the owner's deed
    Case(
        "concern-about-the-breadth-and-scale-of-owned-practices",
        NORWAY + "Foreign Minister Anna Berg raised concerns about the breadth and scale of "
        "Russia’s fishing practices in the Barents Sea.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "concern-about-the-extent-of-an-owned-buildup",
        NORWAY + "Foreign Minister Anna Berg expressed concern about the extent of Russia’s "
        "military buildup near the border.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "concern-about-the-safety-of-owned-things-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg expressed concern about the safety of Russia’s "
        "nuclear plants.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "praise-of-the-scale-of-an-owned-contribution-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg praised the scale of Russia’s contribution to the "
        "relief effort.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "no-concern-about-the-extent-of-owned-practices",
        NORWAY + "Foreign Minister Anna Berg did not raise concerns about the extent of "
        "Russia’s fishing.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    # -- "She stressed that …, and raised concerns about": the pronoun speaks both verbs
    Case(
        "pronoun-stressed-that-and-raised-concerns",
        NORWAY + "Foreign Minister Anna Berg spoke about trade. She also stressed that trade "
        "needs fair rules, and raised concerns about Russia’s export subsidies.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "pronoun-welcomed-and-praised-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg spoke about trade. She welcomed Russia’s new "
        "policies, and praised its reforms.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    # -- "They discussed …" in the line right after the meeting: those who met
    Case(
        "they-on-the-next-line-discussed-a-brutal-demonym-invasion",
        "Oslo talks\n\nForeign Minister Anna Berg met Foreign Minister Tobias Lund in Oslo on "
        "Monday.\nThey discussed the brutal Russian invasion of Ukraine.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "they-on-the-next-line-condemned-an-owned-aggression",
        "Oslo talks\n\nForeign Minister Anna Berg met Foreign Minister Tobias Lund in Oslo on "
        "Monday.\nThey condemned Russia’s aggression against Ukraine.",
        ("Tobias Lund", "Russia", False),
    ),
    Case(
        "they-two-lines-after-the-meeting-is-no-one",
        "Oslo talks\n\nForeign Minister Anna Berg met Foreign Minister Tobias Lund in Oslo on "
        "Monday.\nTrade was on the agenda.\nThey discussed the brutal Russian invasion of "
        "Ukraine.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "they-did-not-discuss-an-owned-invasion",
        "Oslo talks\n\nForeign Minister Anna Berg met Foreign Minister Tobias Lund in Oslo on "
        "Monday. They did not discuss Russia’s invasion of Ukraine.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "they-never-mentioned-a-demonym-invasion",
        "Oslo talks\n\nForeign Minister Anna Berg met Foreign Minister Tobias Lund in Oslo on "
        "Monday.\nThey never mentioned the Russian invasion of Ukraine.",
        ("Tobias Lund", "Russia", False),
        present=False,
    ),
    # -- "X said:" closing its line, then "Today I have summoned the … envoy to condemn …"
    Case(
        "said-colon-then-i-have-summoned-an-envoy-to-condemn",
        NORWAY + "Foreign Minister Anna Berg said:\n\nToday I have summoned the Russian "
        "Ambassador to condemn in the strongest terms the abhorrent detentions.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "said-colon-then-we-summoned-an-envoy-to-protest",
        NORWAY + "Foreign Minister Anna Berg said:\nThis morning we summoned Iran’s Chargé "
        "d’Affaires to protest against the executions.",
        ("Anna Berg", "Iran", False),
    ),
    Case(
        "first-person-summons-with-no-colon-speaker-is-no-one",
        NORWAY + "Foreign Minister Anna Berg spoke on Monday. The talks went well.\n\n"
        "Today I have summoned the Russian Ambassador to condemn the detentions.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "said-colon-then-i-have-not-summoned-an-envoy",
        NORWAY + "Foreign Minister Anna Berg said:\n\nI have not summoned the Russian "
        "Ambassador to condemn anything.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "said-colon-then-a-summons-to-welcome-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg said:\n\nToday I have invited the Russian "
        "Ambassador to welcome the release of the fishermen.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    # -- "called on the regime to end …" a few sentences after the one state is named
    Case(
        "called-on-the-regime-three-sentences-after-its-state",
        "Oslo protests executions\n\nForeign Minister Anna Berg summoned Iran’s envoy on "
        "Monday. The UN said the trials were unfair. Human rights groups agreed.\n\n"
        "Norway has repeatedly called on the regime to end the use of the death penalty.",
        ("Norway", "Iran", False),
    ),
    Case(
        "called-on-the-regime-after-two-states-is-no-one",
        "Oslo talks\n\nForeign Minister Anna Berg met officials from Iran and Syria on "
        "Monday. The UN said the trials were unfair. Human rights groups agreed.\n\n"
        "Norway has repeatedly called on the regime to end the use of the death penalty.",
        ("Norway", "Iran", False),
        present=False,
    ),
    # -- "She stressed the need for X to end …": the pronoun subject of the verb before it
    Case(
        "pronoun-stressed-the-need-for-a-state-to-end",
        NORWAY + "Foreign Minister Anna Berg spoke on Monday. She stressed the need for "
        "Russia to end its war against Ukraine.",
        ("Anna Berg", "Russia", True),
    ),
    Case(
        "pronoun-acknowledged-risks-including-the-need-for-a-state-to-stop",
        NORWAY + "Foreign Minister Anna Berg spoke on Monday. At the same time, she "
        "acknowledged significant risks, including the need for Iran to stop its attacks "
        "on shipping.",
        ("Anna Berg", "Iran", True),
    ),
    Case(
        "the-need-for-a-state-to-end-its-illegal-war-is-no-hedge",
        NORWAY + "Foreign Minister Anna Berg spoke on Monday. She stressed the need for "
        "Russia to end its illegal war against Ukraine.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "the-need-for-a-state-to-end-its-aggression-is-no-hedge",
        NORWAY + "Foreign Minister Anna Berg spoke on Monday. She stressed the need for "
        "Russia to end its aggression against Ukraine.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "pronoun-stressed-there-was-no-need-is-no-charge",
        NORWAY + "Foreign Minister Anna Berg spoke on Monday. She stressed there was no need "
        "for Russia to end the talks.",
        ("Anna Berg", "Russia", True),
        present=False,
    ),
    Case(
        "pronoun-noted-that-another-saw-the-need-is-not-hers",
        NORWAY + "Foreign Minister Anna Berg spoke on Monday. She noted that Sweden saw the "
        "need for Russia to end the war.",
        ("Anna Berg", "Russia", True),
        present=False,
    ),
    # -- "The Foreign Secretary emphasised …": the one person introduced with that title
    Case(
        "the-title-emphasised-a-hostile-noun-title-before-name",
        "Oslo talks\n\nForeign Secretary Anna Berg met Tobias Lund in Oslo on Monday.\n\n"
        "The Foreign Secretary emphasised that Norway would work with partners to tackle "
        "Iran’s disruptive behaviour in the region.",
        ("Anna Berg", "Iran", False),
    ),
    Case(
        "the-title-emphasised-a-hostile-noun-apposed-title",
        "Oslo talks\n\nAnna Berg, the Foreign Secretary, met Tobias Lund in Oslo on Monday."
        "\n\nThe Foreign Secretary emphasised that Norway would work with partners to "
        "counter Russia’s aggression.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "the-title-two-people-hold-is-no-one",
        "Oslo talks\n\nForeign Secretary Anna Berg met Foreign Secretary Tobias Lund in Oslo "
        "on Monday.\n\nThe Foreign Secretary emphasised that Norway would work with partners "
        "to tackle Iran’s disruptive behaviour in the region.",
        ("Anna Berg", "Iran", False),
        present=False,
    ),
    Case(
        "the-title-praised-is-no-charge",
        "Oslo talks\n\nForeign Secretary Anna Berg met Tobias Lund in Oslo on Monday.\n\n"
        "The Foreign Secretary praised Iran’s cooperation in the region.",
        ("Anna Berg", "Iran", False),
        present=False,
    ),
    # -- "We will … counter Iran's destabilizing behavior" in a press statement: its issuer
    Case(
        "press-statement-we-will-counter-an-owned-hostile-noun",
        RELEASE + "We will also continue to work closely with our partners to counter "
        "Iran’s destabilizing behavior, including its support for militias.",
        ("Anna Berg", "Iran", False),
    ),
    Case(
        "press-statement-we-stand-against-an-owned-aggression",
        RELEASE + "We stand with Ukraine against Russia’s aggression.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "press-statement-we-do-not-accept-claims-of-aggression",
        RELEASE + "We do not believe reports of Russia’s aggression in the Arctic.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "we-with-no-release-is-no-one",
        NORWAY + "We stand with Ukraine against Russia’s aggression.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    # -- "imposed sanctions because of Russia's aggression": a reason, not a clause
    Case(
        "sanctions-because-of-an-owned-aggression",
        NORWAY + "Norway imposed sanctions on Moscow because of Russia’s aggression against "
        "Ukraine.",
        ("Norway", "Russia", False),
    ),
    Case(
        "boycott-because-of-an-owned-invasion",
        NORWAY + "In 1980, Sweden boycotted the Moscow Olympics because of Russia’s invasion "
        "of Afghanistan.",
        ("Sweden", "Russia", False),
    ),
    Case(
        "did-not-boycott-because-of-an-owned-invasion",
        NORWAY + "Norway did not boycott the games because of Russia’s invasion of Ukraine.",
        ("Norway", "Russia", False),
        present=False,
    ),
    Case(
        "because-a-clause-follows-stays-its-subjects",
        NORWAY + "Norway boycotted the games because Russia’s invasion had begun.",
        ("Norway", "Russia", False),
        present=False,
    ),
    # -- a spokesperson's readout, quoted for paragraphs, tells the talks as prose
    Case(
        "the-title-emphasised-a-hostile-noun-in-a-readout",
        "Oslo talks\n\nForeign Secretary Anna Berg met Tobias Lund in Oslo on Monday.\n\n"
        "A spokesperson for the Foreign Secretary said:\n\n“During their meeting, the two "
        "discussed a range of issues.\n\nThe Foreign Secretary emphasised that Norway would "
        "work with partners to tackle Iran’s disruptive behaviour in the region.”",
        ("Anna Berg", "Iran", False),
    ),
    Case(
        "the-title-emphasised-a-hostile-noun-in-a-one-paragraph-quote-is-not-prose",
        "Oslo talks\n\nForeign Secretary Anna Berg met Tobias Lund in Oslo on Monday.\n\n"
        "A spokesperson for the Foreign Secretary said:\n\n“The Foreign Secretary "
        "emphasised that Norway would work with partners to tackle Iran’s disruptive "
        "behaviour in the region.”",
        ("Anna Berg", "Iran", False),
        present=False,
    ),
    # -- an act taken "in response to" a deed: its subject criticises the deed's doer
    Case(
        "even-as-a-state-takes-actions-in-response-to-an-intervention",
        NORWAY + "Foreign Minister Anna Berg said there are no plans to boycott the games "
        "even as Sweden takes other actions in response to Russian military intervention "
        "in Crimea.",
        ("Sweden", "Russia", False),
    ),
    Case(
        "the-speaker-of-the-main-clause-is-not-who-responds",
        NORWAY + "Foreign Minister Anna Berg said there are no plans to boycott the games "
        "even as Sweden takes other actions in response to Russian military intervention "
        "in Crimea.",
        ("Anna Berg", "Russia", False),
        present=False,
    ),
    Case(
        "imposed-sanctions-in-retaliation-for-an-owned-invasion",
        NORWAY + "Norway imposed sanctions in retaliation for Russia’s invasion of Ukraine.",
        ("Norway", "Russia", False),
    ),
    Case(
        "an-intervention-told-as-history-is-no-charge",
        NORWAY + "Russia’s military intervention in Crimea began in 2014.",
        ("Norway", "Russia", False),
        present=False,
    ),
    # -- an agenda item, not yet discussed, is no criticism
    Case(
        "ministers-are-expected-to-discuss-an-aggression",
        NORWAY + "Norway is expected to discuss Russia’s continuing aggression against Ukraine.",
        ("Norway", "Russia", False),
        present=False,
    ),
    Case(
        "sweden-is-scheduled-to-debate-an-invasion",
        NORWAY + "Sweden is scheduled to debate Russia’s invasion of Ukraine on Monday.",
        ("Sweden", "Russia", False),
        present=False,
    ),
    Case(
        "sweden-condemned-an-invasion-is-still-one",
        NORWAY + "Sweden condemned Russia’s invasion of Ukraine at the summit.",
        ("Sweden", "Russia", False),
    ),
    # -- "the country" stands for the state the sentence before opens with
    Case(
        "the-country-boycotted-because-of-an-invasion",
        NORWAY + "Sweden has boycotted games in Russia before. In 1980, the country "
        "boycotted the Moscow Olympics because of the USSR invasion of Afghanistan.",
        ("Sweden", "USSR", False),
    ),
    Case(
        "the-country-after-a-sentence-opening-with-a-person-is-no-one",
        NORWAY + "Anna Berg visited Sweden in May. In 1980, the country boycotted the Moscow "
        "Olympics because of the USSR invasion of Afghanistan.",
        ("Sweden", "USSR", False),
        present=False,
    ),
    Case(
        "the-country-in-a-new-paragraph-is-no-one",
        NORWAY + "Sweden has boycotted games in Russia before.\n\nIn 1980, the country "
        "boycotted the Moscow Olympics because of the USSR invasion of Afghanistan.",
        ("Sweden", "USSR", False),
        present=False,
    ),
    Case(
        "saying-a-count-had-been-marred-after-a-dateline",
        "Belarus vote draws concern\n\nWASHINGTON (Reuters) -- The United "
        "States on Tuesday urged Belarus to publish the results, saying the count had been "
        "marred by irregularities.",
        ("United States", "Belarus", False),
    ),
    # -- a pronoun subject, then an adverb of time or manner: "He once accused …"
    Case(
        "pronoun-once-accused",
        NORWAY + "Foreign Minister Anna Berg spoke on Tuesday. She once accused Sweden of "
        "ignoring ferry crews.",
        ("Anna Berg", "Norway", False),
        present=False,
    ),
    Case(
        "pronoun-once-accused-names-the-accuser",
        NORWAY + "Foreign Minister Anna Berg spoke on Tuesday. She once accused Sweden of "
        "ignoring ferry crews.",
        ("Anna Berg", "Sweden", False),
    ),
    Case(
        "pronoun-repeatedly-blamed",
        SPAIN + "Carmen Ibarra, the Spanish minister, arrived late. She repeatedly blamed "
        "Portugal for the drought.",
        ("Carmen Ibarra", "Spain", False),
        present=False,
    ),
    Case(
        "pronoun-repeatedly-blamed-names-the-accuser",
        SPAIN + "Carmen Ibarra, the Spanish minister, arrived late. She repeatedly blamed "
        "Portugal for the drought.",
        ("Carmen Ibarra", "Portugal", False),
    ),
    # -- the accused named after an occupation: "accused Swedish journalist X of …"
    Case(
        "accused-a-journalist",
        NORWAY + "Foreign Minister Anna Berg accused Swedish journalist Lars Holm of lying "
        "about Norway's response.",
        ("Anna Berg", "Lars Holm", False),
    ),
    Case(
        "accused-an-activist",
        NORWAY + "Foreign Minister Anna Berg accused opposition activist Lars Holm of "
        "spreading lies.",
        ("Anna Berg", "Lars Holm", False),
    ),
    Case(
        "praised-a-journalist-is-no-accusation",
        NORWAY + "Foreign Minister Anna Berg praised Swedish journalist Lars Holm for his "
        "reporting.",
        ("Anna Berg", "Lars Holm", False),
        present=False,
    ),
    # -- "berated X for …": criticism
    Case(
        "berated-for",
        NORWAY + "Foreign Minister Anna Berg berated Sweden for failing to report the "
        "Norwegian response.",
        ("Anna Berg", "Sweden", False),
    ),
    Case(
        "berated-herself-is-no-one",
        NORWAY + "Foreign Minister Anna Berg berated herself for failing to call Sweden.",
        ("Anna Berg", "Sweden", False),
        present=False,
    ),
    # -- "A and B accuse each other of …": each accuses the other
    Case(
        "accuse-each-other-first",
        NORWAY + "Norway and Denmark accuse each other of violating a month-old cease-fire.",
        ("Norway", "Denmark", False),
    ),
    Case(
        "accuse-each-other-second",
        NORWAY + "Norway and Denmark accuse each other of violating a month-old cease-fire.",
        ("Denmark", "Norway", False),
    ),
    Case(
        "accuse-each-other-no-one-accuses-themself",
        NORWAY + "Norway and Denmark accuse one another of violating a month-old cease-fire.",
        ("Norway", "Norway", False),
        present=False,
    ),
    Case(
        "praise-each-other-is-no-accusation",
        NORWAY + "Norway and Denmark praised each other for the cease-fire.",
        ("Norway", "Denmark", False),
        present=False,
    ),
    # -- "suspect X of …ing": an accusation, hedged (a suspicion)
    Case(
        "both-suspect-of-first",
        NORWAY + "Both Norway and Denmark suspect Sweden of carrying out a secret program to "
        "build atomic weapons.",
        ("Norway", "Sweden", True),
    ),
    Case(
        "both-suspect-of-second",
        NORWAY + "Both Norway and Denmark suspect Sweden of carrying out a secret program to "
        "build atomic weapons.",
        ("Denmark", "Sweden", True),
    ),
    Case(
        "suspects-is-hedged",
        NORWAY + "Norway suspects Sweden of secretly arming the rebels.",
        ("Norway", "Sweden", False),
        present=False,
    ),
    Case(
        "ships-suspected-of-is-no-one-suspecting",
        NORWAY + "Inspectors searched ships suspected of illegally carrying banned goods to "
        "Sweden.",
        ("Norway", "Sweden", True),
        present=False,
    ),
    Case(
        "the-suspect-is-a-noun",
        NORWAY + "Norway said the suspect had his home in Sweden searched in 2015.",
        ("Norway", "Sweden", True),
        present=False,
    ),
    # -- "rejected claims by X that Y …": the one who denies is never the accuser
    Case(
        "denier-of-claims-is-no-accuser",
        NORWAY + "Sweden's foreign ministry spokesperson Lars Holm rejected claims by "
        "Norwegian officials that Stockholm was arming militias, calling them baseless.",
        ("Lars Holm", "Norway", True),
        present=False,
    ),
    Case(
        "denied-claims-that-is-no-accusation",
        NORWAY + "Sweden denied claims that Norway had seized the ferry.",
        ("Sweden", "Norway", True),
        present=False,
    ),
    Case(
        "claims-as-a-verb-still-accuses",
        NORWAY + "Norway claims Sweden seized the ferry on Friday.",
        ("Norway", "Sweden", True),
    ),
    # -- "X said Y's ships had acted dangerously": the owner's forces do the state's deed
    Case(
        "said-the-state-s-ships-had-acted-dangerously",
        NORWAY + "Sweden accused Norway of ramming a Swedish vessel, while Oslo said "
        "Stockholm's ships had acted dangerously.",
        ("Norway", "Sweden", False),
    ),
    Case(
        "said-the-state-s-coast-guard-behaved-recklessly",
        NORWAY + "Oslo said Sweden's coast guard had behaved recklessly near the island.",
        ("Norway", "Sweden", False),
    ),
    Case(
        "said-the-state-s-ships-acted-quickly-is-no-accusation",
        NORWAY + "Oslo said Sweden's ships had acted quickly to help.",
        ("Norway", "Sweden", False),
        present=False,
    ),
    Case(
        "said-the-state-s-ships-had-not-acted-dangerously",
        NORWAY + "Oslo said Sweden's ships had not acted dangerously.",
        ("Norway", "Sweden", False),
        present=False,
    ),
    # -- "accusing both leaders of …": the two leaders who met last, not their ministers
    Case(
        "accusing-both-leaders-first",
        "Denmark hosts Sweden\n\nDanish Prime Minister Mette Holm received Swedish Prime "
        "Minister Ulf Berg in Copenhagen on Monday. Danish Foreign Minister Lars Dahl met "
        "his Swedish counterpart Eva Sand separately.\n\nNorway's government condemned the "
        "meeting, accusing both leaders of betraying the north.",
        ("Norway", "Mette Holm", False),
    ),
    Case(
        "accusing-both-leaders-second",
        "Denmark hosts Sweden\n\nDanish Prime Minister Mette Holm received Swedish Prime "
        "Minister Ulf Berg in Copenhagen on Monday. Danish Foreign Minister Lars Dahl met "
        "his Swedish counterpart Eva Sand separately.\n\nNorway's government condemned the "
        "meeting, accusing both leaders of betraying the north.",
        ("Norway", "Ulf Berg", False),
    ),
    Case(
        "accusing-both-leaders-is-not-the-ministers-who-met-last",
        "Denmark hosts Sweden\n\nDanish Prime Minister Mette Holm received Swedish Prime "
        "Minister Ulf Berg in Copenhagen on Monday. Danish Foreign Minister Lars Dahl met "
        "his Swedish counterpart Eva Sand separately.\n\nNorway's government condemned the "
        "meeting, accusing both leaders of betraying the north.",
        ("Norway", "Lars Dahl", False),
        present=False,
    ),
    # -- "spoke with B and urged him to stop …": the one spoken to is criticised
    Case(
        "urged-him-to-stop",
        NORWAY + "Prime Minister Eva Lind said she had spoken by telephone with Sweden's "
        'President Arkady Semin and urged him to "stop these hostile acts".',
        ("Eva Lind", "Arkady Semin", False),
    ),
    Case(
        "urged-him-to-visit-is-no-criticism",
        NORWAY + "Prime Minister Eva Lind said she had spoken with Sweden's President Arkady "
        "Semin and urged him to visit Oslo.",
        ("Eva Lind", "Arkady Semin", False),
        present=False,
    ),
    Case(
        "urged-him-with-no-one-else-in-the-sentence-is-no-one",
        NORWAY + "Sweden's President Arkady Semin spoke. Eva Lind, Norway's Prime Minister, "
        "urged him to end the blockade.",
        ("Eva Lind", "Arkady Semin", False),
        present=False,
    ),
    # -- a sentence describing its subject ("A and B are oil producers"): background
    Case(
        "a-copula-sentence-s-subject-criticises-no-one",
        NORWAY + "Both Norway and Denmark are oil producers, placing them in the middle of "
        "talks on the energy crisis sparked by Russia's invasion of Ukraine.",
        ("Denmark", "Russia", False),
        present=False,
    ),
    Case(
        "a-copula-sentence-s-first-subject-criticises-no-one",
        NORWAY + "Norway is a large gas exporter, a role that grew after Russia's invasion "
        "of Ukraine.",
        ("Norway", "Russia", False),
        present=False,
    ),
    Case(
        "a-copula-inside-what-a-speaker-stressed-still-criticises",
        NORWAY + "Anna Berg, the Norwegian Foreign Minister, emphasised that the deal is "
        "working, and that Norway would work with partners to tackle Russia's disruptive "
        "behaviour in the region.",
        ("Anna Berg", "Russia", False),
    ),
    Case(
        "concerned-after-a-copula-still-criticises",
        NORWAY + "Denmark is deeply concerned about Russia's aggression against Ukraine.",
        ("Denmark", "Russia", False),
    ),
    Case(
        "a-copula-then-condemned-still-criticises",
        NORWAY + "Norway is a loyal ally and condemned Russia's aggression against Ukraine.",
        ("Norway", "Russia", False),
    ),
    # -- ", state media reported": an attribution after the charge, no hedge of it
    Case(
        "blamed-then-state-media-reported-is-asserted",
        NORWAY + "Norway has blamed Sweden for the collapse of the talks, state media reported.",
        ("Norway", "Sweden", False),
    ),
    Case(
        "reportedly-blamed-is-hedged",
        NORWAY + "Norway has reportedly blamed Sweden for the collapse of the talks.",
        ("Norway", "Sweden", True),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_accusation_case(case: Case) -> None:
    found = accusations(case.text)
    if case.present:
        assert case.fact in found, found
    else:
        assert case.fact not in found, found


@pytest.mark.parametrize(
    ("text", "about"),
    [
        (
            "France was united with Germany in opposing Russia's destabilizing behavior while "
            "agreeing to keep talking to Moscow, a senior official said on Sunday.",
            "Russia's destabilizing behavior",
        ),
        (
            "France condemned Iran's malign activities, according to a statement.",
            "Iran's malign activities",
        ),
        (
            "France condemned Iran's malign activities in the Gulf, two diplomats told reporters.",
            "Iran's malign activities in the Gulf",
        ),
        (
            "France condemned Iran's malign activities in the Gulf, state media reported.",
            "Iran's malign activities in the Gulf",
        ),
    ],
)
def test_what_an_accusation_is_about_ends_at_its_clause_or_attribution(
    text: str, about: str
) -> None:
    draft = extract_annotation(text, article_id="t", published=DAY, publisher="Wire")
    assert [a.about for a in draft.annotation.accusations] == [about]


_PAIR_INTRO = "Foreign Minister Ana Marek of Vellmark met Ivo Kral of Ostrana on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Marek and NATO military chief U.S. General Philip Breedlove have repeatedly accused "
        "Russia of arming the rebels.",
        "Marek and Ostrana's Defence Minister Philip Breedlove accused Russia of arming the "
        "rebels.",
        "Marek and envoy Philip Breedlove have accused Russia of arming the rebels.",
    ],
)
def test_a_second_subject_named_after_its_titles_accuses_too(sentence: str) -> None:
    found = accusations(_PAIR_INTRO + sentence)
    assert {("Ana Marek", "Russia"), ("Philip Breedlove", "Russia")} <= {
        (a, b) for a, b, _ in found
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a possessor, not a co-subject
        "Marek and Philip Breedlove's soldiers accused Russia of arming the rebels.",
        # an object, not a co-subject
        "Marek met Philip Breedlove and accused Russia of arming the rebels.",
    ],
)
def test_no_titled_co_subject_when_the_name_is_no_subject(sentence: str) -> None:
    found = accusations(_PAIR_INTRO + sentence)
    assert ("Philip Breedlove", "Russia") not in {(a, b) for a, b, _ in found}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a headline the lead repeats: one charge, told twice
        (
            "Norway condemns Sweden’s raid on the port: statement at the council\n\n"
            "Norway condemns Sweden’s raid on the port, which killed four.",
            1,
        ),
        # the same accuser on two deeds: two charges
        (
            "Norway condemns Sweden’s raid on the port.\n\n"
            "Norway also condemns Sweden’s seizure of the ferry.",
            2,
        ),
    ],
)
def test_a_charge_told_again_word_for_word_is_one(text: str, count: int) -> None:
    draft = extract_annotation(text, article_id="t", published=DAY, publisher="Wire")
    charges = [
        a
        for a in draft.annotation.accusations
        if a.accuser is not None and a.accuser.key == "norway"
    ]
    assert len(charges) == count, [a.about for a in charges]
