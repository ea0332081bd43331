# Gives Microsoft a second canonical name.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>

INSERT DATA { dkid:microsoft dk:name "Microsoft Corporation" . }
