# Makes a person (Joe Biden) the issuer of Microsoft's report.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

DELETE { art:microsoft-hacking-report dk:issuer dkid:microsoft . }
INSERT { art:microsoft-hacking-report dk:issuer dkid:joe-biden . }
WHERE { art:microsoft-hacking-report dk:issuer dkid:microsoft . }
