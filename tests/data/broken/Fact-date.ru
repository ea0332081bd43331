# Writes the date of the Wang Yi-Sergei Lavrov meeting as free text.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:wang-lavrov-jakarta dk:date ?date . }
INSERT { art:wang-lavrov-jakarta dk:date "13 July 2023" . }
WHERE { art:wang-lavrov-jakarta dk:date ?date . }
