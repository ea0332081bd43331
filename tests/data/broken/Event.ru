# Makes the Blinken-Qin meeting an agreement as well, with all an agreement needs (the
# classes are disjoint: each fact is one kind of fact).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA {
    art:blinken-qin-beijing a dk:Agreement ;
        dk:party dkid:antony-blinken, dkid:qin-gang ;
        dk:agreementStatus dk:agreed ;
        dk:agreementKind "meeting" .
}
