# Removes the label of the role 'official'.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

DELETE WHERE { <https://w3id.org/diplokg/id/role/official> rdfs:label ?label . }
