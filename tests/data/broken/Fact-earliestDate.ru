# Writes the earliest date of John Kerry's planned visit as free text.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:kerry-visit-china dk:earliestDate ?date . }
INSERT { art:kerry-visit-china dk:earliestDate "soon" . }
WHERE { art:kerry-visit-china dk:earliestDate ?date . }
