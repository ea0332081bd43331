# Removes the event Qin Gang was absent from.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:qin-gang-absent-from-jakarta dk:absentFrom ?event . }
