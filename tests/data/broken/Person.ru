# Makes Joe Biden an organisation as well as a person (the classes are disjoint).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

INSERT DATA { dkid:joe-biden a dk:Organization . }
