# Makes Joe Biden's quotation an accusation as well, with all an accusation needs (the
# classes are disjoint: an accusation made in a quotation links to it with dk:madeIn).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA {
    art:biden-quote-dictators a dk:Accusation ;
        dk:accused dkid:xi-jinping ;
        dk:factuality dk:asserted ;
        dk:about "dictators" .
}
