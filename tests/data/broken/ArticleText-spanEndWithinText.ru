# Moves the end of the span 4497-4499 ("DN") past the end of the text (4500).
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=4497,4499> nif:endIndex ?end . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=4497,4499> nif:endIndex "4501"^^xsd:nonNegativeInteger . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=4497,4499> nif:endIndex ?end . }
