# Says a NATO quotation comes from the summit (an event) rather than from a statement.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:nato-quote-tools dk:quotedIn ?statement . }
INSERT { art:nato-quote-tools dk:quotedIn art:nato-vilnius-summit . }
WHERE { art:nato-quote-tools dk:quotedIn ?statement . }
