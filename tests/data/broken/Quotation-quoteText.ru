# Removes the quoted words of a quotation.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:blinken-quote-urgent dk:quoteText ?text . }
