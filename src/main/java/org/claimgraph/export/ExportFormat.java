package org.claimgraph.export;

import java.util.Locale;
import java.util.Optional;

/** The export formats, by the name used on the command line and under {@code /kg/export/NAME}. */
public enum ExportFormat {
    OBSIDIAN("obsidian", null, "application/zip", true),
    CANVAS("canvas", null, "application/zip", true),
    GRAPHML("graphml", "claimgraph.graphml", "application/graphml+xml", false),
    GEXF("gexf", "claimgraph.gexf", "application/gexf+xml", false),
    NEO4J("neo4j", null, "application/zip", true),
    CYTOSCAPE("cytoscape", "claimgraph.cyjs", "application/json", false),
    JSONLD("jsonld", "claimgraph.jsonld", "application/ld+json", false);

    private final String cliName;
    private final String defaultFileName;
    private final String mediaType;
    private final boolean directory;

    ExportFormat(String cliName, String defaultFileName, String mediaType, boolean directory) {
        this.cliName = cliName;
        this.defaultFileName = defaultFileName;
        this.mediaType = mediaType;
        this.directory = directory;
    }

    public String cliName() {
        return cliName;
    }

    /** File name used when {@code --out} is a directory (single-file formats only). */
    public String defaultFileName() {
        return defaultFileName;
    }

    /** Media type of {@link Exporters#write(ExportFormat, org.apache.jena.query.Dataset, java.util.Set, java.io.OutputStream)}: a zip for multi-file formats. */
    public String mediaType() {
        return mediaType;
    }

    /** File name for an HTTP download ({@code Content-Disposition}): the file, or {@code claimgraph-NAME.zip}. */
    public String downloadFileName() {
        return directory ? "claimgraph-" + cliName + ".zip" : defaultFileName;
    }

    /** True when the format is a folder of files (vault, canvases, CSV pair). */
    public boolean isDirectory() {
        return directory;
    }

    public static Optional<ExportFormat> of(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
