# Removes the phrase of the date expression "in the coming months".
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/putin-visit-china/date> dk:phrase ?phrase . }
