# Removes the target span of the mention of China at 0-5.
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE WHERE { <https://w3id.org/diplokg/article/000_7f87956a7e0403ad/mention/china/0-5> oa:hasTarget ?span . }
