# Gives the Wang Yi-Sergei Lavrov meeting a second date expression.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:wang-lavrov-jakarta dk:dateExpression <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/borrell-wang-jakarta/date> . }
