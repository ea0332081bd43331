# Makes the United States (a state, not a place) the capital of China.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

DELETE { dkid:china dk:capital dkid:beijing . }
INSERT { dkid:china dk:capital dkid:united-states . }
WHERE { dkid:china dk:capital dkid:beijing . }
