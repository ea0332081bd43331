# Leaves the Blinken-Qin meeting with one participant.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE DATA { art:blinken-qin-beijing dk:participant dkid:qin-gang . }
