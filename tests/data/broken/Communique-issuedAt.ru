# Removes the summit the NATO communiqué was issued at (a warning, not a violation).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:nato-vilnius-communique dk:issuedAt ?event . }
