# Removes the article text's end offset.
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad#char=0,4500> nif:endIndex ?end . }
