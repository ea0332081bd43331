# Numbers the only reporting step of a quotation 0 instead of 1.
PREFIX dk: <https://w3id.org/diplokg/ontology#>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/official-quote-concern/step/1> dk:stepIndex ?index . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/official-quote-concern/step/1> dk:stepIndex 0 . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/official-quote-concern/step/1> dk:stepIndex ?index . }
