# Makes Microsoft a place as well as an organisation (the classes are disjoint).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

INSERT DATA { dkid:microsoft a dk:Place . }
