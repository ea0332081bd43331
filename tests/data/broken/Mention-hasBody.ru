# Makes a meeting (not an entity) the body of the mention of China at 0-5.
PREFIX art: <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/mention/china/0-5> oa:hasBody ?body . }
INSERT { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/mention/china/0-5> oa:hasBody art:blinken-qin-beijing . }
WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/mention/china/0-5> oa:hasBody ?body . }
