# Sets the article text's end offset one short of the length of the text (4500).
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,4500> nif:endIndex ?end . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,4500> nif:endIndex "4499"^^xsd:nonNegativeInteger . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,4500> nif:endIndex ?end . }
