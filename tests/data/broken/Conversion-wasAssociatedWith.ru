# Removes the software agent of the conversion run.
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE WHERE { art:conversion prov:wasAssociatedWith ?agent . }
