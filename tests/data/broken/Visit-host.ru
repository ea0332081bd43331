# Makes Beijing (a place) the host of John Kerry's visit.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:kerry-visit-china dk:host ?host . }
INSERT { art:kerry-visit-china dk:host dkid:beijing . }
WHERE { art:kerry-visit-china dk:host ?host . }
