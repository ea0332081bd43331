# Removes Joe Biden's canonical name.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

DELETE WHERE { dkid:joe-biden dk:name ?name . }
