# Orders Janet Yellen's visit before a meeting that is ordered before the visit (a loop).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA {
    art:yellen-visit-beijing dk:before art:wang-lavrov-jakarta .
    art:wang-lavrov-jakarta dk:before art:yellen-visit-beijing .
}
