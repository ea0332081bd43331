# Changes the phrase of a date expression so that no evidence span has it.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/putin-visit-china/date> dk:phrase ?phrase . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/putin-visit-china/date> dk:phrase "in the coming weeks" . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/putin-visit-china/date> dk:phrase ?phrase . }
