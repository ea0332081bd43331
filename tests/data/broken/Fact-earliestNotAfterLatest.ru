# Gives Janet Yellen's visit (latest 2023-07-13) an earliest date after its latest date.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { art:yellen-visit-beijing dk:earliestDate "2023-07-14"^^xsd:date . }
