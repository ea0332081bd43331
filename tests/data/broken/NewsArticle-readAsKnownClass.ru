# Drops the class of the Wang Yi-Sergei Lavrov meeting: no shape targets it any more.
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:wang-lavrov-jakarta a ?class . }
