# Adds a post whose organisation is Beijing, a place rather than an organisation.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX org: <http://www.w3.org/ns/org#>

INSERT DATA {
    <https://w3id.org/diplokg/id/post/beijing/mayor> a dk:Post ;
        org:postIn dkid:beijing ;
        org:role <https://w3id.org/diplokg/id/role/official> .
}
