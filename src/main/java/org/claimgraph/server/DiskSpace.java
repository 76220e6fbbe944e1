package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * 507 "disk full" for a write that the database's disk cannot take, before it starts. TDB2 writes
 * through memory-mapped files; on a full disk that surfaces as "a fault occurred in a recent unsafe
 * memory access" in the middle of parsing (Fuseki answered 400 "Parse error") and can leave the
 * write half-done. So a write (POST, PUT, DELETE, PATCH) on a dataset path is refused with 507 when
 * the database folder's file system has less than the margin free (default 64 MiB, or twice the
 * body size if larger). Reads are never refused; in-memory datasets are not checked.
 */
final class DiskSpace implements Filter {
    static final long DEFAULT_MARGIN = 64L << 20;
    private final Path folder;
    private final long margin;

    private DiskSpace(Path folder, long margin) {
        this.folder = folder;
        this.margin = margin;
    }

    /** The check for {@code dsg}'s database folder, or null when it is not a TDB2 database on disk. */
    static DiskSpace of(DatasetGraph dsg, long margin) {
        // the served dataset may be wrapped (VersionedDataset counts writes): look at the database underneath
        dsg = org.claimgraph.store.Stores.tdb2Underneath(dsg);
        if (dsg == null || !TDBInternal.isTDB2(dsg)) return null;
        DatasetGraphSwitchable container = TDBInternal.getDatabaseContainer(dsg);
        if (container == null || !container.hasContainerPath()) return null;
        return new DiskSpace(container.getContainerPath(), margin);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String m = request.getMethod();
        if (("POST".equals(m) || "PUT".equals(m) || "DELETE".equals(m) || "PATCH".equals(m))
                && !request.getRequestURI().startsWith("/$/")) {
            long free = Files.getFileStore(folder).getUsableSpace();
            long needed = Math.max(margin, 2 * Math.max(0, request.getContentLengthLong()));
            if (free < needed) {
                HttpServletResponse response = (HttpServletResponse) res;
                response.setStatus(507);
                response.setContentType("text/plain;charset=utf-8");
                response.getWriter()
                        .println("disk full: " + free + " bytes free where the database is (" + folder
                                + "), a write needs at least " + needed
                                + "; nothing was written. Free some space; reads still work.");
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
