# Writes the article's language as a plain string instead of an xsd:language tag.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:language ?language . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:language "en" . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:language ?language . }
