# Leaves the China-ASEAN pact with one party.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE DATA { art:china-asean-non-aggression-pact dk:party dkid:asean . }
