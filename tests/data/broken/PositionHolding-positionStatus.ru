# Gives Joe Biden's presidency an event status instead of a position status.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:biden-president dk:positionStatus dk:current . }
INSERT { art:biden-president dk:positionStatus dk:held . }
WHERE { art:biden-president dk:positionStatus dk:current . }
