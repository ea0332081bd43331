# Writes the latest date of Janet Yellen's visit as free text.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:yellen-visit-beijing dk:latestDate ?date . }
INSERT { art:yellen-visit-beijing dk:latestDate "before 14 July 2023" . }
WHERE { art:yellen-visit-beijing dk:latestDate ?date . }
