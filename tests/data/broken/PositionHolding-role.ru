# Gives Joe Biden's presidency a second role.
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>
PREFIX org: <http://www.w3.org/ns/org#>

INSERT DATA { art:biden-president org:role <https://w3id.org/diplokg/id/role/official> . }
