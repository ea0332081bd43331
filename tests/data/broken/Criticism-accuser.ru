# Removes Joe Biden as the one who criticised Xi Jinping.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:biden-compares-xi-to-dictators dk:accuser ?accuser . }
