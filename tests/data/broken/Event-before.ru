# Orders Janet Yellen's visit before a quotation (not an event).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:yellen-visit-beijing dk:before art:blinken-quote-urgent . }
