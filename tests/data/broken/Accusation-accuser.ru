# Gives China's accusation against NATO a second accuser.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:china-accuses-nato-of-distortion dk:accuser dkid:russia . }
