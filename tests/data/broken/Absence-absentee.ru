# Removes the absentee of Qin Gang's absence.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:qin-gang-absent-from-jakarta dk:absentee ?absentee . }
