# Says the NATO communiqué was issued at a statement rather than at an event.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:nato-vilnius-communique dk:issuedAt ?event . }
INSERT { art:nato-vilnius-communique dk:issuedAt art:chinese-delegation-statement . }
WHERE { art:nato-vilnius-communique dk:issuedAt ?event . }
