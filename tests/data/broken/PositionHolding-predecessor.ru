# Makes a meeting the predecessor of Qin Gang's post as foreign minister.
PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>

INSERT DATA { art:qin-gang-foreign-minister dk:predecessor art:blinken-qin-beijing . }
