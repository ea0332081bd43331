# Adds a news agency itself (not a reporting step) to the reporting chain of a quotation.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:lavrov-quote-convergence dk:reportingStep dkid:afp . }
