package org.claimgraph.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query answers kept by request and data version, bounded in bytes: the least recently used go
 * first. An answer larger than an eighth of the bound is never kept. Thread-safe.
 */
public final class ResultCache {
    /** One kept answer. */
    public record Entry(String contentType, byte[] body) {}

    private record Key(String request, String version) {}

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    public ResultCache(long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("cache size must be >= 0: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Largest answer that is kept. */
    public int maxEntryBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes / 8);
    }

    public synchronized Entry get(String request, String version) {
        Entry e = entries.get(new Key(request, version));
        if (e == null) misses++;
        else hits++;
        return e;
    }

    public synchronized void put(String request, String version, Entry e) {
        long size = cost(request, e);
        if (size > maxEntryBytes()) return;
        Entry old = entries.put(new Key(request, version), e);
        if (old != null) bytes -= cost(request, old);
        bytes += size;
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<Key, Entry> first = it.next();
            bytes -= cost(first.getKey().request(), first.getValue());
            it.remove();
        }
    }

    /** Bytes held (answers and request keys). */
    public synchronized long bytes() {
        return bytes;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    public synchronized int size() {
        return entries.size();
    }

    private static long cost(String request, Entry e) {
        return e.body().length
                + 2L * request.length()
                + (e.contentType() == null ? 0 : 2L * e.contentType().length())
                + 64;
    }
}
