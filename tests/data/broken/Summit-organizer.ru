# Removes NATO as the organiser of its Vilnius summit (the summit keeps its participants).
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE WHERE { art:nato-vilnius-summit dk:organizer ?organizer . }
