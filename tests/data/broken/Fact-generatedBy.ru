# Removes the conversion run of Vladimir Putin's presidency.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:putin-president dk:generatedBy ?run . }
