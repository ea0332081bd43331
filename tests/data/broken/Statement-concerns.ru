# Says the US statement concerns a quotation rather than an event.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:us-statement-on-meeting dk:concerns ?event . }
INSERT { art:us-statement-on-meeting dk:concerns art:blinken-quote-urgent . }
WHERE { art:us-statement-on-meeting dk:concerns ?event . }
