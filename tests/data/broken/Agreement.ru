# Makes the China-ASEAN pact an accusation as well, with all an accusation needs (the
# classes are disjoint).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA {
    art:china-asean-non-aggression-pact a dk:Accusation ;
        dk:accused dkid:china ;
        dk:factuality dk:asserted ;
        dk:about "a pact" .
}
