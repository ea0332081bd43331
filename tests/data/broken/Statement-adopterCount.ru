# Writes the number of states that adopted the NATO communiqué as words.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:nato-vilnius-communique dk:adopterCount ?count . }
INSERT { art:nato-vilnius-communique dk:adopterCount "thirty-one" . }
WHERE { art:nato-vilnius-communique dk:adopterCount ?count . }
