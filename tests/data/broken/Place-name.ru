# Removes the canonical name of Moscow.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

DELETE WHERE { dkid:moscow dk:name ?name . }
