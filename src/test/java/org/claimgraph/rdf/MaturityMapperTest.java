package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Model;
import org.junit.jupiter.api.Test;

class MaturityMapperTest {
    static final String NOTE = "https://w3id.org/claimgraph/id/note/abc";

    static Model.Note note(List<Model.Table> tables, List<Model.MaturityObservation> obs) {
        return new Model.Note(
                new Model.Header("n.md", 50, "t", null, List.of()),
                new Model.Outline(List.of(), tables, List.of()),
                new Model.Provenance(List.of(), List.of(), null),
                new Model.Structures(List.of(), List.of(), List.of(), List.of(), obs, List.of()),
                Model.Links.NONE,
                new Model.LineAccount(List.of(), List.of()));
    }

    @Test
    void observationsAreTraceableDataCube() {
        Model.Table table =
                new Model.Table(0, Model.TableKind.MATURITY, 10, 12, List.of("e\\s", "本地", "生产"), List.of());
        Model.Table phased =
                new Model.Table(1, Model.TableKind.MATURITY, 20, 24, List.of("e\\s", "本地-动", "生产-静"), List.of());
        Graph g = GraphFactory.createDefaultGraph();
        MaturityMapper.map(
                note(
                        List.of(table, phased),
                        List.of(
                                new Model.MaturityObservation(0, "K8s", "e₃ 配额", "生产", null, 1.0, 12),
                                new Model.MaturityObservation(0, "K8s", "e₃ 配额", "本地", null, 0.2, 12),
                                new Model.MaturityObservation(
                                        0, "K8s", "Q", "本地", "static", 0.3,
                                        12), // same cell again in one table: logged, not mapped
                                new Model.MaturityObservation(1, "K8s", "Q", "生产-静", "static", 1.0, 23),
                                new Model.MaturityObservation(1, "K8s", "Podman thing", "本地", "dynamic", 0.4, 23),
                                new Model.MaturityObservation(1, "K8s", "Q", "生产", "static", 1.7, 24))),
                NOTE,
                g);
        Dataset ds = DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(g));
        String q = """
                PREFIX cgm: <https://w3id.org/claimgraph/matrix#>
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT ?el ?sc ?ph ?v ?line ?first { ?o a qb:Observation ; qb:dataSet ?ds ; cgm:layer <https://w3id.org/claimgraph/id/layer/kubernetes> ;
                   cgm:element ?el ; cgm:scenario ?sc ; cgm:phase ?ph ; cgm:maturity ?v ; cg:line ?line ; cg:inNote <%s> .
                   ?ds a qb:DataSet ; qb:structure cgm:MaturityStructure ; cg:inNote <%s> ; cg:firstLine ?first }
                ORDER BY ?line ?sc""".formatted(NOTE, NOTE);
        List<String> rows = Txn.calculateRead(ds, () -> {
            List<String> r = new java.util.ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect()
                        .forEachRemaining(s -> r.add(tail(s.getResource("el").getURI()) + " "
                                + tail(s.getResource("sc").getURI())
                                + " " + tail(s.getResource("ph").getURI()) + " "
                                + s.getLiteral("v").getLexicalForm() + " @"
                                + s.getLiteral("line").getInt()
                                + " t" + s.getLiteral("first").getInt()));
            }
            return r;
        });
        assertEquals(
                List.of(
                        "quota local-dev unphased 0.2 @12 t10",
                        "quota production unphased 1.0 @12 t10",
                        "podman-thing local-dev dynamic 0.4 @23 t20",
                        "quota production static 1.0 @23 t20"),
                rows,
                "1.7 is out of range and the repeated cell is not mapped; phase-less header → unphased");
        // the unknown element became a labelled concept
        assertTrue(g.contains(
                CGM.member(org.claimgraph.matrix.Dimensions.Kind.ELEMENT, "podman-thing"),
                SKOS.prefLabel.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString("Podman thing")));
    }

    @Test
    void mappingTwiceGivesTheSameTriples() {
        List<Model.MaturityObservation> obs = List.of(new Model.MaturityObservation(2, "K3s", "镜像", "边缘", "动", 0.8, 7));
        Graph a = GraphFactory.createDefaultGraph(), b = GraphFactory.createDefaultGraph();
        MaturityMapper.map(note(List.of(), obs), NOTE, a);
        MaturityMapper.map(note(List.of(), obs), NOTE, b);
        assertTrue(a.isIsomorphicWith(b));
        assertTrue(a.size() > 10);
    }

    static String tail(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void layerFromTheSectionHeadingWhenTheExtractorCouldNotTell() {
        Model.Table t = new Model.Table(0, Model.TableKind.MATURITY, 30, 33, List.of("e\\s", "本地", "生产"), List.of());
        List<Model.Section> sections = List.of(
                new Model.Section(0, 2, "矩阵", List.of("矩阵"), 1, 60),
                new Model.Section(1, 3, "4. 示例（A⁽³⁾ = K3s 层）", List.of("矩阵", "示例"), 28, 40),
                new Model.Section(2, 3, "5. A⁽⁴⁾", List.of("矩阵", "5"), 41, 60));
        assertEquals("K3s", MaturityMapper.layerLabel(noteWith(sections), t, "unknown"));
        Model.Table t2 = new Model.Table(1, Model.TableKind.MATURITY, 45, 48, List.of("e\\s", "本地"), List.of());
        assertEquals("wasmedge", MaturityMapper.layerLabel(noteWith(sections), t2, "unknown"));
        assertEquals("K8s", MaturityMapper.layerLabel(noteWith(sections), t, "K8s"), "a known label is kept");
        assertFalse(MaturityMapper.phased(t));
        assertTrue(MaturityMapper.phased(
                new Model.Table(2, Model.TableKind.MATURITY, 1, 2, List.of("e\\s", "生产-静", "生产-动"), List.of())));
    }

    static Model.Note noteWith(List<Model.Section> sections) {
        return new Model.Note(
                new Model.Header("n.md", 60, "t", null, List.of()),
                new Model.Outline(sections, List.of(), List.of()),
                new Model.Provenance(List.of(), List.of(), null),
                Model.Structures.NONE,
                Model.Links.NONE,
                new Model.LineAccount(List.of(), List.of()));
    }
}
