# Removes the summary of Microsoft's report.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:microsoft-hacking-report dk:summary ?summary . }
