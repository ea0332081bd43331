"""Built-in names the extractor knows without a registry.

States (with short names, demonyms and capitals, which news uses as metonyms),
international organisations (with their acronyms), news agencies, parties,
companies and government bodies, and the words that make a capitalised phrase
an organisation or a place. Everything here is plain data, written by hand for
:mod:`diplokg.extract`; the shared registry (``entities.yaml``) always wins
over it when both know a name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

__all__ = [
    "BODY_STATES",
    "ORG_HEADS",
    "PLACE_HEADS",
    "GazEntry",
    "State",
    "gazetteer",
    "states",
]

# name | other names | demonyms | capital
_STATES = """
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Argentina||Argentine;Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani;Azeri|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasília;Brasilia
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaoundé;Yaounde
Canada||Canadian|Ottawa
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People’s Republic of China;People's Republic of China;PRC|Chinese|Beijing
Colombia||Colombian|Bogotá;Bogota
Costa Rica||Costa Rican|San José
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Dominican Republic||Dominican|Santo Domingo
Democratic Republic of the Congo|DR Congo;DRC|Congolese|Kinshasa
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France|French Republic|French|Paris
Gabon||Gabonese|Libreville
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Côte d'Ivoire;Côte d’Ivoire|Ivorian|Yamoussoukro
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao;Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Liechtenstein|||Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|Malé
Mali||Malian|Bamako
Malta||Maltese|Valletta
Mauritania||Mauritanian|Nouakchott
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau;Chișinău
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Myanmar;Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nepal||Nepalese;Nepali|Kathmandu
Netherlands|the Netherlands;Holland|Dutch|Amsterdam;The Hague
New Zealand||New Zealand|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian territories;State of Palestine|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asunción;Asuncion
Peru||Peruvian|Lima
Philippines|the Philippines|Philippine;Filipino|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia||Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea;ROK|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern;Berne
Syria||Syrian|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lomé;Lome
Tunisia||Tunisian|Tunis
Turkey|Türkiye;Turkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British|London
United States|US;U.S.;USA;U.S.A.;United States of America;America|American;US;U.S.|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa;Sana'a
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
Vatican|Holy See|Vatican|Vatican City
Antigua and Barbuda||Antiguan|
Bahamas|The Bahamas|Bahamian|Nassau
Barbados||Barbadian|Bridgetown
Belize||Belizean|Belmopan
Cabo Verde|Cape Verde|Cape Verdean|Praia
Comoros||Comorian|Moroni
Dominica|Commonwealth of Dominica||Roseau
Equatorial Guinea||Equatoguinean|Malabo
Eswatini|Swaziland|Swazi|Mbabane
Gambia|The Gambia|Gambian|Banjul
Grenada||Grenadian|
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Kiribati||I-Kiribati|Tarawa
Lesotho||Basotho|Maseru
Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro
Mauritius||Mauritian|Port Louis
Federated States of Micronesia|FSM|Micronesian|Palikir
Nauru||Nauruan|
Palau|Republic of Palau|Palauan|Ngerulmud
Saint Kitts and Nevis|St Kitts and Nevis|Kittitian|Basseterre
Saint Lucia|St Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|St Vincent and the Grenadines|Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe|São Tomé and Príncipe|Santomean|
Seychelles||Seychellois|
Solomon Islands||Solomon Islander|Honiara
Suriname||Surinamese|Paramaribo
Tonga||Tongan|Nuku'alofa
Tuvalu||Tuvaluan|Funafuti
Vanuatu||Ni-Vanuatu|Port Vila
"""

# name | other names | type   (a backslash at the end of a line continues the row)
_ORGS = """
NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;\
    Atlantic Alliance;North Atlantic Alliance|alliance
European Union|EU|intergovernmental
United Nations|UN;U.N.|intergovernmental
UN Security Council|Security Council;United Nations Security Council;UNSC|intergovernmental
UN General Assembly|General Assembly;United Nations General Assembly;UNGA|intergovernmental
ASEAN|Association of Southeast Asian Nations;\
    Association of South East Asian Nations|intergovernmental
African Union|AU|intergovernmental
Arab League|League of Arab States|intergovernmental
Organization of American States|OAS;Organisation of American States|intergovernmental
Gulf Cooperation Council|GCC|intergovernmental
Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization|intergovernmental
BRICS||intergovernmental
G7|Group of Seven;G-7|intergovernmental
G20|Group of Twenty;G-20|intergovernmental
OPEC|Organization of the Petroleum Exporting Countries|intergovernmental
OSCE|Organization for Security and Co-operation in Europe;\
    Organization for Security and Cooperation in Europe|intergovernmental
Council of Europe||intergovernmental
European Commission||intergovernmental
European Parliament||intergovernmental
European Council||intergovernmental
World Health Organization|WHO;World Health Organisation|intergovernmental
World Trade Organization|WTO;World Trade Organisation|intergovernmental
International Monetary Fund|IMF|intergovernmental
World Bank||intergovernmental
International Atomic Energy Agency|IAEA|intergovernmental
International Criminal Court|ICC|intergovernmental
International Court of Justice|ICJ|intergovernmental
Interpol||intergovernmental
APEC|Asia-Pacific Economic Cooperation|intergovernmental
OECD|Organisation for Economic Co-operation and Development|intergovernmental
Collective Security Treaty Organization|CSTO|alliance
Commonwealth of Independent States|CIS|intergovernmental
Eurasian Economic Union|EAEU|intergovernmental
ECOWAS|Economic Community of West African States|intergovernmental
SADC|Southern African Development Community|intergovernmental
Mercosur||intergovernmental
AUKUS||alliance
Quad|Quadrilateral Security Dialogue|intergovernmental
UNHCR|UN refugee agency|intergovernmental
UNICEF||intergovernmental
UNESCO||intergovernmental
World Food Programme|WFP|intergovernmental
Pacific Islands Forum||intergovernmental
Chinese Communist Party|CCP;Communist Party of China;CPC|party
IGAD|Intergovernmental Authority on Development;\
    Inter-Governmental Authority on Development|intergovernmental
East African Community|EAC|intergovernmental
Palestinian Authority|PA|government-body
Hamas||party
Hezbollah|Hizbollah;Hizballah|party
Fatah||party
Houthis|Houthi;Ansar Allah;Ansarullah|group
Taliban|the Taliban|group
Al-Qaeda|al-Qaeda;Al Qaeda;al Qaeda;al-Qaida|group
Al-Shabaab|al-Shabaab;Al-Shabab;al-Shabab;Al Shabaab|group
Boko Haram||group
Wagner Group|Wagner|company
ZANU-PF|Zanu-PF|party
African National Congress|ANC|party
International Committee of the Red Cross|ICRC|group
AFP|Agence France-Presse;Agence France Presse|media
AP|Associated Press;The Associated Press|media
Reuters||media
Xinhua|Xinhua news agency;Xinhua News Agency|media
TASS|Tass|media
RIA Novosti||media
Interfax||media
Kyodo|Kyodo News|media
Yonhap|Yonhap news agency|media
BBC||media
CNN||media
Al Jazeera||media
Bloomberg||media
EFE||media
Lusa||media
dpa|DPA|media
ANSA||media
NHK||media
KCNA|Korean Central News Agency|media
CCTV||media
Global Times||media
People's Daily|People’s Daily|media
Voice of America|VOA|media
RT|Russia Today|media
Radio Free Europe/Radio Liberty|RFE/RL|media
USAID|U.S. Agency for International Development;\
    United States Agency for International Development;US Agency for International Development|\
    government-body
The New York Times|New York Times|media
The Washington Post|Washington Post|media
Financial Times||media
The Guardian||media
Le Monde||media
The Wall Street Journal|Wall Street Journal|media
US State Department|State Department;\
    Department of State;United States Department of State|government-body
Pentagon|Department of Defense;US Department of Defense|government-body
Foreign and Commonwealth Office|FCO;Foreign & Commonwealth Office;\
    Foreign, Commonwealth and Development Office;Foreign, Commonwealth & Development Office;\
    FCDO|government-body
White House||government-body
National Security Council|NSC|government-body
Kremlin||government-body
Downing Street||government-body
Elysée|Élysée;Elysee|government-body
French Foreign Ministry|Quai d'Orsay;Quai d’Orsay|government-body
Microsoft||company
Google||company
Apple||company
Amazon||company
Meta||company
Huawei||company
TikTok||company
ByteDance||company
Tesla||company
Samsung||company
Gazprom||company
Rosneft||company
Boeing||company
Airbus||company
OpenAI||company
Nvidia||company
"""

#: Last words that make a capitalised phrase an organisation, with its type.
ORG_HEADS: Mapping[str, str] = {
    "Ministry": "government-body",
    "Department": "government-body",
    "Council": "government-body",
    "Commission": "intergovernmental",
    "Agency": "government-body",
    "Office": "government-body",
    "Embassy": "government-body",
    "Mission": "government-body",
    "Delegation": "government-body",
    "Parliament": "government-body",
    "Senate": "government-body",
    "Congress": "government-body",
    "Assembly": "government-body",
    "Government": "government-body",
    "Cabinet": "government-body",
    "Court": "government-body",
    "Committee": "government-body",
    "Navy": "government-body",
    "Army": "government-body",
    "Forces": "government-body",
    "Guard": "government-body",
    "Service": "government-body",
    "Bureau": "government-body",
    "Secretariat": "government-body",
    "Staff": "government-body",  # "the General Staff"
    "Authority": "government-body",
    "Board": "government-body",
    "Directorate": "government-body",
    "Tribunal": "government-body",
    "Panel": "group",  # "High Implementation Panel"
    "Team": "group",  # "UN Country Team"
    "Observatory": "group",
    "University": "group",
    "Party": "party",
    "Front": "party",
    "Movement": "party",
    "Union": "intergovernmental",
    "Organization": "intergovernmental",
    "Organisation": "intergovernmental",
    "Community": "intergovernmental",
    "League": "intergovernmental",
    "Forum": "intergovernmental",
    "Alliance": "alliance",
    "Pact": "alliance",
    "Association": "intergovernmental",
    "Bank": "intergovernmental",
    "Fund": "intergovernmental",
    "Institute": "group",
    "Federation": "group",
    "Society": "group",
    "Coalition": "party",
    "Confederation": "group",
    "Watch": "group",
    "Foundation": "group",
    "Corporation": "company",
    "Company": "company",
    "Corp": "company",
    "Inc": "company",
    "Ltd": "company",
    "Group": "company",
    "Airlines": "company",
    "Motors": "company",
    "Times": "media",
    "Post": "media",
    "News": "media",
    "Press": "media",
    "Tribune": "media",
    "Herald": "media",
    "Gazette": "media",
    "Telegraph": "media",
    "Journal": "media",
    "Radio": "media",
    "Television": "media",
}

#: Last words that make a capitalised phrase a place.
PLACE_HEADS: frozenset[str] = frozenset(
    {
        "Sea",
        "Ocean",
        "Strait",
        "Straits",
        "Strip",
        "Basin",
        "Delta",
        "Highlands",
        "Oasis",
        "Gulf",
        "Bay",
        "Island",
        "Islands",
        "Peninsula",
        "River",
        "Lake",
        "Mountains",
        "Mount",
        "Canal",
        "Square",
        "Street",
        "Avenue",
        "Palace",
        "Hall",
        "Hotel",
        "Airport",
        "Province",
        "Region",
        "Valley",
        "Coast",
        "Desert",
        "Plateau",
        "Hills",
        "Corridor",
        "Border",
        "Center",
        "Centre",
    }
)


@dataclass(frozen=True)
class State:
    """A sovereign state: canonical name, other names, demonyms and capitals."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class GazEntry:
    """An organisation or state the extractor knows by name."""

    name: str
    type: str
    aliases: tuple[str, ...]


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(";") if part.strip())


# The state whose government each built-in government body belongs to (a release it
# publishes speaks for that state: "Foreign Secretary X" in an FCDO release is British).
BODY_STATES: Mapping[str, str] = {
    "USAID": "United States",
    "US State Department": "United States",
    "Pentagon": "United States",
    "White House": "United States",
    "Foreign and Commonwealth Office": "United Kingdom",
    "Downing Street": "United Kingdom",
    "Kremlin": "Russia",
    "Elysée": "France",
    "French Foreign Ministry": "France",
}


@cache
def states() -> tuple[State, ...]:
    """Every built-in state."""
    result = []
    for line in _STATES.strip().splitlines():
        name, aliases, demonyms, capitals = line.split("|")
        result.append(State(name, _split(aliases), _split(demonyms), _split(capitals)))
    return tuple(result)


@cache
def gazetteer() -> tuple[GazEntry, ...]:
    """Every built-in organisation and state (states first)."""
    entries = [GazEntry(s.name, "state", s.aliases) for s in states()]
    for line in _ORGS.strip().splitlines():
        # A long entry runs on over indented lines ("\" at the line end): strip the indent.
        name, aliases, etype = (field.strip() for field in line.split("|"))
        entries.append(GazEntry(name, etype, _split(aliases)))
    return tuple(entries)
