# Makes a communiqué (not an event) the occasion of the Wang Yi-Sergei Lavrov meeting.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:wang-lavrov-jakarta dk:occasion ?occasion . }
INSERT { art:wang-lavrov-jakarta dk:occasion art:nato-vilnius-communique . }
WHERE { art:wang-lavrov-jakarta dk:occasion ?occasion . }
