# Gives the Wang Yi-Sergei Lavrov meeting a confidence above 1.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:wang-lavrov-jakarta dk:confidence "1.5"^^xsd:decimal . }
