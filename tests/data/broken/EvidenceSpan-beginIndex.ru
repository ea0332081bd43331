# Makes the span 0-5 begin at offset -1.
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,5> nif:beginIndex ?begin . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,5> nif:beginIndex "-1"^^xsd:integer . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,5> nif:beginIndex ?begin . }
