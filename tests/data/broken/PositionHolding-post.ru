# Removes the post of Joe Biden's presidency.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:biden-president dk:post ?post . }
