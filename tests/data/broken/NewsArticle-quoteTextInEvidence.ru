# Changes the words of a quotation so that no evidence span has them.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:blinken-quote-urgent dk:quoteText ?text . }
INSERT { art:blinken-quote-urgent dk:quoteText "very urgent" . }
WHERE { art:blinken-quote-urgent dk:quoteText ?text . }
