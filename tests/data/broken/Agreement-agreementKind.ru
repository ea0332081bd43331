# Removes the kind of the China-ASEAN pact.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:china-asean-non-aggression-pact dk:agreementKind ?kind . }
