// Second SHACL engine for the interop test (ShaclSecondEngineTest): validates data graphs with
// rdf-validate-shacl (Zazuko) and prints, per data file, one JSON line
// {"file": ..., "conforms": bool, "results": n, "bySource": {constraint component: n}}.
// Usage: node shacl-compare.mjs SHAPES.ttl DATA.nt [DATA2.nt ...]
import rdf from '@zazuko/env-node'
import SHACLValidator from 'rdf-validate-shacl'

const [shapesFile, ...dataFiles] = process.argv.slice(2)
if (!shapesFile || dataFiles.length === 0) {
  console.error('usage: node shacl-compare.mjs SHAPES.ttl DATA.nt [DATA2.nt ...]')
  process.exit(2)
}
const shapes = await rdf.dataset().import(rdf.fromFile(shapesFile))
for (const dataFile of dataFiles) {
  const data = await rdf.dataset().import(rdf.fromFile(dataFile))
  const validator = new SHACLValidator(shapes, { factory: rdf })
  const report = await validator.validate(data)
  const bySource = {}
  for (const r of report.results) {
    const key = r.sourceConstraintComponent ? r.sourceConstraintComponent.value.replace('http://www.w3.org/ns/shacl#', 'sh:') : '?'
    bySource[key] = (bySource[key] || 0) + 1
  }
  console.log(JSON.stringify({ file: dataFile, conforms: report.conforms, results: report.results.length, bySource }))
}
