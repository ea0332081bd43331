# Removes the link from the article to its text.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:hasText ?text . }
