# Gives Joe Biden's presidency of the United States the post 'President of Russia'.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:biden-president dk:post ?post . }
INSERT { art:biden-president dk:post <https://w3id.org/diplokg/id/post/russia/president> . }
WHERE { art:biden-president dk:post ?post . }
