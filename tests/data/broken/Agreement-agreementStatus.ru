# Gives the China-ASEAN pact an event status instead of an agreement status.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:china-asean-non-aggression-pact dk:agreementStatus ?status . }
INSERT { art:china-asean-non-aggression-pact dk:agreementStatus dk:held . }
WHERE { art:china-asean-non-aggression-pact dk:agreementStatus ?status . }
