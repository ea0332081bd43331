# Removes the link from the article text back to its article.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,4500> dk:article ?article . }
