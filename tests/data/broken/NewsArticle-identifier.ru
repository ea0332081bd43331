# Removes the article's identifier.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:identifier ?id . }
