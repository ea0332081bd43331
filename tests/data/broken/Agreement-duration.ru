# Writes the duration of the China-ASEAN pact as free text instead of an xsd:duration.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:china-asean-non-aggression-pact dk:duration ?duration . }
INSERT { art:china-asean-non-aggression-pact dk:duration "three years" . }
WHERE { art:china-asean-non-aggression-pact dk:duration ?duration . }
