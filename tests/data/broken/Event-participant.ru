# Adds Beijing (a place) as a participant of the Blinken-Qin meeting.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:blinken-qin-beijing dk:participant dkid:beijing . }
