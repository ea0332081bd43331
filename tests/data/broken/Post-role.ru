# Adds a post that names no role.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX dkid: <https://w3id.org/diplokg/id/>
PREFIX org: <http://www.w3.org/ns/org#>

INSERT DATA {
    <https://w3id.org/diplokg/id/post/china/ambassador> a dk:Post ;
        org:postIn dkid:china .
}
