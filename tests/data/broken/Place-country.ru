# Says Vilnius lies in NATO, an alliance rather than a state.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

DELETE { dkid:vilnius dk:country dkid:lithuania . }
INSERT { dkid:vilnius dk:country dkid:nato . }
WHERE { dkid:vilnius dk:country dkid:lithuania . }
