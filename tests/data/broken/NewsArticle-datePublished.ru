# Gives the article a second (later) publication date.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:datePublished "2023-07-20"^^xsd:date . }
