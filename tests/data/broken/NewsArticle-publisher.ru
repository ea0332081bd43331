# Makes Jakarta (a place) the publisher of the article.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:publisher dkid:dn . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:publisher dkid:jakarta . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad> dk:publisher dkid:dn . }
