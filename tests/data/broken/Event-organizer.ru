# Makes Wang Yi (a person) the organiser of the ASEAN foreign ministers' meeting.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:asean-foreign-ministers-meeting dk:organizer ?organizer . }
INSERT { art:asean-foreign-ministers-meeting dk:organizer dkid:wang-yi . }
WHERE { art:asean-foreign-ministers-meeting dk:organizer ?organizer . }
