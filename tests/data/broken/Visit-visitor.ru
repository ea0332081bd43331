# Removes the visitor of John Kerry's visit.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:kerry-visit-china dk:visitor ?visitor . }
