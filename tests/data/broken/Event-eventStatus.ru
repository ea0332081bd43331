# Gives John Kerry's visit a position status instead of an event status.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:kerry-visit-china dk:eventStatus ?status . }
INSERT { art:kerry-visit-china dk:eventStatus dk:current . }
WHERE { art:kerry-visit-china dk:eventStatus ?status . }
