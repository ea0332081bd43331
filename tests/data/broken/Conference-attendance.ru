# Removes every participant and the organiser of the ASEAN foreign ministers' meeting.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:asean-foreign-ministers-meeting dk:participant ?participant . } ;
DELETE WHERE { art:asean-foreign-ministers-meeting dk:organizer ?organizer . }
