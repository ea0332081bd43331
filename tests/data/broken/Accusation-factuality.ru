# Gives China's accusation against NATO an event status instead of a factuality.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:china-accuses-nato-of-distortion dk:factuality ?factuality . }
INSERT { art:china-accuses-nato-of-distortion dk:factuality dk:planned . }
WHERE { art:china-accuses-nato-of-distortion dk:factuality ?factuality . }
