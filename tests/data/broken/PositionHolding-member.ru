# Makes the United States (not a person) the holder of Joe Biden's presidency.
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>
PREFIX org: <http://www.w3.org/ns/org#>

DELETE { art:biden-president org:member dkid:joe-biden . }
INSERT { art:biden-president org:member dkid:united-states . }
WHERE { art:biden-president org:member dkid:joe-biden . }
