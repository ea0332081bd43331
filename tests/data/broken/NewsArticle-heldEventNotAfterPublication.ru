# Dates the held meeting of Wang Yi and Sergei Lavrov after the article's publication (2023-07-14).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE { art:wang-lavrov-jakarta dk:date ?date . }
INSERT { art:wang-lavrov-jakarta dk:date "2023-07-20"^^xsd:date . }
WHERE { art:wang-lavrov-jakarta dk:date ?date . }
