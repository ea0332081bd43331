# Removes the agent of a reporting step.
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/official-quote-concern/step/1> prov:agent ?agent . }
