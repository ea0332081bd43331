# Removes the article of the mention of China at 0-5.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/mention/china/0-5> dk:article ?article . }
