# Says Microsoft's accusation was made in a meeting rather than a statement or quotation.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:microsoft-accuses-hackers dk:madeIn ?source . }
INSERT { art:microsoft-accuses-hackers dk:madeIn art:blinken-qin-beijing . }
WHERE { art:microsoft-accuses-hackers dk:madeIn ?source . }
