package org.claimgraph.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * TopBraid SHACL and RDF4J are benchmark baselines only (bench/peers, its own Maven build): they must never reach
 * claimgraph's classpath — TopBraid 1.4.4 brings Jena 5.2.0 — nor the shipped jar.
 */
class PeerEnginesAbsentTest {
    private static final List<String> PEER_CLASSES =
            List.of("org.topbraid.shacl.validation.ValidationUtil", "org.eclipse.rdf4j.sail.shacl.ShaclSail");

    @Test
    void peerEnginesAreNotOnTheClasspath() {
        // the test classpath holds every runtime dependency, which is what the shade plugin packs
        for (String c : PEER_CLASSES) {
            assertThrows(
                    ClassNotFoundException.class,
                    () -> Class.forName(c, false, getClass().getClassLoader()),
                    c);
        }
    }

    @Test
    void shippedJarHoldsNoPeerEngine() throws IOException {
        Path jar = Path.of("target", "claimgraph.jar");
        if (!Files.exists(jar)) return; // tests run before `package`; the classpath check above covers that build
        try (JarFile f = new JarFile(jar.toFile())) {
            List<String> peers = f.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("org/topbraid/") || n.startsWith("org/eclipse/rdf4j/"))
                    .limit(5)
                    .toList();
            assertEquals(List.of(), peers, "peer SHACL engines in " + jar);
        }
    }
}
