# Gives the reason for Qin Gang's absence an event status instead of a factuality.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:qin-gang-absent-from-jakarta dk:reasonFactuality ?factuality . }
INSERT { art:qin-gang-absent-from-jakarta dk:reasonFactuality dk:held . }
WHERE { art:qin-gang-absent-from-jakarta dk:reasonFactuality ?factuality . }
