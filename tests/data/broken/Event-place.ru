# Makes China (a state, not a place) the place of the Blinken-Qin meeting.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:blinken-qin-beijing dk:place ?place . }
INSERT { art:blinken-qin-beijing dk:place dkid:china . }
WHERE { art:blinken-qin-beijing dk:place ?place . }
