# Puts one reporting step into the chains of two facts.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:lavrov-quote-convergence dk:reportingStep <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/official-quote-concern/step/1> . }
