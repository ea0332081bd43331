# Renumbers the second reporting step of the agreement to 3, leaving a gap at 2.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { ?step dk:stepIndex 2 . }
INSERT { ?step dk:stepIndex 3 . }
WHERE { art:china-asean-non-aggression-pact dk:reportingStep ?step . ?step dk:stepIndex 2 . }
