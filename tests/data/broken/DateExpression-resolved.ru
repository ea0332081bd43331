# Removes the only bound "in the coming months" resolved to.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/putin-visit-china/date> dk:earliestDate ?date . }
