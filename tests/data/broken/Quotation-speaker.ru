# Removes the speaker of Sergei Lavrov's quotation.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:lavrov-quote-convergence dk:speaker ?speaker . }
