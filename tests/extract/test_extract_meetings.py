"""Meetings told the ways real news tells them that the first rules missed (issue 12).

Each class of phenomenon seen in the real texts has its own sentences, written for this
file (never copied from the articles), and negatives: a cancelled, refused or
hypothetical meeting is no held one, and two names side by side are no meeting. Read
back through :func:`diplokg.evaluate.predict.predict` as the evaluation reads them.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract.test_extract_relations import FRI, READ, STATES, Case, facts

FM_KENYA = "Kenyan Foreign Minister Ilka Moravin"
READ_DAY = FRI

CASES = [
    # -- a headline telling a trip: a visit to each state listed -------------------------
    Case(
        "headline-travels-to-each-listed-state",
        "Envoy Mara Lindqvist Travels to Kenya, Uganda, and Ethiopia\n\n"
        "Special Envoy Mara Lindqvist will discuss the drought with regional officials.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "Uganda"}),),
    ),
    Case(
        "headline-travels-to-the-last-listed-state",
        "Envoy Mara Lindqvist Travels to Kenya, Uganda, and Ethiopia\n\n"
        "Special Envoy Mara Lindqvist will discuss the drought with regional officials.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "Ethiopia"}),),
    ),
    Case(
        "headline-list-with-a-state-named-with-the",
        "Envoy Mara Lindqvist Travels to Kenya, the Philippines, and Vietnam\n\n"
        "Special Envoy Mara Lindqvist will discuss the drought with regional officials.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "Vietnam"}),),
    ),
    Case(
        "travel-to-a-list-with-a-state-named-with-the",
        "Prime Minister Mara Vell will travel to Indonesia, the Philippines and Vietnam next week.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Vietnam"}),),
    ),
    Case(
        "headline-names-the-visitor-by-surname",
        "Secretary Whitcombe to Visit Ghana\n\n"
        "Secretary of State Dana Whitcombe will open a trade office during the trip.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ghana"}),),
    ),
    Case(
        "headline-cancelled-trip-is-no-visit",
        "Minister Moravin Cancels Trip to Ghana\n\n"
        f"{FM_KENYA} blamed the storms for the change of plans.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Ghana"}),),
        present=False,
    ),
    Case(
        "headline-skipped-trip-is-no-visit",
        "Minister Moravin to Skip Trip to Ghana\n\n"
        f"{FM_KENYA} blamed the storms for the change of plans.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Ghana"}),),
        present=False,
    ),
    Case(
        "headline-without-a-known-person-is-no-visit",
        "Drought Relief Travels to Kenya\n\nAid convoys left the port on Monday.",
        "meeting_participants",
        (frozenset({"Kenya"}),),
        present=False,
    ),
    # -- a sentence opening on a tour's cities: a visit to each city's state ----------------
    Case(
        "in-two-cities-the-subject-will-meet-visits-each",
        "In Kampala, Addis Ababa, and Nairobi, Special Envoy Mara Lindqvist will meet civil "
        "society groups.",
        "meeting_places",
        (frozenset({"Mara Lindqvist", "Uganda"}), "Kampala"),
    ),
    Case(
        "in-one-city-the-host-meets-a-guest-is-no-tour",
        "In Addis Ababa, Ethiopian Prime Minister Mara Vell met Special Envoy Ruth Okello.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Ethiopia"}),),
        present=False,
    ),
    # -- signers, each for a party: one signing session ---------------------------------
    Case(
        "signers-each-for-a-party-at-a-ceremony",
        "Trade Minister Ilka Moravin signed the accord for Kenya and Finance Minister "
        "Teodor Vashti for Uganda at a ceremony in Kampala.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Kampala"),
    ),
    Case(
        "signers-each-signed-for-a-party",
        "Ambassador Ruth Okello signed the memorandum for Kenya, and Deputy Minister "
        "Teodor Vashti signed for Uganda.",
        "meeting_participants",
        (frozenset({"Ruth Okello", "Teodor Vashti"}),),
    ),
    Case(
        "one-signer-and-someone-arguing-for-a-party-is-no-session",
        "Trade Minister Ilka Moravin signed the accord for Kenya, while Finance Minister "
        "Teodor Vashti had argued for Uganda to join later.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    # -- who represented the parties at a signing ----------------------------------------
    Case(
        "those-who-represented-the-parties-at-a-signing-met",
        "Kenya and Uganda signed two water agreements today. Ambassador Ruth Okello "
        "represented the Government of Kenya, while Deputy Minister Teodor Vashti "
        "represented the Government of Uganda.",
        "meeting_participants",
        (frozenset({"Ruth Okello", "Teodor Vashti"}),),
    ),
    Case(
        "representing-parties-without-a-signing-is-no-meeting",
        "Ambassador Ruth Okello represented Kenya at the river forum, while Deputy Minister "
        "Teodor Vashti represented Uganda in court.",
        "meeting_participants",
        (frozenset({"Ruth Okello", "Teodor Vashti"}),),
        present=False,
    ),
    # -- who attended a signing -----------------------------------------------------------
    Case(
        "attendees-join-the-signing-told-before",
        "Trade Minister Ilka Moravin signed the accord for Kenya and Finance Minister "
        "Teodor Vashti signed for Uganda.\n\n"
        "Ambassador Ruth Okello and Envoy Mara Lindqvist attended the signing in Kampala.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti", "Ruth Okello", "Mara Lindqvist"}),),
    ),
    Case(
        "participation-of-two-at-the-signing-ceremony",
        "The participation of President Mara Vell and Defence Minister Teodor Vashti at the "
        "signing ceremony in Havana shows the will of both parties.",
        "meeting_places",
        (frozenset({"Mara Vell", "Teodor Vashti"}), "Havana"),
    ),
    Case(
        "a-signing-they-could-have-attended-is-no-meeting",
        "President Mara Vell and Defence Minister Teodor Vashti could have attended the signing "
        "in Havana.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
        present=False,
    ),
    # -- a trip to meet someone: the traveller meets them there ---------------------------
    Case(
        "travel-to-a-city-to-meet-a-counterpart",
        f"{FM_KENYA} will travel to Kampala next week to meet her counterpart, Teodor Vashti.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Kampala"),
    ),
    Case(
        "flew-to-a-city-to-meet-a-titled-person-by-pronoun",
        "Ugandan Foreign Minister Teodor Vashti spoke to reporters in Entebbe. He flew to "
        "Nairobi on Monday to meet the Kenyan chancellor, Ilka Moravin.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
    ),
    Case(
        "a-trip-not-taken-to-meet-is-no-meeting",
        f"{FM_KENYA} will not travel to Kampala to meet Teodor Vashti.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "a-hoped-for-trip-to-meet-is-no-meeting",
        f"{FM_KENYA} hopes to travel to Kampala soon to meet Teodor Vashti.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "the-ministry-that-told-of-the-trip-is-no-guest",
        f"{FM_KENYA} will travel to Kampala on Tuesday for talks with her counterpart "
        "Teodor Vashti, the Kenyan foreign ministry said.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
    ),
    # -- states' ministers named by their states met -----------------------------------
    Case(
        "the-foreign-ministers-of-three-states-met",
        f"{FM_KENYA}, Ugandan Foreign Minister Teodor Vashti and Ethiopian Foreign "
        "Minister Mara Vell flew in overnight.\n\n"
        "The foreign ministers of Kenya, Uganda and Ethiopia met in Nairobi on Monday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti", "Mara Vell"}),),
    ),
    Case(
        "ministers-of-states-not-all-named-are-not-guessed",
        f"{FM_KENYA} and Ugandan Foreign Minister Teodor Vashti flew in overnight.\n\n"
        "The foreign ministers of Kenya, Uganda and Ethiopia met in Nairobi on Monday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    # -- lists the meeting rules read ----------------------------------------------------
    Case(
        "a-compound-title-inside-a-list-of-participants",
        "There was a handshake between Secretary of State Dana Whitcombe and State "
        "Councilor and Foreign Minister Teodor Vashti in Lissar.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Teodor Vashti"}),),
    ),
    Case(
        "officials-from-two-bodies-are-the-bodies-met",
        "Special Envoy Ruth Okello will meet with senior officials, including from the "
        "African Union and the East African Community.",
        "meeting_participants",
        (frozenset({"Ruth Okello", "African Union", "East African Community"}),),
    ),
    Case(
        "a-state-s-named-person-is-the-guest",
        "Secretary of State Dana Whitcombe met Ghana's Ilka Moravin in Accra.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ilka Moravin"}),),
    ),
    Case(
        "a-state-s-titled-person-is-the-guest-not-the-state",
        "Secretary of State Dana Whitcombe met Ghana's top diplomat Ilka Moravin in Accra.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ghana"}),),
        present=False,
    ),
    # -- a name told only as an owner is no guest ---------------------------------------
    Case(
        "welcomed-a-state-s-decision-is-no-meeting",
        "Secretary of State Dana Whitcombe welcomed Ghana's decision to buy more gas.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ghana"}),),
        present=False,
    ),
    # (an officeholder the text never names is a person named by the office: CONVENTIONS.md
    # "Unnamed officeholders", as "the Irish Foreign Minister" is)
    Case(
        "met-a-state-s-unnamed-minister-meets-the-officeholder",
        "Secretary of State Dana Whitcombe met Ghana's foreign minister in Accra.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Foreign Minister of Ghana"}),),
    ),
    Case(
        "received-someone-s-envoy-does-not-meet-the-one-named",
        "Secretary of State Dana Whitcombe received Ilka Moravin's envoy in Accra.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ilka Moravin"}),),
        present=False,
    ),
    Case(
        "met-someone-s-deputy-does-not-meet-the-one-named",
        "Secretary of State Dana Whitcombe met Ilka Moravin's deputy in Accra.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ilka Moravin"}),),
        present=False,
    ),
    # -- "their meeting": the subject and the one person it names ------------------------
    Case(
        "told-someone-during-their-meeting",
        f"{FM_KENYA} told Ugandan Foreign Minister Teodor Vashti during their meeting in "
        "Kisumu that the lake must be shared.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Kisumu"),
    ),
    Case(
        "told-reporters-during-their-meeting-names-no-one",
        f"{FM_KENYA} told reporters during their meeting in Kisumu that the lake must be "
        "shared. Ugandan Foreign Minister Teodor Vashti stayed away.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    # -- who attended a conference --------------------------------------------------------
    Case(
        "two-subjects-attended-a-summit",
        "Ugandan President Teodor Vashti and Kenyan President Ilka Moravin attended the "
        "African Union summit in Addis Ababa.",
        "meeting_participants",
        (frozenset({"African Union", "Teodor Vashti", "Ilka Moravin"}),),
    ),
    Case(
        "a-summit-attended-by-two",
        "The African Union summit in Addis Ababa was attended by Ugandan President Teodor "
        "Vashti and Kenyan President Ilka Moravin.",
        "meeting_participants",
        (frozenset({"African Union", "Teodor Vashti", "Ilka Moravin"}),),
    ),
    Case(
        "chaired-a-summit-attends-it",
        "Ugandan President Teodor Vashti chaired the African Union summit in Addis Ababa.",
        "meeting_participants",
        (frozenset({"African Union", "Teodor Vashti"}),),
    ),
    Case(
        "did-not-attend-a-summit-is-not-there",
        "Ugandan President Teodor Vashti and Kenyan President Ilka Moravin did not attend the "
        "African Union summit in Addis Ababa.",
        "meeting_participants",
        (frozenset({"African Union", "Teodor Vashti", "Ilka Moravin"}),),
        present=False,
    ),
    # -- a meeting talked of as possible or needed ---------------------------------------
    Case(
        "a-meeting-between-two-called-the-key-is-none",
        "Analysts say a meeting between President Mara Vell and Prime Minister Teodor Vashti "
        "is the key to ending the dispute.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "a-summit-between-two-that-could-follow-is-none",
        "A summit between President Mara Vell and Prime Minister Teodor Vashti could follow "
        "in the spring.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "the-meeting-between-two-that-took-place-is-one",
        "The meeting between President Mara Vell and Prime Minister Teodor Vashti took place "
        "in Lissar on Monday.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
    ),
    # -- talks told before the clause of those who held them -----------------------------
    Case(
        "during-talks-in-a-city-the-subjects-met",
        f"During talks in Nairobi, {FM_KENYA} and Ugandan Foreign Minister Teodor Vashti "
        "agreed to reopen the border.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}), "Nairobi"),
    ),
    Case(
        "capitalised-talks-between-two-at-a-sentence-start",
        "Talks between President Mara Vell and Prime Minister Teodor Vashti ended without "
        "agreement on Monday.",
        "meeting_participants",
        (frozenset({"Mara Vell", "Teodor Vashti"}),),
    ),
    Case(
        "talks-between-their-foreign-ministers-are-the-ministers-meeting",
        f"{FM_KENYA} praised the deal. Ugandan Foreign Minister Teodor Vashti called it fair."
        "\n\nKenya and Uganda agreed on Monday to share the lake, after talks in Kisumu "
        "between their foreign ministers.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
    ),
    Case(
        "talks-between-their-foreign-ministers-are-not-the-states-meeting",
        f"{FM_KENYA} praised the deal. Ugandan Foreign Minister Teodor Vashti called it fair."
        "\n\nKenya and Uganda agreed on Monday to share the lake, after talks in Kisumu "
        "between their foreign ministers.",
        "meeting_participants",
        (frozenset({"Kenya", "Uganda"}),),
        present=False,
    ),
    # -- where a visitor is expected, and visits called off ------------------------------
    Case(
        "expected-in-a-city-is-a-visit",
        "Ugandan Foreign Minister Teodor Vashti is expected in Nairobi next week.",
        "meeting_places",
        (frozenset({"Teodor Vashti", "Kenya"}), "Nairobi"),
    ),
    Case(
        "in-a-city-for-a-state-visit-is-a-visit",
        "Ugandan Foreign Minister Teodor Vashti is in Nairobi for a three-day state visit.",
        "meeting_places",
        (frozenset({"Teodor Vashti", "Kenya"}), "Nairobi"),
    ),
    Case(
        "landed-in-a-city-is-a-visit",
        "Ugandan Foreign Minister Teodor Vashti landed in Nairobi on Monday.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Kenya"}),),
    ),
    Case(
        "in-a-city-without-a-visit-told-is-none",
        "Ugandan Foreign Minister Teodor Vashti is in Nairobi this week.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Kenya"}),),
        present=False,
    ),
    Case(
        "not-expected-in-a-city-is-no-visit",
        "Ugandan Foreign Minister Teodor Vashti is not expected in Nairobi this year.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Kenya"}),),
        present=False,
    ),
    Case(
        "a-planned-trip-called-off-is-no-visit",
        "Ugandan Foreign Minister Teodor Vashti's planned trip to Kenya was called off.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Kenya"}),),
        present=False,
    ),
    Case(
        "a-postponed-visit-is-no-visit",
        "Ugandan Foreign Minister Teodor Vashti postponed his visit to Kenya.",
        "meeting_participants",
        (frozenset({"Teodor Vashti", "Kenya"}),),
        present=False,
    ),
    # -- never a meeting -----------------------------------------------------------------
    Case(
        "a-phone-call-is-no-meeting",
        f"{FM_KENYA} spoke by phone with her Ugandan counterpart Teodor Vashti on Monday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    Case(
        "two-names-side-by-side-are-no-meeting",
        f"{FM_KENYA} and Ugandan Foreign Minister Teodor Vashti have both criticised the dam.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Teodor Vashti"}),),
        present=False,
    ),
    # -- "his Singapore counterpart, X": the counterpart is met, not the state ----------
    Case(
        "met-a-counterpart-named-by-a-state-noun",
        "Foreign Minister Ana Marek of Norway met her Sweden counterpart, Ivo Kral, on the "
        "sidelines.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
    ),
    Case(
        "met-a-counterpart-named-by-a-state-noun-is-no-meeting-with-the-state",
        "Foreign Minister Ana Marek of Norway met her Singapore counterpart Ivo Kral on Monday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Singapore"}),),
        present=False,
    ),
    # -- "A of X and B of Y … following their talks": the two persons, not a state ------
    Case(
        "their-talks-after-two-persons-each-of-a-state",
        "President Ana Marek of Norway and President Ivo Kral of Sweden promised close "
        "cooperation following their talks in Oslo on Tuesday.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-11"),
    ),
    Case(
        "their-talks-after-two-persons-is-no-meeting-of-a-state",
        "President Ana Marek of Norway and President Ivo Kral of Sweden promised close "
        "cooperation following their talks in Oslo on Tuesday.",
        "meeting_participants",
        (frozenset({"Norway", "Ivo Kral"}),),
        present=False,
    ),
    # -- a visit told only as a noun phrase takes no date from another verb -------------
    Case(
        "a-possessive-visit-is-not-dated-by-the-sentence-s-verb",
        "President Ana Marek of Norway met Premier Ivo Kral of Sweden in Stockholm on "
        "Wednesday.\n\nOn Tuesday, Marek and Kral promised close cooperation and marked "
        "Marek's first visit to Sweden with a vow to meet every year.",
        "meetings",
        (frozenset({"Ana Marek", "Sweden"}), None),
    ),
    Case(
        "a-possessive-visit-dated-right-after-it",
        "President Ana Marek of Norway met Premier Ivo Kral of Sweden in Stockholm on "
        "Wednesday.\n\nOfficials praised Marek's visit to Sweden on Tuesday.",
        "meetings",
        (frozenset({"Ana Marek", "Sweden"}), "2025-03-11"),
    ),
    # -- where a meeting is held: the city a "where" follows, the city of a trip ---------
    Case(
        "travel-to-an-unknown-city-where-they-meet",
        "Foreign Minister Ana Marek of Norway will travel to Velmora tomorrow, where she will "
        "meet Prime Minister Ivo Kral of Sweden.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Velmora"),
    ),
    Case(
        "visited-a-capital-named-after-its-demonym-where-they-met",
        "Foreign Minister Ana Marek of Norway later visited the Swedish capital, Stockholm, "
        "where she met Prime Minister Ivo Kral of Sweden.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Stockholm"),
    ),
    Case(
        "travel-to-a-city-in-a-state-where-they-meet",
        "Foreign Minister Ana Marek of Norway must then travel to Velmora, in Sweden, "
        "tomorrow, where she will meet Prime Minister Ivo Kral of Sweden.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Velmora"),
    ),
    Case(
        "a-trip-to-a-city-in-a-state-is-a-visit-placed-in-the-city",
        "Foreign Minister Ana Marek of Norway will travel to Velmora, in Sweden, next week.",
        "meeting_places",
        (frozenset({"Ana Marek", "Sweden"}), "Velmora"),
    ),
    Case(
        "a-where-clause-after-no-trip-places-nothing",
        "Foreign Minister Ana Marek of Norway praised Velmora, where she met Prime Minister "
        "Ivo Kral of Sweden.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Velmora"),
        present=False,
    ),
    # -- talks with someone told before the clause of the one who held them --------------
    Case(
        "during-talks-with-fronted",
        "During talks with Prime Minister Ivo Kral of Sweden in Stockholm on Tuesday, "
        "Foreign Minister Ana Marek of Norway raised the issue of fishing quotas.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-11"),
    ),
    Case(
        "after-her-meeting-with-fronted",
        "After her meeting with Prime Minister Ivo Kral of Sweden, Foreign Minister Ana Marek "
        "of Norway told reporters the talks went well.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
    ),
    Case(
        "fronted-talks-with-and-an-unnamed-subject-is-no-meeting-of-the-guest-alone",
        "During talks with Prime Minister Ivo Kral of Sweden, the minister raised quotas.",
        "meeting_participants",
        (frozenset({"Ivo Kral", "Sweden"}),),
        present=False,
    ),
    # -- "who" after "A of X" is A -------------------------------------------------------
    Case(
        "who-after-a-person-of-a-state-is-the-person",
        "Foreign Minister Ana Marek of Norway, who is on a three-day visit to Sweden, met "
        "Prime Minister Ivo Kral of Sweden on Monday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Sweden"}),),
    ),
    Case(
        "who-after-a-person-of-a-state-is-not-the-state",
        "Foreign Minister Ana Marek of Norway, who is on a three-day visit to Sweden, met "
        "Prime Minister Ivo Kral of Sweden on Monday.",
        "meeting_participants",
        (frozenset({"Norway", "Sweden"}),),
        present=False,
    ),
    # -- a readout's "A, Minister … of X, held a meeting with B, Minister … of Y" ---------
    Case(
        "a-title-of-a-state-in-apposition-is-no-second-guest",
        "On Tuesday, Ms. Ana Marek, Minister for Foreign Affairs of Norway, held a meeting "
        "with H.E. Mr. Ivo Kral, Minister of Foreign Affairs of Sweden.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Sweden"}),),
        present=False,
    ),
    Case(
        "a-title-of-a-state-in-apposition-keeps-the-guest",
        "On Tuesday, Ms. Ana Marek, Minister for Foreign Affairs of Norway, held a meeting "
        "with H.E. Mr. Ivo Kral, Minister of Foreign Affairs of Sweden.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-11"),
    ),
    Case(
        "an-unknown-name-s-state-with-who-is-no-participant",
        "On Tuesday, Ms. KOVALA Rin, Minister for Foreign Affairs of Norway, who is attending "
        "the OECD Ministerial Council Meeting, held a meeting with H.E. Mr. Ivo Kral, "
        "Minister of Foreign Affairs of Sweden.",
        "meeting_participants",
        (frozenset({"Norway", "Ivo Kral"}),),
        present=False,
    ),
    # -- "had a (warm and productive) meeting", "B, the US Secretary of State," ----------
    Case(
        "two-had-a-warm-and-productive-meeting",
        "Foreign Secretary Anna Berg and Australian Foreign Minister Lars Holm had a warm and "
        "productive meeting in London yesterday.",
        "meetings",
        (frozenset({"Anna Berg", "Lars Holm"}), "2025-03-13"),
    ),
    Case(
        "had-talks-with",
        "Foreign Secretary Anna Berg had talks with Lars Holm in London on Tuesday.",
        "meetings",
        (frozenset({"Anna Berg", "Lars Holm"}), "2025-03-11"),
    ),
    Case(
        "has-a-meeting-scheduled-names-no-guest",
        "Foreign Secretary Anna Berg has a meeting scheduled with reporters.",
        "meeting_participants",
        (frozenset({"Anna Berg"}),),
        present=False,
    ),
    Case(
        "a-guest-s-title-with-a-state-before-it-is-no-second-guest",
        "Anna Berg, the Foreign Secretary, has today met with Lars Holm, the US Secretary of "
        "State, in London.",
        "meeting_participants",
        (frozenset({"Anna Berg", "United States"}),),
        present=False,
    ),
    # -- an unknown person's state is no visitor, nor the state after a city -------------
    Case(
        "who-after-an-unknown-name-s-state-is-no-visitor",
        "On Monday, Mr. KOVA Rin, Prime Minister of Norway, who was visiting Nairobi, Kenya, "
        "met President Ivo Kral of Kenya.",
        "meeting_participants",
        (frozenset({"Norway", "Kenya"}),),
        present=False,
    ),
    Case(
        "the-state-after-a-city-is-no-subject",
        "On Monday, Mr. KOVA Rin, Prime Minister of Norway, who was visiting Nairobi, Kenya, "
        "met President Ivo Kral of Kenya.",
        "meeting_participants",
        (frozenset({"Kenya", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "a-fronted-meeting-with-a-titled-guest-then-the-subject",
        "Meeting with H.E. Mr. Ivo Kral, President of the Republic of Uganda, Prime Minister "
        "Anna Berg of Norway discussed trade.",
        "meeting_participants",
        (frozenset({"Anna Berg", "Ivo Kral"}),),
    ),
    # -- a named meeting with a capitalised head, attended during a visit ----------------
    Case(
        "attending-a-named-ministerial-meeting-of-a-body",
        "Foreign Minister Anna Berg of Norway, who was visiting Beijing to attend the APEC "
        "Ministerial Meeting, held talks with Lars Holm.",
        "meeting_places",
        (frozenset({"Anna Berg", "APEC"}), "Beijing"),
    ),
    Case(
        "the-state-after-an-unknown-city-attends-nothing",
        "During her visit to Capri, Italy to attend the G7 Foreign Ministers' Meeting, Foreign "
        "Minister Anna Berg met Lars Holm.",
        "meeting_participants",
        (frozenset({"Italy", "G7"}),),
        present=False,
    ),
    # -- a visit to a list of states is a visit to each --------------------------------
    Case(
        "a-possessive-visit-to-two-states-visits-the-second",
        "Officials prepared for Prime Minister Anna Berg's visit to Australia and Fiji.",
        "meeting_participants",
        (frozenset({"Anna Berg", "Fiji"}),),
    ),
    Case(
        "a-visit-to-three-states-visits-the-third",
        "Prime Minister Anna Berg of Norway will pay a visit to Australia, Fiji and Samoa next "
        "month.",
        "meeting_participants",
        (frozenset({"Anna Berg", "Samoa"}),),
    ),
    Case(
        "a-state-s-possessive-after-the-destination-is-no-destination",
        "Prime Minister Anna Berg of Norway praised Fiji's visit to Australia and Samoa's "
        "response.",
        "meeting_participants",
        (frozenset({"Fiji", "Samoa"}),),
        present=False,
    ),
    # -- a meeting of ministers from a list of states --------------------------------------
    Case(
        "host-a-meeting-of-foreign-ministers-from-states",
        "On Tuesday, Foreign Secretary Anna Berg hosted a meeting of foreign ministers from "
        "Germany, France and Italy to discuss Syria.",
        "meetings",
        (frozenset({"Anna Berg", "Germany", "France", "Italy"}), "2025-03-11"),
    ),
    Case(
        "two-attend-a-meeting-with-ministers-from-states",
        "Foreign Secretary Anna Berg and Secretary Lars Holm will attend a meeting with "
        "foreign ministers from Saudi Arabia and the UAE to discuss Yemen.",
        "meeting_participants",
        (frozenset({"Anna Berg", "Lars Holm", "Saudi Arabia", "United Arab Emirates"}),),
    ),
    Case(
        "a-meeting-of-ministers-that-could-be-hosted-is-none",
        "Foreign Secretary Anna Berg could host a meeting of ministers from Germany and France.",
        "meeting_participants",
        (frozenset({"Anna Berg", "Germany", "France"}),),
        present=False,
    ),
    Case(
        "did-not-travel-to-attend-a-meeting-of-ministers-from",
        "Foreign Secretary Anna Berg did not travel to Paris to attend the meeting of foreign "
        "ministers from Germany and France.",
        "meeting_participants",
        (frozenset({"Anna Berg", "Germany", "France"}),),
        present=False,
    ),
    Case(
        "two-co-chaired-a-dialogue",
        "Foreign Minister Anna Berg of Norway and Foreign Minister Lars Holm of Sweden "
        "co-chaired the fifth Strategic Dialogue in Oslo on Tuesday.",
        "meetings",
        (frozenset({"Anna Berg", "Lars Holm"}), "2025-03-11"),
    ),
    Case(
        "a-telephone-talk-is-no-meeting",
        "Foreign Minister Anna Berg of Norway held a telephone talk with Foreign Minister Lars "
        "Holm of Sweden on Tuesday.",
        "meeting_participants",
        (frozenset({"Anna Berg", "Lars Holm"}),),
        present=False,
    ),
    # -- the visitor named after the destination ------------------------------------------
    Case(
        "a-visit-to-a-state-by-a-titled-visitor",
        "The two ministers welcomed a visit to Norway this year by Prime Minister Lars Holm "
        "of Sweden.",
        "meeting_participants",
        (frozenset({"Lars Holm", "Norway"}),),
    ),
    Case(
        "a-visit-to-a-state-by-an-excellency-with-a-title-after",
        "The ministers welcomed a visit to Norway by H.E. Mr. Lars Holm, Prime Minister of Sweden.",
        "meeting_participants",
        (frozenset({"Lars Holm", "Norway"}),),
    ),
    # -- a meeting during a visit is held where the visit went; a guest after "(PRC)" ----
    Case(
        "during-the-visit-meetings-are-in-the-visit-s-city",
        "Foreign Minister Anna Berg will travel to Port Moresby next week. During the visit, "
        "Minister Berg will meet Prime Minister James Holm.",
        "meeting_places",
        (frozenset({"Anna Berg", "James Holm"}), "Port Moresby"),
    ),
    Case(
        "a-titled-guest-after-a-state-and-its-acronym",
        "Secretary Gina Berg met with People's Republic of China (PRC) Minister of Commerce "
        "Wang Lin in Washington on Tuesday.",
        "meeting_participants",
        (frozenset({"Gina Berg", "China"}),),
        present=False,
    ),
    Case(
        "welcomed-a-guest-to-a-city",
        "Foreign Minister Penny Berg welcomed Chinese Foreign Minister Wang Lin to Canberra for "
        "the sixth Strategic Dialogue.",
        "meeting_places",
        (frozenset({"Penny Berg", "Wang Lin"}), "Canberra"),
    ),
    # -- no one visits their own state ---------------------------------------------------
    Case(
        "a-state-guessed-for-a-bare-title-is-no-home-state",
        "Fiji hosted regional talks on Monday. Prime Minister Bowen will travel to Suva next week.",
        "meeting_participants",
        (frozenset({"Bowen", "Fiji"}),),
    ),
    Case(
        "arriving-in-the-own-capital-is-no-visit",
        "President Ana Marek of Norway arrived in Oslo on Monday after a week abroad.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Norway"}),),
        present=False,
    ),
    # -- two named people hold a named meeting (a state compound names it) ---------------
    Case(
        "pair-will-hold-the-nth-annual-named-meeting",
        "On Thursday, Minister Ana Marek and Minister Ivo Kral will hold the sixth annual "
        "Norway-Sweden Foreign Ministers' Meeting in Bergen.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Bergen"),
    ),
    Case(
        "pair-held-a-named-dialogue",
        "Foreign Minister Ana Marek and Trade Minister Ivo Kral held the inaugural Norway-Sweden "
        "Strategic Dialogue in Bergen on Thursday.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-13"),
    ),
    Case(
        "pair-held-the-fourth-named-partnership-meeting",
        "Minister Ana Marek and Minister Ivo Kral held the fourth Norway-Sweden Economic "
        "Partnership Meeting on Thursday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
    ),
    Case(
        "named-meeting-between-two-leaders",
        "The annual Norway-Sweden Leaders' Meeting between Prime Minister Ana Marek and Prime "
        "Minister Ivo Kral took place in Bergen on Thursday.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Bergen"),
    ),
    Case(
        "named-meeting-held-by-one-person-has-no-partner",
        "Minister Ana Marek held the sixth annual Norway-Sweden Foreign Ministers' Meeting.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "named-meeting-not-held",
        "Minister Ana Marek and Minister Ivo Kral did not hold the sixth Norway-Sweden Foreign "
        "Ministers' Meeting on Thursday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "named-telephone-talks-are-no-meeting",
        "Minister Ana Marek and Minister Ivo Kral held the Norway-Sweden Telephone Talks on "
        "Thursday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "cancelled-plans-to-hold-a-named-meeting",
        "Minister Ana Marek and Minister Ivo Kral cancelled plans to hold the sixth "
        "Norway-Sweden Foreign Ministers' Meeting in Bergen.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "cancelled-plans-to-hold-talks",
        "Minister Ana Marek cancelled plans to hold talks with Minister Ivo Kral in Bergen.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    # -- "Ms. A, Minister for Foreign Affairs of X, who was visiting Y": A is the visitor ---
    Case(
        "who-after-a-title-of-a-state-visits",
        "On Thursday, Ms. Ana Marek, Minister for Foreign Affairs of Norway, who was visiting "
        "Denmark to attend the Nordic Council Session, held a meeting with Mr. Ivo Kral.",
        "meeting_places",
        (frozenset({"Ana Marek", "Denmark"}), "Denmark"),
    ),
    Case(
        "who-after-a-longer-title-of-a-state-visits",
        "Ms. Ana Marek, the Minister of Trade and Industry of Norway, who is visiting Denmark, "
        "spoke to reporters.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Denmark"}),),
    ),
    Case(
        "who-after-a-title-of-a-state-attends",
        "Mr. Ivo Kral, Minister of Trade and Industry of Sweden, who is attending the OECD "
        "Ministerial Council Meeting, held a meeting with Ms. Ana Marek.",
        "meeting_participants",
        (frozenset({"Ivo Kral", "OECD"}),),
    ),
    Case(
        "who-after-the-object-s-title-is-the-object",
        "Ms. Ana Marek met Mr. Ivo Kral, Minister for Foreign Affairs of Sweden, who was "
        "visiting Denmark.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Denmark"}),),
        present=False,
    ),
    Case(
        "who-refused-to-attend-is-no-participant",
        "Ms. Ana Marek, Minister for Foreign Affairs of Norway, who refused to attend the OECD "
        "Ministerial Council Meeting, spoke to reporters.",
        "meeting_participants",
        (frozenset({"Ana Marek", "OECD"}),),
        present=False,
    ),
    Case(
        "declined-to-attend-is-no-participant",
        "Ms. Ana Marek declined to attend the OECD Ministerial Council Meeting.",
        "meeting_participants",
        (frozenset({"Ana Marek", "OECD"}),),
        present=False,
    ),
    # -- one person attends a list of conferences: each of them --------------------------
    Case(
        "attends-each-conference-of-a-list",
        "While in Denmark, Ms. Ana Marek will attend the annual OECD Ministerial Council "
        "Meeting, the G7 Foreign Ministers' Meeting, and the NATO summit.",
        "meeting_participants",
        (frozenset({"Ana Marek", "NATO"}),),
    ),
    Case(
        "attends-the-second-of-two-conferences",
        "Ms. Ana Marek attended the OECD Ministerial Council Meeting (MCM) and the NATO summit "
        "in Copenhagen.",
        "meeting_places",
        (frozenset({"Ana Marek", "NATO"}), "Copenhagen"),
    ),
    Case(
        "list-of-conferences-not-attended",
        "Ms. Ana Marek did not attend the OECD Ministerial Council Meeting and the NATO summit.",
        "meeting_participants",
        (frozenset({"Ana Marek", "NATO"}),),
        present=False,
    ),
    Case(
        "second-conference-attended-by-another",
        "Ms. Ana Marek attended the OECD Ministerial Council Meeting, and Mr. Ivo Kral attended "
        "the NATO summit.",
        "meeting_participants",
        (frozenset({"Ana Marek", "NATO"}),),
        present=False,
    ),
    Case(
        "conference-after-and-that-acts-is-no-second-attended",
        "Ms. Ana Marek attended the OECD Ministerial Council Meeting and the NATO summit "
        "criticised her speech.",
        "meeting_participants",
        (frozenset({"Ana Marek", "NATO"}),),
        present=False,
    ),
    # -- "met with Norway's Deputy Prime Minister and Minister of Commerce, B": B is met --
    Case(
        "met-a-person-with-two-titles-of-a-state",
        "Kenyan Foreign Minister Ilka Moravin on Friday met with Norway's Deputy Prime Minister "
        "and Minister of Commerce, Per Hald, before the forum opened.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
    ),
    Case(
        "met-a-person-with-two-titles-is-no-meeting-with-the-state",
        "Kenyan Foreign Minister Ilka Moravin on Friday met with Norway's Deputy Prime Minister "
        "and Minister of Commerce, Per Hald, before the forum opened.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
        present=False,
    ),
    Case(
        "pair-met-one-with-two-titles-of-a-state",
        "Kenya's Foreign Minister, Ilka Moravin and Norway's State Secretary and Foreign "
        "Minister, Per Hald, met to exchange views.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
    ),
    Case(
        "telephone-call-with-a-person-with-two-titles-is-no-meeting",
        "Kenyan Foreign Minister Ilka Moravin on Friday held a telephone call with Norway's "
        "Deputy Prime Minister and Minister of Commerce, Per Hald.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    # -- "hosted Norway's Minister for Foreign Affairs, the Hon B MP and …, Senator C" -------
    Case(
        "hosted-a-person-named-with-an-honorific",
        "On 20 July, Kenyan Foreign Minister Ilka Moravin hosted Norway's Minister for Foreign "
        "Affairs, the Hon Per Hald MP, in Nairobi.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Nairobi"),
    ),
    Case(
        "hosted-a-person-named-with-an-honorific-is-no-meeting-with-the-state",
        "On 20 July, Kenyan Foreign Minister Ilka Moravin hosted Norway's Minister for Foreign "
        "Affairs, the Hon Per Hald MP, in Nairobi.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
        present=False,
    ),
    Case(
        "hosted-two-named-with-honorifics-and-letters",
        "On 20 July, Kenyan Foreign Minister Ilka Moravin hosted Norway's Minister for Foreign "
        "Affairs, the Hon Per Hald MP and Norway's Minister for Defence, Senator the Hon Ivo "
        "Kral, in Nairobi.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald", "Ivo Kral"}),),
    ),
    Case(
        "an-honorific-in-a-telephone-call-is-no-meeting",
        "Kenyan Foreign Minister Ilka Moravin spoke by telephone with Norway's Minister for "
        "Foreign Affairs, the Hon Per Hald MP.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    # -- "A and B hosted C": one meeting of the hosts and the guest ----------------------
    Case(
        "two-hosts-and-a-guest-meet-together",
        "Kenyan Foreign Minister Ilka Moravin and Kenyan Defence Minister Ana Marek hosted "
        "Norwegian Foreign Minister Per Hald in Nairobi on Thursday.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Ana Marek", "Per Hald"}), "Nairobi"),
    ),
    Case(
        "two-hosts-will-host-a-guest",
        "Kenyan Foreign Minister Ilka Moravin and Kenyan Defence Minister Ana Marek will host "
        "Norwegian Foreign Minister Per Hald in Nairobi next week.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Ana Marek", "Per Hald"}),),
    ),
    Case(
        "hosts-separately-are-no-one-meeting",
        "Kenyan Foreign Minister Ilka Moravin and Kenyan Defence Minister Ana Marek separately "
        "hosted Norwegian Foreign Minister Per Hald in Nairobi on Thursday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Ana Marek", "Per Hald"}),),
        present=False,
    ),
    Case(
        "a-speaker-is-no-co-host",
        "Kenyan Foreign Minister Ilka Moravin said that Kenyan Defence Minister Ana Marek hosted "
        "Norwegian Foreign Minister Per Hald in Nairobi on Thursday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Ana Marek", "Per Hald"}),),
        present=False,
    ),
    # -- "President of the Republic of Norway Per Hald": the name after the title's state --
    Case(
        "talks-with-a-title-of-a-state-before-the-name",
        "Talks between Kenya's Ilka Moravin and President of the Republic of Norway Per Hald "
        "have been held in Bergen.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Bergen"),
    ),
    Case(
        "talks-with-a-title-of-a-state-are-no-meeting-with-the-state",
        "Talks between Kenya's Ilka Moravin and President of the Republic of Norway Per Hald "
        "have been held in Bergen.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
        present=False,
    ),
    Case(
        "met-the-title-of-a-state-and-name",
        "Kenyan President Ilka Moravin met the Prime Minister of Norway Per Hald in Bergen on "
        "Thursday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
    ),
    Case(
        "title-of-a-state-without-a-name-is-the-state",
        "Kenyan President Ilka Moravin met the President of Norway in Bergen on Thursday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
    ),
    Case(
        "phoned-the-title-of-a-state-and-name-is-no-meeting",
        "Kenyan President Ilka Moravin phoned the Prime Minister of Norway Per Hald on Thursday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    # -- "welcomed Japan and China's moves": states owning a thing are not met -------------
    Case(
        "welcomed-two-states-joint-thing-is-no-meeting",
        "In response, Secretary Per Hald welcomed Kenya and Norway's moves to improve their "
        "relations.",
        "meeting_participants",
        (frozenset({"Per Hald", "Kenya"}),),
        present=False,
    ),
    Case(
        "welcomed-a-state-and-another-s-thing-is-no-meeting",
        "Secretary Per Hald on Thursday welcomed Sweden and Denmark's decision to join the pact.",
        "meeting_participants",
        (frozenset({"Per Hald", "Sweden"}),),
        present=False,
    ),
    Case(
        "welcomed-two-leaders-is-a-meeting",
        "Secretary Per Hald welcomed Kenyan President Ilka Moravin and Swedish Prime Minister "
        "Ivo Kral to Oslo on Thursday.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ilka Moravin", "Ivo Kral"}),),
    ),
    # -- "welcomed the UK's leadership on education": a role played, no one met -----------
    Case(
        "welcomed-a-state-s-leadership-on-a-topic-is-no-meeting",
        "UN Secretary-General Per Hald welcomed the UK's leadership on global education.",
        "meeting_participants",
        (frozenset({"Per Hald", "United Kingdom"}),),
        present=False,
    ),
    Case(
        "praised-leadership-in-a-fight-is-no-meeting",
        "UN Secretary-General Per Hald welcomed Norway’s leadership in the fight against hunger.",
        "meeting_participants",
        (frozenset({"Per Hald", "Norway"}),),
        present=False,
    ),
    Case(
        "met-a-state-s-leadership-in-a-city-is-a-meeting",
        "UN Secretary-General Per Hald met Norway’s leadership in Oslo on Thursday.",
        "meeting_places",
        (frozenset({"Per Hald", "Norway"}), "Oslo"),
    ),
    # -- "A's summit on Wednesday with B": the owner of the summit meets B -----------------
    Case(
        "possessive-summit-with-a-day-before-with",
        "Kenyan President Ilka Moravin's summit on Wednesday with President Per Hald of Norway "
        "in Bergen was cordial.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Bergen"),
    ),
    Case(
        "following-a-possessive-summit-with",
        "Following Kenyan President Ilka Moravin's summit with President Per Hald of Norway, "
        "the two trade ministers met.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
    ),
    Case(
        "possessive-summit-cancelled",
        "Kenyan President Ilka Moravin's planned summit with President Per Hald of Norway was "
        "called off.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    Case(
        "possessive-summit-that-could-happen",
        "Kenyan President Ilka Moravin's summit with President Per Hald of Norway could take "
        "place next year.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    Case(
        "possessive-meeting-that-could-happen",
        "Kenyan President Ilka Moravin's meeting with President Per Hald of Norway could take "
        "place next year.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    Case(
        "hoped-for-summit-is-none",
        "Kenyan President Ilka Moravin hopes for a summit with President Per Hald of Norway.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    # -- "will welcome Prime Minister of Norway, Hon B MP, to Kenya": B, not the state -----
    Case(
        "will-welcome-a-title-of-a-state-comma-honorific-name",
        "Prime Minister Ilka Moravin will welcome Prime Minister of Norway, Hon Per Hald MP, to "
        "Kenya on 7 December 2025 for an official visit.",
        "meetings",
        (frozenset({"Ilka Moravin", "Per Hald"}), "2025-12-07"),
    ),
    Case(
        "welcomed-the-title-of-a-state-and-name-is-no-meeting-with-the-state",
        "Prime Minister Ilka Moravin welcomed the Prime Minister of Norway, the Hon Per Hald MP, "
        "to Nairobi on Thursday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
        present=False,
    ),
    Case(
        "titles-of-a-list-of-states-are-the-states",
        "Prime Minister Ilka Moravin met the Presidents of Norway, Sweden and Denmark in Nairobi "
        "on Thursday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Sweden"}),),
    ),
    Case(
        "will-not-welcome-is-no-meeting",
        "Prime Minister Ilka Moravin will not welcome Per Hald to Nairobi.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    Case(
        "a-warm-welcome-is-no-will-welcome",
        "Prime Minister Ilka Moravin said Per Hald will receive a warm welcome in Nairobi.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    # -- "A and Foreign Minister B's meeting in Vancouver": the two owners met ------------
    Case(
        "joint-owners-of-a-meeting-met",
        "Today's talks followed on from Secretary Per Hald and Foreign Minister Ilka Moravin's "
        "meeting in Vancouver last week.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Vancouver"),
    ),
    Case(
        "joint-owners-of-a-first-meeting-met",
        "Secretary Per Hald and Foreign Minister Ilka Moravin's first meeting in Vancouver was "
        "held on Monday.",
        "meetings",
        (frozenset({"Per Hald", "Ilka Moravin"}), "2025-03-10"),
    ),
    Case(
        "joint-owners-of-a-meeting-that-could-happen",
        "Secretary Per Hald and Foreign Minister Ilka Moravin's meeting could take place in "
        "Vancouver.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ilka Moravin"}),),
        present=False,
    ),
    Case(
        "praising-another-s-meeting-is-no-meeting-with-the-owner",
        "Secretary Per Hald praised Foreign Minister Ilka Moravin's meeting with Ivo Kral.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ilka Moravin"}),),
        present=False,
    ),
    # -- a visit told as a guest's background by "who is visiting": its guest's, undated --
    Case(
        "who-is-also-visiting-is-the-guests-visit",
        "On March 12, Foreign Minister Per Hald of Norway, who is visiting Ghana, held a "
        "meeting with Dr. Ilka Moravin, Foreign Minister of Kenya, who is also visiting Ghana.",
        "meetings",
        (frozenset({"Ilka Moravin", "Ghana"}), None),
    ),
    Case(
        "who-is-visiting-is-the-subjects-visit-undated",
        "On March 12, Foreign Minister Per Hald of Norway, who is visiting Ghana, held a "
        "meeting with Dr. Ilka Moravin, Foreign Minister of Kenya.",
        "meetings",
        (frozenset({"Per Hald", "Ghana"}), None),
    ),
    Case(
        "who-is-visiting-is-not-dated-by-the-meeting",
        "On March 12, Foreign Minister Per Hald of Norway, who is visiting Ghana, held a "
        "meeting with Dr. Ilka Moravin, Foreign Minister of Kenya.",
        "meetings",
        (frozenset({"Per Hald", "Ghana"}), "2025-03-12"),
        present=False,
    ),
    Case(
        "who-were-visiting-is-each-listed-guests-visit",
        "On March 12, Foreign Minister Per Hald of Norway held a meeting with Secretary of "
        "State Dana Whitcombe, Secretary of State of the United States, and Dr. Ilka Moravin, "
        "Foreign Minister of Kenya, who were visiting Ghana.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ghana"}),),
    ),
    Case(
        "who-were-visiting-is-the-last-guests-visit-too",
        "On March 12, Foreign Minister Per Hald of Norway held a meeting with Secretary of "
        "State Dana Whitcombe, Secretary of State of the United States, and Dr. Ilka Moravin, "
        "Foreign Minister of Kenya, who were visiting Ghana.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Ghana"}),),
    ),
    Case(
        "who-is-visiting-singular-is-not-the-earlier-guests",
        "On March 12, Foreign Minister Per Hald of Norway held a meeting with Secretary of "
        "State Dana Whitcombe, Secretary of State of the United States, and Dr. Ilka Moravin, "
        "Foreign Minister of Kenya, who is visiting Ghana.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Ghana"}),),
        present=False,
    ),
    Case(
        "who-is-visiting-is-not-the-subjects-when-the-guest-visits",
        "On March 12, Foreign Minister Per Hald of Norway held a meeting with Dr. Ilka "
        "Moravin, Foreign Minister of Kenya, who is visiting Ghana.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ghana"}),),
        present=False,
    ),
    # -- guests welcomed to a place: a visit of each to the place's state ---------------
    Case(
        "will-welcome-guest-to-a-state",
        "Prime Minister Per Hald of Norway will welcome Foreign Minister of Kenya, Dr Ilka "
        "Moravin, to Norway on March 20 for an official visit.",
        "meetings",
        (frozenset({"Ilka Moravin", "Norway"}), "2025-03-20"),
    ),
    Case(
        "welcomed-each-listed-guest-to-a-capital",
        "Prime Minister Per Hald of Norway welcomed Secretary of State Dana Whitcombe and "
        "Foreign Minister Ilka Moravin of Kenya to Oslo for talks on fisheries.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
    ),
    Case(
        "welcomed-guest-to-a-capital-is-a-visit-there",
        "Prime Minister Per Hald of Norway welcomed Secretary of State Dana Whitcombe and "
        "Foreign Minister Ilka Moravin of Kenya to Oslo for talks on fisheries.",
        "meeting_places",
        (frozenset({"Dana Whitcombe", "Norway"}), "Oslo"),
    ),
    Case(
        "government-welcomes-guests-to-a-city-no-list-knows",
        "This week the Norwegian Government welcomes Foreign Minister of Kenya, Her "
        "Excellency Dr Ilka Moravin, to Tromvik.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Norway"}), "Tromvik"),
    ),
    Case(
        "welcomed-guests-place-is-the-meetings",
        "Prime Minister Per Hald and Foreign Minister Ane Dahl of Norway will welcome "
        "Secretary of State Dana Whitcombe to Bergen for the annual fisheries talks next week.",
        "meeting_places",
        (frozenset({"Per Hald", "Ane Dahl", "Dana Whitcombe"}), "Bergen"),
    ),
    Case(
        "welcomed-a-decision-is-no-visit",
        "Prime Minister Per Hald of Norway welcomed the decision of Foreign Minister Ilka "
        "Moravin of Kenya to Norway's surprise.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
        present=False,
    ),
    Case(
        "welcomed-a-guest-of-the-same-state-is-no-visit",
        "Prime Minister Per Hald of Norway welcomed Foreign Minister Ane Dahl of Norway to "
        "Bergen for the fisheries talks.",
        "meeting_participants",
        (frozenset({"Ane Dahl", "Norway"}),),
        present=False,
    ),
    Case(
        "would-welcome-is-no-visit",
        "Prime Minister Per Hald of Norway said he would welcome Foreign Minister Ilka "
        "Moravin of Kenya to Oslo if the talks went well.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
        present=False,
    ),
    Case(
        "welcomed-guests-to-a-meeting-is-no-visit",
        "Prime Minister Per Hald of Norway welcomed Foreign Minister Ilka Moravin of Kenya "
        "to the Arctic Council meeting in Tromso.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Norway"}),),
        present=False,
    ),
    # -- "The Prime Ministers will meet …": a plural title is the pair named before -------
    Case(
        "plural-title-subject-is-the-pair-named-before",
        "Prime Minister Per Hald of Norway spoke by telephone with Prime Minister Ilka "
        "Moravin of Kenya on Monday.\n\nThe Prime Ministers will meet in Nairobi on March 20.",
        "meetings",
        (frozenset({"Per Hald", "Ilka Moravin"}), "2025-03-20"),
    ),
    Case(
        "plural-title-inside-a-sentence-is-no-subject",
        "Prime Minister Per Hald of Norway spoke by telephone with Prime Minister Ilka "
        "Moravin of Kenya on Monday.\n\nOfficials said the Prime Ministers will meet in "
        "Nairobi on March 20 if the talks go well.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ilka Moravin"}),),
        present=False,
    ),
    Case(
        "plural-title-with-one-person-named-is-no-meeting",
        "Prime Minister Per Hald of Norway spoke to reporters on Monday.\n\n"
        "The Prime Ministers will meet in Nairobi on March 20.",
        "meeting_participants",
        (frozenset({"Per Hald"}),),
        present=False,
    ),
    Case(
        "between-plural-title-who-last-met-is-the-pair",
        "Prime Minister Per Hald of Norway will welcome Prime Minister Ilka Moravin of Kenya "
        "to Norway on March 20.\n\nThe visit will strengthen the partnership between Prime "
        "Ministers, who last met at the Commonwealth summit in Nairobi in November.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Nairobi"),
    ),
    Case(
        "between-plural-title-who-said-is-no-meeting",
        "Prime Minister Per Hald of Norway will welcome Prime Minister Ilka Moravin of Kenya "
        "to Norway on March 20.\n\nThe visit will strengthen the partnership between Prime "
        "Ministers, who said trade in Nairobi was growing.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Nairobi"),
        present=False,
    ),
    # -- a planned meeting told again with its place is one meeting, held there ---------
    Case(
        "planned-meeting-told-again-takes-its-place",
        "Prime Minister Per Hald of Norway will welcome Prime Minister Ilka Moravin of Kenya "
        "to Norway on March 20 for an official visit.\n\nThe Prime Ministers will meet in "
        "Bergen to discuss fisheries.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Bergen"),
    ),
    Case(
        "held-meeting-is-not-the-planned-ones-place",
        "Prime Minister Per Hald of Norway met Prime Minister Ilka Moravin of Kenya in Oslo "
        "on March 12.\n\nThe Prime Ministers will meet again in Bergen next month.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Oslo"),
    ),
    # -- where the subject had come to attend something, before the meeting's verb ------
    Case(
        "visiting-a-city-to-attend-then-held-a-meeting",
        "Foreign Minister Per Hald of Norway, who was visiting Nairobi, Kenya, to attend the "
        "second Lake Victoria Fisheries Conference (LVFC II), held a meeting with Dana "
        "Whitcombe, Secretary of State of the United States.",
        "meeting_places",
        (frozenset({"Per Hald", "Dana Whitcombe"}), "Nairobi"),
    ),
    Case(
        "during-his-visit-to-a-city-to-attend-held-a-meeting",
        "Foreign Minister Per Hald of Norway, during his visit to Nairobi to attend the "
        "session of the fisheries council, held a meeting with Dana Whitcombe, Secretary of "
        "State of the United States.",
        "meeting_places",
        (frozenset({"Per Hald", "Dana Whitcombe"}), "Nairobi"),
    ),
    Case(
        "visit-to-a-city-after-the-meeting-is-not-its-place",
        "Foreign Minister Per Hald of Norway held a meeting with Dana Whitcombe, Secretary of "
        "State of the United States, before his visit to Nairobi to attend the session of the "
        "fisheries council.",
        "meeting_places",
        (frozenset({"Per Hald", "Dana Whitcombe"}), "Nairobi"),
        present=False,
    ),
    # -- "visited X and met B": the meeting is held in X -------------------------------
    Case(
        "visited-a-city-today-and-met",
        "Special Envoy Mara Lindqvist visited Nairobi today and met Foreign Minister Ilka "
        "Moravin of Kenya.",
        "meeting_places",
        (frozenset({"Mara Lindqvist", "Ilka Moravin"}), "Nairobi"),
    ),
    Case(
        "visited-a-city-and-later-met-elsewhere-is-not-its-place",
        "Special Envoy Mara Lindqvist visited Nairobi today. She met Foreign Minister Ilka "
        "Moravin of Kenya in Mombasa on Thursday.",
        "meeting_places",
        (frozenset({"Mara Lindqvist", "Ilka Moravin"}), "Nairobi"),
        present=False,
    ),
    # -- attending a body's own meeting, or a named meeting with "and" in its name ------
    Case(
        "attend-a-meeting-of-the-body",
        "Foreign Minister Per Hald of Norway will attend a meeting of the North Atlantic "
        "Council in Brussels on March 20.",
        "meeting_participants",
        (frozenset({"Per Hald", "North Atlantic Council"}),),
    ),
    Case(
        "attend-a-numbered-session-of-the-body",
        "Foreign Minister Per Hald of Norway, during his visit to New York to attend the 80th "
        "session of the UN General Assembly, held a meeting with Dana Whitcombe.",
        "meeting_participants",
        (frozenset({"Per Hald", "UN General Assembly"}),),
    ),
    Case(
        "a-meeting-of-the-body-not-attended-has-no-attendee",
        "Foreign Minister Per Hald of Norway criticised a meeting of the North Atlantic "
        "Council in Brussels on March 20.",
        "meeting_participants",
        (frozenset({"Per Hald", "North Atlantic Council"}),),
        present=False,
    ),
    Case(
        "attend-a-named-meeting-with-and-in-its-name",
        "Foreign Minister Per Hald of Norway, who was visiting Canada to attend G7 Foreign "
        "and Development Ministers’ Meeting, held a meeting with Dana Whitcombe.",
        "meeting_participants",
        (frozenset({"Per Hald", "G7"}),),
    ),
    # -- a meeting named by the states that hold it ------------------------------------
    Case(
        "named-by-two-states-summit",
        "Foreign Minister Per Hald of Norway said the statement released after the recent "
        "Norway-Kenya Summit was a milestone.",
        "meeting_participants",
        (frozenset({"Norway", "Kenya"}),),
    ),
    Case(
        "named-by-three-states-dated-right-after",
        "Foreign Minister Per Hald of Norway said pressure was needed, as was confirmed at the "
        "Norway-Kenya-Ghana Trilateral Summit meeting on March 6.",
        "meetings",
        (frozenset({"Norway", "Kenya", "Ghana"}), "2025-03-06"),
    ),
    Case(
        "named-by-states-with-and-in-its-name",
        "The two countries would deepen their talks, including swiftly holding the "
        "Norway-Kenya Joint Foreign and Defence Ministerial Consultations.",
        "meeting_participants",
        (frozenset({"Norway", "Kenya"}),),
    ),
    Case(
        "named-by-states-not-dated-by-another-clause",
        "Officials said trade missions will travel from March 16 to 20, and that a "
        "Norway-Kenya vice-ministerial consultation will be held before the summit.",
        "meetings",
        (frozenset({"Norway", "Kenya"}), None),
    ),
    Case(
        "headline-naming-the-persons-meeting-is-no-states-meeting",
        "Norway-Kenya Foreign Ministers' Meeting\n\nOn March 12, Foreign Minister Per Hald "
        "of Norway held a meeting with Foreign Minister Ilka Moravin of Kenya.",
        "meeting_participants",
        (frozenset({"Norway", "Kenya"}),),
        present=False,
    ),
    Case(
        "named-meeting-beside-the-persons-meeting-is-theirs",
        "The Sixth Norway-Kenya Strategic Dialogue was held in Oslo on March 12. Norway's "
        "Foreign Minister, Per Hald, and Kenya's Foreign Minister, Ilka Moravin, met to "
        "exchange views.",
        "meeting_participants",
        (frozenset({"Norway", "Kenya"}),),
        present=False,
    ),
    Case(
        "named-meeting-beside-the-persons-meeting-dates-it",
        "The Sixth Norway-Kenya Strategic Dialogue was held in Oslo on March 12. Norway's "
        "Foreign Minister, Per Hald, and Kenya's Foreign Minister, Ilka Moravin, met to "
        "exchange views.",
        "meetings",
        (frozenset({"Per Hald", "Ilka Moravin"}), "2025-03-12"),
    ),
    Case(
        "named-meeting-in-a-sentence-telling-a-meeting-is-that-one",
        "Foreign Minister Per Hald of Norway said the Norway-Ghana foreign ministers' meeting "
        "had been held just before his meeting with Foreign Minister Ilka Moravin of Kenya.",
        "meeting_participants",
        (frozenset({"Norway", "Ghana"}),),
        present=False,
    ),
    Case(
        "named-meeting-of-two-bodies-is-not-the-states",
        "The Ministry of Trade of Norway will work with the Ministry of Fisheries of Kenya "
        "through the revival of the Norway-Kenya Fisheries Summit in Mombasa.",
        "meeting_participants",
        (frozenset({"Norway", "Kenya"}),),
        present=False,
    ),
    Case(
        "hypothetical-named-meeting-is-none",
        "Analysts said the two governments could hold a Norway-Kenya summit next year.",
        "meeting_participants",
        (frozenset({"Norway", "Kenya"}),),
        present=False,
    ),
    Case(
        "hyphenated-name-of-no-states-is-no-meeting",
        "Foreign Minister Per Hald of Norway will attend the Oslo-Bergen Railway Forum.",
        "meeting_participants",
        (frozenset({"Oslo", "Bergen"}),),
        present=False,
    ),
    # -- a place told before the meeting: the trip's city or "meetings in X" ----------
    Case(
        "welcomed-to-a-city-then-the-meeting-in-the-next-paragraph",
        "This week the Norwegian Government welcomes Foreign Minister of Kenya, Her "
        "Excellency Dr Ilka Moravin, to Bergen.\n\nOn Friday, Foreign Minister Per Hald of "
        "Norway and Minister Moravin will hold the annual Norway-Kenya Fisheries Dialogue.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Bergen"),
    ),
    Case(
        "a-series-of-meetings-in-a-city-then-each-meeting",
        "Foreign Minister Per Hald of Norway will bring together partners for a series of "
        "meetings in Bergen. Hald will host Foreign Minister Ilka Moravin of Kenya for a "
        "bilateral meeting on fisheries.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Bergen"),
    ),
    Case(
        "a-trip-to-several-cities-places-no-later-meeting",
        "Foreign Minister Per Hald of Norway will travel to Nairobi and Addis Ababa on "
        "Monday.\n\nHald will meet with Foreign Minister Ilka Moravin of Kenya.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Nairobi"),
        present=False,
    ),
    Case(
        "a-planned-trip-places-no-meeting-already-held",
        "Foreign Minister Per Hald of Norway will travel to Nairobi next month.\n\n"
        "Hald met Foreign Minister Ilka Moravin of Kenya on Monday.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Nairobi"),
        present=False,
    ),
    Case(
        "a-trip-far-before-places-no-meeting",
        "Foreign Minister Per Hald of Norway will travel to Nairobi next month.\n\nThe "
        "ministry listed its priorities.\n\nIt named fisheries.\n\nIt named trade.\n\n"
        "Hald will meet with Foreign Minister Ilka Moravin of Kenya.",
        "meeting_places",
        (frozenset({"Per Hald", "Ilka Moravin"}), "Nairobi"),
        present=False,
    ),
    # -- where a conference is: the city its attendee came to ------------------------------
    Case(
        "during-his-visit-to-a-two-word-city-to-attend",
        "Foreign Minister Per Hald of Norway, during his visit to New York to attend the 80th "
        "session of the UN General Assembly, held a meeting with Dana Whitcombe.",
        "meeting_places",
        (frozenset({"Per Hald", "UN General Assembly"}), "New York"),
    ),
    Case(
        "in-a-city-where-he-was-visiting-to-attend",
        "Foreign Minister Per Hald of Norway met Dana Whitcombe in Nairobi, the capital of "
        "Kenya, where he was visiting to attend the G7 Foreign Ministers' Meeting.",
        "meeting_places",
        (frozenset({"Per Hald", "G7"}), "Nairobi"),
    ),
    Case(
        "a-city-visited-after-attending-is-not-the-conferences",
        "Foreign Minister Per Hald of Norway will attend the UN Environment Assembly before "
        "his visit to Nairobi.",
        "meeting_places",
        (frozenset({"Per Hald", "UN Environment Assembly"}), "Nairobi"),
        present=False,
    ),
    # -- meetings with a state's officials or delegation: with the state ---------------
    Case(
        "meetings-with-demonym-officials",
        "Special Envoy Mara Lindqvist will be in Nairobi for meetings with Kenyan officials "
        "tomorrow.",
        "meeting_places",
        (frozenset({"Mara Lindqvist", "Kenya"}), "Nairobi"),
    ),
    Case(
        "planning-to-meet-with-a-demonym-delegation",
        "Special Envoy Mara Lindqvist spoke in Oslo. She is planning to meet with a Kenyan "
        "delegation in Geneva early next week.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "Kenya"}),),
    ),
    Case(
        "demonym-officials-said-is-no-meeting",
        "Special Envoy Mara Lindqvist spoke in Oslo. Kenyan officials said the talks would resume.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "Kenya"}),),
        present=False,
    ),
    Case(
        "refused-to-meet-a-demonym-delegation-is-no-meeting",
        "Special Envoy Mara Lindqvist spoke in Oslo. She refused to meet with a Kenyan "
        "delegation in Geneva.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "Kenya"}),),
        present=False,
    ),
    # -- an occasion attended at its hosts' invitation: one meeting of them all ---------
    Case(
        "attended-the-ceremony-upon-the-invitation-of",
        "Secretary of State Dana Whitcombe and Special Envoy Mara Lindqvist attended the "
        "ceremony upon the invitation of Prime Ministers Per Hald and Ilka Moravin.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Mara Lindqvist", "Per Hald", "Ilka Moravin"}),),
    ),
    Case(
        "attended-the-dinner-hosted-by",
        "Secretary of State Dana Whitcombe attended the state dinner hosted by Prime "
        "Minister Per Hald of Norway.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Per Hald"}),),
    ),
    Case(
        "declined-the-invitation-is-no-meeting",
        "Secretary of State Dana Whitcombe did not attend the ceremony upon the invitation "
        "of Prime Minister Per Hald of Norway.",
        "meeting_participants",
        (frozenset({"Dana Whitcombe", "Per Hald"}),),
        present=False,
    ),
    # -- "in X, …, where he was visiting": his visit to X, undated ----------------------
    Case(
        "in-a-city-where-he-was-visiting-is-his-visit",
        "On March 12, Foreign Minister Per Hald of Norway spoke to students in Nairobi, the "
        "capital of Kenya, where he was visiting to attend the G7 Foreign Ministers' Meeting.",
        "meetings",
        (frozenset({"Per Hald", "Kenya"}), None),
    ),
    Case(
        "in-a-city-where-they-live-is-no-visit",
        "On March 12, Foreign Minister Per Hald of Norway met Dana Whitcombe in Nairobi, the "
        "capital of Kenya, where she was born.",
        "meeting_participants",
        (frozenset({"Per Hald", "Kenya"}),),
        present=False,
    ),
    # -- a body briefed: a meeting with the body ------------------------------------------
    Case(
        "looks-forward-to-briefing-the-council",
        "Special Envoy Mara Lindqvist spoke to reporters. She also looks forward to briefing "
        "the Security Council next week.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "UN Security Council"}),),
    ),
    Case(
        "his-briefing-to-the-council-names-him-after",
        "Since her briefing to the Security Council on 26 February, Special Envoy Mara "
        "Lindqvist has held consultations in Geneva.",
        "meetings",
        (frozenset({"Mara Lindqvist", "UN Security Council"}), "2025-02-26"),
    ),
    Case(
        "briefing-the-council-is-not-placed-by-a-later-clause",
        "Since her briefing to the Security Council on 26 February, Special Envoy Mara "
        "Lindqvist has prepared the talks due to take place in Geneva on 28 March.",
        "meeting_places",
        (frozenset({"Mara Lindqvist", "UN Security Council"}), "Geneva"),
        present=False,
    ),
    Case(
        "did-not-brief-the-council-is-no-meeting",
        "Special Envoy Mara Lindqvist spoke to reporters. She did not brief the Security "
        "Council on the talks.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "UN Security Council"}),),
        present=False,
    ),
    Case(
        "briefing-reporters-is-no-meeting-with-a-body",
        "Special Envoy Mara Lindqvist briefed the Kenyan press on the talks.",
        "meeting_participants",
        (frozenset({"Mara Lindqvist", "Kenya"}),),
        present=False,
    ),
    # -- passive talks held at a host's invitation: the host and those met -------------
    Case(
        "consultations-held-at-the-invitation-with-representatives-of-states",
        "At the invitation of Special Envoy Mara Lindqvist, consultations were held in Geneva "
        "with senior representatives of Kenya, Ghana and Norway on the way ahead.",
        "meeting_places",
        (frozenset({"Mara Lindqvist", "Kenya", "Ghana", "Norway"}), "Geneva"),
    ),
    Case(
        "talks-held-at-the-invitation-with-persons",
        "At the invitation of Prime Minister Per Hald, talks were held in Oslo with Foreign "
        "Minister Ilka Moravin of Kenya.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ilka Moravin"}),),
    ),
    Case(
        "invitation-declined-is-no-meeting",
        "Foreign Minister Ilka Moravin of Kenya declined the invitation of Prime Minister Per "
        "Hald to talks in Oslo.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ilka Moravin"}),),
        present=False,
    ),
    Case(
        "at-the-invitation-without-talks-held-is-no-meeting",
        "At the invitation of Prime Minister Per Hald, Norway will send aid to Kenya and Ghana.",
        "meeting_participants",
        (frozenset({"Per Hald", "Kenya", "Ghana"}),),
        present=False,
    ),
    # -- a clock time in brackets: one sentence, and the date outside the brackets -------
    Case(
        "time-in-brackets-keeps-the-sentence-whole",
        "On March 12, commencing at 11:05 a.m. (local time; 5:05 p.m. Oslo time) for about "
        "30 minutes, Foreign Minister Per Hald of Norway held a meeting with Dr. Ilka "
        "Moravin, Foreign Minister of Kenya.",
        "meetings",
        (frozenset({"Per Hald", "Ilka Moravin"}), "2025-03-12"),
    ),
    Case(
        "date-in-brackets-gives-way-to-the-local-date",
        "On March 12, commencing at 6:10 p.m. local time (On March 13, at 3:10 a.m. Oslo "
        "time) for about 20 minutes, Foreign Minister Per Hald of Norway held a meeting with "
        "Dr. Ilka Moravin, Foreign Minister of Kenya.",
        "meetings",
        (frozenset({"Per Hald", "Ilka Moravin"}), "2025-03-12"),
    ),
    Case(
        "date-in-brackets-is-not-the-meetings",
        "On March 12, commencing at 6:10 p.m. local time (On March 13, at 3:10 a.m. Oslo "
        "time) for about 20 minutes, Foreign Minister Per Hald of Norway held a meeting with "
        "Dr. Ilka Moravin, Foreign Minister of Kenya.",
        "meetings",
        (frozenset({"Per Hald", "Ilka Moravin"}), "2025-03-13"),
        present=False,
    ),
    # -- news: talks with several states are one round of talks -------------------------
    Case(
        "talks-with-three-states-are-one-meeting",
        "Deputy Foreign Minister Ilka Moravin of Kenya held talks with Norway, Sweden and "
        "Denmark in Geneva on Monday.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Norway", "Sweden", "Denmark"}), "Geneva"),
    ),
    Case(
        "talks-with-three-states-give-no-two-party-meeting",
        "Deputy Foreign Minister Ilka Moravin of Kenya held talks with Norway, Sweden and "
        "Denmark in Geneva on Monday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Sweden"}),),
        present=False,
    ),
    Case(
        "said-talks-with-two-states-are-one-meeting",
        "Envoy Per Hald said on Friday that talks with Ghana and Uganda in Oslo had been frank.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ghana", "Uganda"}),),
    ),
    Case(
        "separate-talks-with-states-stay-apart",
        "Envoy Per Hald held talks separately with Ghana and Uganda in Oslo on Monday.",
        "meeting_participants",
        (frozenset({"Per Hald", "Ghana", "Uganda"}),),
        present=False,
    ),
    # -- news: a place inside a topic ("rights in X") is no meeting place ----------------
    Case(
        "place-of-a-dispute-in-a-relative-clause-is-no-meeting-place",
        f"{STATES}Arvelia and Doskara signed a water agreement on Monday that ends a quarrel "
        "over grazing rights in the Lower Tamsin Valley.",
        "meeting_places",
        (frozenset({"Arvelia", "Doskara"}), "Lower Tamsin Valley"),
        present=False,
    ),
    Case(
        "place-of-a-topic-noun-is-no-meeting-place",
        "President Ana Marek of Norway met President Ivo Kral of Sweden to discuss the war in "
        "Sudan.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Sudan"),
        present=False,
    ),
    Case(
        "meeting-place-before-a-topic-noun-is-kept",
        "President Ana Marek of Norway met President Ivo Kral of Sweden in Oslo on Monday to "
        "discuss the war in Sudan.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Oslo"),
    ),
    Case(
        "meeting-place-before-a-relative-clause-is-kept",
        "President Ana Marek of Norway met President Ivo Kral of Sweden in Oslo, which hosts "
        "the talks every year.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Oslo"),
    ),
    # -- news: a meeting on the day of a visit ---------------------------------------
    Case(
        "talks-later-in-the-day-take-the-arrival-day",
        "President Ana Marek of Norway arrived in Sweden on Monday for a state visit. She held "
        "talks with President Ivo Kral later in the day.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
    ),
    Case(
        "meeting-during-a-one-day-visit-takes-its-day",
        "Foreign Minister Ana Marek of Norway began a one-day visit to Stockholm today.\n\n"
        "She will also meet with President Ivo Kral of Sweden.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-14"),
    ),
    # -- news: a visit to "the Swedish capital Stockholm"; talks told in the visit's sentence
    Case(
        "visit-to-the-demonym-capital-city-visits-its-state",
        "Foreign Minister Ana Marek of Norway arrived on Monday for a visit to the Swedish "
        "capital Stockholm.",
        "meeting_places",
        (frozenset({"Ana Marek", "Sweden"}), "Stockholm"),
    ),
    Case(
        "visit-to-the-demonym-capital-with-a-comma",
        "Foreign Minister Ana Marek of Norway began a visit to the Swedish capital, Stockholm, "
        "on Monday.",
        "meeting_places",
        (frozenset({"Ana Marek", "Sweden"}), "Stockholm"),
    ),
    Case(
        "talks-during-a-visit-are-held-in-its-city",
        "Foreign Minister Ana Marek of Norway held talks with her Swedish counterpart Ivo Kral "
        "during a visit to the Swedish capital Stockholm.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Stockholm"),
    ),
    Case(
        "the-capital-of-an-unknown-demonym-is-no-visit",
        "Foreign Minister Ana Marek of Norway began a visit to the Zorbish capital Quellon on "
        "Monday.",
        "meeting_places",
        (frozenset({"Ana Marek", "Norway"}), "Quellon"),
        present=False,
    ),
    Case(
        "talks-before-a-planned-visit-are-not-held-in-its-city",
        "Foreign Minister Ana Marek of Norway held talks with Swedish Foreign Minister Ivo Kral "
        "in Oslo on Monday ahead of a visit to the Swedish capital Stockholm next week.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Stockholm"),
        present=False,
    ),
    # -- news: talks told in what someone said: the telling's day and place are not theirs
    Case(
        "talks-in-a-that-clause-take-no-place-from-the-telling",
        "President Ana Marek of Norway told reporters at the palace in Oslo on Wednesday that "
        "talks with President Ivo Kral of Sweden would include trade.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Oslo"),
        present=False,
    ),
    Case(
        "talks-in-a-that-clause-take-no-day-from-the-telling",
        "President Ana Marek of Norway said on Wednesday that talks with President Ivo Kral of "
        "Sweden had been frank.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-12"),
        present=False,
    ),
    Case(
        "talks-in-a-that-clause-keep-their-own-day",
        "President Ana Marek of Norway said on Wednesday that talks with President Ivo Kral of "
        "Sweden in Stockholm on Monday had been frank.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
    ),
    Case(
        "talks-in-a-that-clause-keep-their-own-place",
        "President Ana Marek of Norway said on Wednesday that talks with President Ivo Kral of "
        "Sweden in Stockholm on Monday had been frank.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Stockholm"),
    ),
    Case(
        "talks-not-in-a-that-clause-keep-the-sentences-day",
        "President Ana Marek of Norway held talks with President Ivo Kral of Sweden in Oslo on "
        "Wednesday.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-12"),
    ),
    # -- news: a trip to a UN organ's session at the UN's seat is no state visit --------
    Case(
        "trip-to-attend-the-general-assembly-is-no-state-visit",
        "President Ana Marek of Norway was returning from her trip to New York, where she "
        "attended the annual session of the U.N. General Assembly.",
        "meeting_participants",
        (frozenset({"Ana Marek", "United States"}),),
        present=False,
    ),
    Case(
        "trip-to-attend-the-security-council-is-no-state-visit",
        "Foreign Minister Ana Marek of Norway travelled to New York on Monday to attend a "
        "meeting of the United Nations Security Council.",
        "meeting_participants",
        (frozenset({"Ana Marek", "United States"}),),
        present=False,
    ),
    Case(
        "trip-to-attend-a-forum-elsewhere-is-a-state-visit",
        "Foreign Minister Ana Marek of Norway travelled to Stockholm on Monday to attend a "
        "meeting of the Nordic Council.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Sweden"}),),
    ),
    Case(
        "trip-to-new-york-for-talks-is-a-state-visit",
        "Foreign Minister Ana Marek of Norway travelled to New York on Monday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "United States"}),),
    ),
    # -- news: a visit fronted as the sentence's opening phrase --------------------------
    Case(
        "fronted-on-a-visit-the-subject-visits",
        "On a visit to Stockholm last June, Norwegian President Ana Marek signed a ferry pact.",
        "meeting_places",
        (frozenset({"Ana Marek", "Sweden"}), "Stockholm"),
    ),
    Case(
        "fronted-during-a-visit-with-its-day",
        "During a visit to Stockholm on Monday, Norwegian President Ana Marek signed a ferry pact.",
        "meetings",
        (frozenset({"Ana Marek", "Sweden"}), "2025-03-10"),
    ),
    Case(
        "fronted-visit-with-no-person-after-it-is-no-visit",
        "During a visit to Stockholm on Monday, the delegation signed a ferry pact.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Sweden"}),),
        present=False,
    ),
    Case(
        "fronted-visit-of-a-state-named-after-it-is-no-visit",
        "During a visit to Stockholm on Monday, Norway signed a ferry pact.",
        "meeting_participants",
        (frozenset({"Norway", "Sweden"}),),
        present=False,
    ),
    # -- news: "played host to" is hosting ------------------------------------------------
    Case(
        "played-host-to-a-leader-is-a-meeting",
        "Kenyan President Ilka Moravin played host to Norwegian Prime Minister Per Hald in "
        "Nairobi on Tuesday.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Nairobi"),
    ),
    Case(
        "two-who-played-host-to-a-summit-do-not-meet-by-it",
        "Kenyan President Ilka Moravin and Norwegian Prime Minister Per Hald played host to a "
        "regional summit in Nairobi on Tuesday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    # -- news: two subjects each followed by an apposed title ----------------------------
    Case(
        "apposed-titles-in-a-pair-that-met",
        "Ilka Moravin, Kenya's president, and Per Hald, Norway's prime minister, met in "
        "Nairobi on Tuesday.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Nairobi"),
    ),
    Case(
        "apposed-titles-in-a-pair-that-held-talks",
        "Ilka Moravin, Kenya's president, and Per Hald, Norway's prime minister, held talks "
        "in Nairobi on Tuesday.",
        "meetings",
        (frozenset({"Ilka Moravin", "Per Hald"}), "2025-03-11"),
    ),
    Case(
        "apposed-title-of-a-speaker-is-no-pair",
        "Ilka Moravin, Kenya's president, said aides of Per Hald, Norway's prime minister, met "
        "in Nairobi on Tuesday.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald"}),),
        present=False,
    ),
    # -- news: "had a conversation" in person is a meeting; by phone it is a call ---------
    Case(
        "pair-had-a-conversation-at-a-summit-venue",
        "Officials said Ana Marek and Ivo Kral had a conversation before the group photo "
        "ceremony for APEC leaders in Danang.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Danang"),
    ),
    Case(
        "had-a-brief-conversation-with",
        "President Ana Marek of Norway had a brief conversation with President Ivo Kral of "
        "Sweden in Oslo on Monday.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
    ),
    Case(
        "conversation-by-phone-is-no-meeting",
        "President Ana Marek of Norway and President Ivo Kral of Sweden had a conversation "
        "by phone on Monday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "telephone-conversation-is-no-meeting",
        "President Ana Marek of Norway had a telephone conversation with President Ivo Kral "
        "of Sweden on Monday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    # -- news: "signed in <unknown town> by A and B": the town is the signing's place -----
    Case(
        "signed-in-an-unknown-town-by-the-signers",
        "The agreement was signed in Port Selim by Norwegian Prime Minister Per Hald and "
        "Kenyan President Ilka Moravin.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Port Selim"),
    ),
    Case(
        "signed-in-an-unknown-town-by-signers-in-apposition",
        "The agreement, signed in Port Selim by Norwegian Foreign Minister Per Hald and his "
        "Kenyan counterpart Ilka Moravin, will run for five years.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Port Selim"),
    ),
    Case(
        "unknown-name-before-by-lowercase-is-no-place",
        "The agreement was signed in Port Selim by hand by Norwegian Prime Minister Per Hald "
        "and Kenyan President Ilka Moravin.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Per Hald"}), "Port Selim"),
        present=False,
    ),
    # -- news: "The Caracas visit Friday by A" -------------------------------------------
    Case(
        "place-visit-weekday-by-a-person",
        "The Stockholm visit Friday by Norwegian Foreign Minister Ana Marek underlined the "
        "alliance.",
        "meetings",
        (frozenset({"Ana Marek", "Sweden"}), "2025-03-14"),
    ),
    Case(
        "state-trip-last-week-by-a-person",
        "The Sweden trip last week by Norwegian Foreign Minister Ana Marek was cut short.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Sweden"}),),
    ),
    Case(
        "place-visit-by-a-delegation-is-no-persons-visit",
        "The Stockholm visit by the Norwegian delegation was cut short.",
        "meeting_participants",
        (frozenset({"Norway", "Sweden"}),),
        present=False,
    ),
    # -- news round-ups: a lead tells the round's day and place, then each meeting --------
    Case(
        "round-lead-gives-its-day-and-place-to-each-meeting",
        "Secretary-General Ilka Moravin discussed a range of issues in meetings with foreign "
        "ministers at UN Headquarters in New York today.\n\n"
        "In her meeting with Norway's Foreign Minister, Per Hald, the Secretary-General raised "
        "the drought.\n\nThe Secretary-General also met with Sweden's Foreign Minister Ivo Kral.",
        "meeting_places",
        (frozenset({"Ilka Moravin", "Ivo Kral"}), "New York"),
    ),
    Case(
        "round-lead-day-for-a-meeting-told-with-in-her-meeting",
        "Secretary-General Ilka Moravin discussed a range of issues in meetings with foreign "
        "ministers at UN Headquarters in New York today.\n\n"
        "In her meeting with Norway's Foreign Minister, Per Hald, the Secretary-General raised "
        "the drought.",
        "meetings",
        (frozenset({"Ilka Moravin", "Per Hald"}), "2025-03-14"),
    ),
    Case(
        "round-lead-talks-with-a-range-of-leaders",
        "Secretary-General Ilka Moravin today held talks with a range of world leaders on the "
        "margins of the debate.\n\nIn the meeting between the Secretary-General and Norway's "
        "Prime Minister Per Hald, the two discussed trade.",
        "meetings",
        (frozenset({"Ilka Moravin", "Per Hald"}), "2025-03-14"),
    ),
    Case(
        "in-her-meeting-with-a-titled-guest-leaves-out-the-guests-state",
        "In her meeting with Norway's Foreign Minister, Per Hald, Secretary-General Ilka "
        "Moravin raised the drought.",
        "meeting_participants",
        (frozenset({"Ilka Moravin", "Per Hald", "Norway"}),),
        present=False,
    ),
    Case(
        "without-a-round-lead-a-later-meeting-has-no-day",
        "Secretary-General Ilka Moravin met Norway's Foreign Minister Per Hald in New York "
        "today.\n\nThe Secretary-General also met with Sweden's Foreign Minister Ivo Kral.",
        "meetings",
        (frozenset({"Ilka Moravin", "Ivo Kral"}), "2025-03-14"),
        present=False,
    ),
    Case(
        "a-meeting-after-a-round-lead-keeps-its-own-day",
        "Secretary-General Ilka Moravin discussed a range of issues in meetings with foreign "
        "ministers in New York today.\n\nShe met Sweden's Foreign Minister Ivo Kral in Geneva "
        "last Monday.",
        "meetings",
        (frozenset({"Ilka Moravin", "Ivo Kral"}), "2025-03-14"),
        present=False,
    ),
    Case(
        "meeting-in-a-longer-visit-has-no-day-of-its-own",
        "President Ana Marek of Norway arrived in Sweden on Monday for a three-day visit. She "
        "will hold talks with President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
        present=False,
    ),
    # -- the day told between the meeting's noun and its parties ------------------------
    Case(
        "talks-weekday-between-parties",
        "Trade was on the agenda during talks Monday between Norwegian President Ana Marek "
        "and Swedish President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
    ),
    Case(
        "meeting-on-weekday-between-parties",
        "A meeting on Tuesday between Norwegian President Ana Marek and Swedish President "
        "Ivo Kral ended with a joint lunch.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-11"),
    ),
    Case(
        "talks-on-a-month-day-between-parties",
        "Fishing quotas dominated talks on March 3 between Norwegian President Ana Marek and "
        "Swedish President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-03"),
    ),
    # -- guests listed with semicolons (each with a title after the name) --------------
    Case(
        "bilateral-meetings-with-a-semicolon-list-first-guest",
        "Secretary-General Ana Marek opened the session. On Saturday the Secretary-General "
        "held bilateral meetings with Norway's President Ivo Kral; Lena Strand, Prime Minister "
        "of Sweden; and Danish Foreign Minister Per Holm.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-08"),
    ),
    Case(
        "bilateral-meetings-with-a-semicolon-list-middle-guest",
        "Secretary-General Ana Marek opened the session. On Saturday the Secretary-General "
        "held bilateral meetings with Norway's President Ivo Kral; Lena Strand, Prime Minister "
        "of Sweden; and Danish Foreign Minister Per Holm.",
        "meetings",
        (frozenset({"Ana Marek", "Lena Strand"}), "2025-03-08"),
    ),
    Case(
        "separate-meetings-with-a-semicolon-list-and-a-place",
        "Ana Marek held separate meetings with Ivo Kral; Lena Strand; and Per Holm in Oslo.",
        "meeting_places",
        (frozenset({"Ana Marek", "Per Holm"}), "Oslo"),
    ),
    Case(
        "met-with-a-semicolon-list-is-one-meeting",
        "Ana Marek met with Ivo Kral, the President of Norway; Lena Strand, the Prime Minister "
        "of Sweden; and Danish Foreign Minister Per Holm.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral", "Lena Strand", "Per Holm"}),),
    ),
    Case(
        "name-after-a-semicolon-opening-a-new-clause-is-no-guest",
        "Ana Marek met with Ivo Kral; Lena Strand, the Prime Minister of Sweden, criticised "
        "the meeting.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral", "Lena Strand"}),),
        present=False,
    ),
    # -- a bare title is its home body's holder, not the last holder of a like title ---
    Case(
        "bare-secretary-general-is-the-uns-not-another-bodys",
        "Secretary-General Ana Marek opened the debate. She also spoke with Ivo Kral, the "
        "Secretary-General of the Arab League. On Saturday the Secretary-General met with "
        "Danish Foreign Minister Per Holm.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Per Holm"}),),
    ),
    Case(
        "bare-secretary-general-is-not-the-arab-leagues",
        "Secretary-General Ana Marek opened the debate. She also spoke with Ivo Kral, the "
        "Secretary-General of the Arab League. On Saturday the Secretary-General met with "
        "Danish Foreign Minister Per Holm.",
        "meeting_participants",
        (frozenset({"Ivo Kral", "Per Holm"}),),
        present=False,
    ),
    # -- "conferred with", a possessor's talks, a fronted "In a meeting with B, A …" ----
    Case(
        "conferred-with-is-a-meeting",
        "Norwegian President Ana Marek conferred with Swedish President Ivo Kral in Oslo on "
        "Monday.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
    ),
    Case(
        "conferred-by-phone-is-no-meeting",
        "Norwegian President Ana Marek conferred by phone with Swedish President Ivo Kral.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "possessor-of-talks-meets-the-guest",
        "Norwegian President Ana Marek arrived. Trade figured high on Ms. Marek's talks with "
        "Swedish President Ivo Kral, while Danish Premier Per Holm watched.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
    ),
    Case(
        "possessor-of-talks-not-the-last-name-before",
        "The war against President Per Holm figured high on Ms. Ana Marek's talks with "
        "Swedish President Ivo Kral.",
        "meeting_participants",
        (frozenset({"Per Holm", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "fronted-in-a-meeting-with-subject-follows",
        "In a meeting with Swedish President Ivo Kral, Norwegian President Ana Marek reviewed "
        "trade.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
    ),
    Case(
        "fronted-in-a-meeting-with-subject-is-a-title",
        "Secretary-General Ana Marek opened the debate. In a meeting with Swedish Foreign "
        "Minister Ivo Kral, the Secretary-General reviewed refugee aid.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
    ),
    # -- a month abbreviated with its dot and no space before the day ("Oct.7") --------
    Case(
        "abbreviated-month-glued-to-its-day-dates-the-meeting",
        "Foreign Minister Ana Marek will visit Oslo on Mar.20 to meet with President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-20"),
    ),
    Case(
        "abbreviated-month-glued-to-a-year-is-no-day",
        "Foreign Minister Ana Marek met President Ivo Kral in Mar.2019 in Oslo.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-20"),
        present=False,
    ),
    # -- a round-up lead "discussed … with Heads of State and Government" dates each --
    Case(
        "round-lead-with-heads-of-state-and-government-dates-each-meeting",
        "Secretary-General Ana Marek on Monday discussed a host of regional flashpoints, "
        "including drought, fishing quotas and border posts as well as bilateral issues, with "
        "Heads of State and Government attending the summit.\n\n"
        "Fishing figured high in Ms. Marek's talks with Swedish President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
    ),
    Case(
        "one-guest-discussion-is-no-round-lead",
        "Secretary-General Ana Marek on Monday discussed fishing with President Per Holm.\n\n"
        "Fishing figured high in Ms. Marek's talks with Swedish President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
        present=False,
    ),
    # -- "During their meeting, held in X": the place of the meeting just told --------
    Case(
        "their-meeting-held-in-a-city-places-the-meeting-told-before",
        "President Ana Marek of Norway met today with the President of Sweden, Ivo Kral, for "
        "talks on trade.\n\nDuring their meeting, held in Oslo, they discussed fishing.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-14"),
    ),
    Case(
        "their-meeting-held-in-a-city-is-no-second-undated-meeting",
        "President Ana Marek of Norway met today with the President of Sweden, Ivo Kral, for "
        "talks on trade.\n\nDuring their meeting, held in Oslo, they discussed fishing.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), None),
        present=False,
    ),
    Case(
        "semicolon-item-with-a-possessive-state-title-before-the-name",
        "Ana Marek held bilateral meetings with Ivo Kral, the President of Norway; Sweden's "
        "Foreign Minister Lena Strand; and Per Holm, Secretary-General of the Nordic Council.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Lena Strand"}),),
    ),
    Case(
        "semicolon-item-with-a-title-after-the-name-last",
        "Ana Marek held bilateral meetings with Ivo Kral, the President of Norway; Sweden's "
        "Foreign Minister Lena Strand; and Per Holm, Secretary-General of the Nordic Council.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Per Holm"}),),
    ),
    Case(
        "semicolon-item-that-is-a-clause-is-no-guest",
        "Ana Marek held bilateral meetings with Ivo Kral, the President of Norway; Sweden's "
        "Foreign Minister Lena Strand said the talks were useful.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Lena Strand"}),),
        present=False,
    ),
    # -- a reporting clause after the meeting ("quoting A as telling …") keeps its own
    # -- day and place ------------------------------------------------------------------
    Case(
        "day-of-the-quoting-clause-is-not-the-meetings",
        "Foreign Minister Ana Marek will be meeting with President Ivo Kral, quoting Marek as "
        "telling the press in Oslo on Thursday that trade is key.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-13"),
        present=False,
    ),
    Case(
        "place-of-the-quoting-clause-is-not-the-meetings",
        "Foreign Minister Ana Marek will be meeting with President Ivo Kral, quoting Marek as "
        "telling the press in Oslo on Thursday that trade is key.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Oslo"),
        present=False,
    ),
    Case(
        "day-before-the-quoting-clause-is-the-meetings",
        "NHK said Foreign Minister Ana Marek will be meeting with President Ivo Kral on Monday, "
        "quoting Marek as telling the press in Oslo on Thursday that trade is key.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-17"),
    ),
    Case(
        "place-before-according-to-is-the-meetings",
        "Foreign Minister Ana Marek met with President Ivo Kral in Oslo on Monday, according "
        "to the ministry.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Oslo"),
    ),
    # -- "spoke with" a semicolon list of titled persons: a round of talks -----------
    Case(
        "spoke-with-a-semicolon-list-meets-each",
        "Ana Marek also spoke with Ivo Kral, the President of Norway; Lena Strand, the Prime "
        "Minister of Sweden; and Danish Foreign Minister Per Holm.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Lena Strand"}),),
    ),
    Case(
        "spoke-with-one-person-is-no-meeting",
        "Ana Marek spoke with Ivo Kral, the President of Norway, on Monday.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "spoke-by-phone-with-a-semicolon-list-is-no-meeting",
        "Ana Marek spoke by phone with Ivo Kral, the President of Norway; Lena Strand, the "
        "Prime Minister of Sweden; and Per Holm.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Lena Strand"}),),
        present=False,
    ),
    Case(
        "spoke-with-then-phone-in-the-sentence-is-no-meeting",
        "Ana Marek spoke with Ivo Kral, the President of Norway; Lena Strand, the Prime "
        "Minister of Sweden; and Per Holm in a video call.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Per Holm"}),),
        present=False,
    ),
    Case(
        "semicolon-list-ending-in-a-titled-pair-meets-the-last",
        "Ana Marek also spoke with Ivo Kral, the President of Norway; Lena Strand, the Prime "
        "Minister of Sweden; Finland's President Per Holm and Danish Foreign Minister Eva Lund.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Eva Lund"}),),
    ),
    Case(
        "semicolon-item-name-and-a-clause-is-no-guest",
        "Ana Marek held bilateral meetings with Ivo Kral, the President of Norway; Lena Strand "
        "and her aides attended.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Lena Strand"}),),
        present=False,
    ),
    # -- "the Stockholm talks": talks named by a city of the state a visit went to ----
    Case(
        "city-named-talks-place-the-visit-told-before",
        "Foreign Minister Ana Marek of Norway is headed to Sweden for talks with Swedish "
        "President Ivo Kral.\n\nThe palace had not confirmed Kral's part in the Stockholm "
        "talks.",
        "meeting_places",
        (frozenset({"Ana Marek", "Sweden"}), "Stockholm"),
    ),
    Case(
        "city-named-talks-place-the-meeting-in-the-visits-sentence",
        "Foreign Minister Ana Marek of Norway is headed to Sweden for talks with Swedish "
        "President Ivo Kral.\n\nThe palace had not confirmed Kral's part in the Stockholm "
        "talks.",
        "meeting_places",
        (frozenset({"Ana Marek", "Ivo Kral"}), "Stockholm"),
    ),
    Case(
        "talks-named-by-a-city-of-another-state-place-no-visit",
        "Foreign Minister Ana Marek of Norway is headed to Sweden for talks with Swedish "
        "President Ivo Kral.\n\nMarek recalled the Oslo talks of 2019.",
        "meeting_places",
        (frozenset({"Ana Marek", "Sweden"}), "Oslo"),
        present=False,
    ),
    # -- an offer to meet, and views exchanged on a call told just before -------------
    Case(
        "readiness-to-meet-is-no-meeting",
        "Prime Minister Ana Marek reiterated her readiness to meet with President Ivo Kral "
        "without conditions.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "willing-to-meet-is-no-meeting",
        "Prime Minister Ana Marek said she is willing to meet President Ivo Kral.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "a-meeting-held-is-no-offer",
        "Prime Minister Ana Marek met with President Ivo Kral on Monday after years of hesitation.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-10"),
    ),
    Case(
        "views-exchanged-on-a-teleconference-told-before-are-no-meeting",
        "Networks reported on a teleconference between President Ivo Kral and Prime Minister "
        "Ana Marek. Marek told reporters that she and Kral exchanged views on the border.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
        present=False,
    ),
    Case(
        "views-exchanged-with-no-call-told-are-a-meeting",
        "Networks reported on the summit in Oslo. President Ivo Kral and Prime Minister Ana "
        "Marek exchanged views on the border.",
        "meeting_participants",
        (frozenset({"Ana Marek", "Ivo Kral"}),),
    ),
    # -- "through Sunday": the end of a span is no day of the meeting in it ----------
    Case(
        "meeting-in-a-visit-through-a-weekday-has-no-day",
        "During his four-day visit to Sweden through Sunday, Foreign Minister Ana Marek will "
        "be meeting with President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-16"),
        present=False,
    ),
    Case(
        "visit-through-a-weekday-has-no-day",
        "During his four-day visit to Sweden through Sunday, Foreign Minister Ana Marek will "
        "be meeting with President Ivo Kral.",
        "meetings",
        (frozenset({"Ana Marek", "Sweden"}), "2025-03-16"),
        present=False,
    ),
    Case(
        "meeting-on-a-weekday-keeps-its-day",
        "Foreign Minister Ana Marek will be meeting with President Ivo Kral on Sunday.",
        "meetings",
        (frozenset({"Ana Marek", "Ivo Kral"}), "2025-03-16"),
    ),
]

# -- news: one event told twice is one fact ------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "count"),
    [
        # a headline's meeting and the body's signing session on one day (dateline vs weekday)
        (
            "Marek hosts Kral in Oslo\n\nOSLO, March 10 (Wire) - Norwegian President Ana Marek "
            "received her Swedish counterpart Ivo Kral at the palace on Monday, where the two "
            "leaders signed a ferry deal.",
            frozenset({"Ana Marek", "Ivo Kral"}),
            1,
        ),
        # two meetings of one pair on different days stay two
        (
            "President Ana Marek of Norway met President Ivo Kral of Sweden in Oslo on Monday. "
            "Marek and Kral met again in Bergen on Thursday.",
            frozenset({"Ana Marek", "Ivo Kral"}),
            2,
        ),
        # talks with a state's officials during a visit to it are that visit
        (
            "Foreign Minister Ana Marek of Norway held talks with Swedish officials on Tuesday "
            "during a visit to Stockholm.",
            frozenset({"Ana Marek", "Sweden"}),
            1,
        ),
    ],
    ids=["headline-and-signing-one-day", "two-days-two-meetings", "talks-with-hosts-are-the-visit"],
)
def test_one_event_told_twice_is_one(text: str, pair: frozenset[str], count: int) -> None:
    found = facts(text, READ_DAY)
    told = Counter(frozenset(p.name for p in m.participants) for m in found.meetings)
    assert told[pair] == count, told


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_meeting_fact(case: Case) -> None:
    found = READ[case.kind](facts(case.text, case.published))
    if case.present:
        assert case.fact in found, found
    else:
        assert case.fact not in found, found


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # a visit told as an earlier one is another visit than the one planned
        (
            f"{FM_KENYA} will visit Ghana next week. Moravin previously visited Ghana in 2019.",
            2,
        ),
        (
            f"{FM_KENYA} will visit Ghana next week. Moravin last visited Ghana as a student.",
            2,
        ),
        # one visit told twice is one
        (
            f"{FM_KENYA} will visit Ghana next week. During her visit to Ghana she will open "
            "an embassy.",
            1,
        ),
    ],
    ids=["earlier-visit-in-a-year", "last-visited", "one-visit-told-twice"],
)
def test_visits_to_one_state_told_as_different_times(text: str, visits: int) -> None:
    found = facts(text, READ_DAY)
    count = Counter(frozenset(p.name for p in m.participants) for m in found.meetings)
    assert count[frozenset({"Ilka Moravin", "Ghana"})] == visits, count


def test_a_meeting_told_twice_in_one_sentence_is_one() -> None:
    text = (
        "President Ana Marek of Norway arrived in Stockholm on Monday. After their meeting in "
        "Stockholm, Marek and President Ivo Kral of Sweden signed a ferry deal."
    )
    found = facts(text, READ_DAY)
    met = [
        m for m in found.meetings if {p.name for p in m.participants} == {"Ana Marek", "Ivo Kral"}
    ]
    assert len(met) == 1
    assert met[0].place is not None and met[0].place.name == "Stockholm"
